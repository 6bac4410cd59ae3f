// The one wrapper every REST route handler is built with (Dub's pattern): it authenticates
// the API key, parses JSON bodies and query strings with zod, and maps errors to
// problem+json — so no handler can forget a check or leak a stack trace.
import type { z } from "zod";
import type { ApiPrincipal } from "@/lib/auth/actor-types";
import { authenticateApiKey } from "@/lib/db/api-keys/authenticate-api-key";
import { ExpectedError } from "@/lib/errors";
import { problem, validationProblem } from "./problem";

const MAX_BODY_BYTES = 8 * 1024 * 1024;

const statusOf: Record<ExpectedError["code"], number> = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  INVALID_INPUT: 422,
  CONFLICT: 409,
  GONE: 410,
  RATE_LIMITED: 429,
};

interface RouteSpec<B extends z.ZodType | undefined, Q extends z.ZodType | undefined> {
  body?: B;
  query?: Q;
  maxBodyBytes?: number;
}

type Parsed<T> = T extends z.ZodType ? z.infer<T> : undefined;

export interface ApiContext<B, Q> {
  principal: ApiPrincipal;
  body: B;
  query: Q;
  request: Request;
}

async function readJson(request: Request, limit: number): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) return { ok: false, response: problem(415, "Send the body as JSON with Content-Type: application/json.") };
  const text = await request.text();
  if (Buffer.byteLength(text) > limit) return { ok: false, response: problem(413, `The body is larger than ${limit} bytes.`) };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, response: problem(400, "The body is not valid JSON.") };
  }
}

function bearer(request: Request): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "");
  return match?.[1] ?? null;
}

export function apiRoute<B extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined>(
  spec: RouteSpec<B, Q>,
  handler: (context: ApiContext<Parsed<B>, Parsed<Q>>) => Promise<Response>,
) {
  return async (request: Request): Promise<Response> => {
    try {
      const key = bearer(request);
      const principal = key ? await authenticateApiKey(key) : null;
      if (!principal) {
        return problem(401, "A valid API key is required: send it as `Authorization: Bearer <key>`.", {}, { "www-authenticate": "Bearer" });
      }
      let body: unknown;
      if (spec.body) {
        const read = await readJson(request, spec.maxBodyBytes ?? MAX_BODY_BYTES);
        if (!read.ok) return read.response;
        const parsed = spec.body.safeParse(read.value);
        if (!parsed.success) return validationProblem(parsed.error);
        body = parsed.data;
      }
      let query: unknown;
      if (spec.query) {
        const parsed = spec.query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
        if (!parsed.success) return validationProblem(parsed.error, "The query string has invalid parameters.");
        query = parsed.data;
      }
      return await handler({ principal, body: body as Parsed<B>, query: query as Parsed<Q>, request });
    } catch (error) {
      if (error instanceof ExpectedError) return problem(statusOf[error.code], error.message);
      // The client went away mid-request (closed connection): nothing to answer, nothing to log.
      if (request.signal.aborted) return problem(400, "The request was aborted by the client.");
      console.error(`[api] ${request.method} ${new URL(request.url).pathname} failed: ${error instanceof Error ? error.stack : String(error)}`);
      return problem(500, "Something went wrong on our side. Try again; if it persists, contact support.");
    }
  };
}
