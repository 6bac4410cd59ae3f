// RFC 9457 problem+json responses: the one error shape of the REST API.
import type { z } from "zod";
import type { FieldError } from "@/lib/errors";

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldError[];
}

const titles: Record<number, string> = {
  400: "Bad request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not found",
  405: "Method not allowed",
  409: "Conflict",
  410: "Gone",
  413: "Payload too large",
  415: "Unsupported media type",
  422: "Unprocessable content",
  429: "Too many requests",
  500: "Internal server error",
};

export function problem(status: number, detail?: string, extra: Partial<ProblemBody> = {}, headers: HeadersInit = {}): Response {
  const body: ProblemBody = { type: "about:blank", title: titles[status] ?? "Error", status, ...(detail ? { detail } : {}), ...extra };
  return Response.json(body, {
    status,
    headers: { ...Object.fromEntries(new Headers(headers)), "content-type": "application/problem+json" },
  });
}

/** zod issues as `{ field, message }`, field a dotted path ("items.0.value"), "" for the root. */
export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({ field: issue.path.map(String).join("."), message: issue.message }));
}

export function validationProblem(error: z.ZodError, detail = "The request has invalid fields."): Response {
  return problem(422, detail, { errors: fieldErrors(error) });
}
