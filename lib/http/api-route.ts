// The one wrapper every REST route handler is built with (Dub's pattern): it authenticates
// the API key, counts the request against the key's limit per minute (429), checks it holds the
// route's scope, parses bodies (JSON, or CSV where a route allows it) and query strings with
// zod, and maps errors to problem+json — so no handler can forget a check or leak a stack trace.
import type { z } from "zod";
import type { ApiPrincipal } from "@/lib/auth/actor-types";
import { missingScopeDetail, type ApiScope } from "@/lib/auth/api-scopes";
import { hitApiKeyLimit } from "@/lib/db/api-keys/api-key-rate-limit";
import { authenticateApiKey } from "@/lib/db/api-keys/authenticate-api-key";
import { ExpectedError } from "@/lib/errors";
import type { FieldError } from "@/lib/errors";
import { NUL_DETAIL, hasNul, jsonHasNul } from "./nul-character";
import { problem, validationProblem } from "./problem";
import { readCappedBytes } from "./read-capped";
import { requestLimitDetail } from "./request-limit";

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

/** Reads a CSV text into the value the route's body schema validates; a broken file is a 422. */
export type CsvReader = (text: string) => { ok: true; value: unknown } | { ok: false; detail: string; errors: FieldError[] };

interface RouteSpec<B extends z.ZodType | undefined, Q extends z.ZodType | undefined> {
  /** The scope a key needs (issue 11 §5): without it, 403 before the body is even read. */
  scope: ApiScope;
  body?: B;
  /** Also accept `text/csv` (UTF-8): read by this function, then validated by `body` like JSON. */
  csv?: CsvReader;
  query?: Q;
  maxBodyBytes?: number;
}

type Parsed<T> = T extends z.ZodType ? z.infer<T> : undefined;

export interface ApiContext<B, Q> {
  principal: ApiPrincipal;
  body: B;
  /** The media type the body came in; null without a body. */
  format: "json" | "csv" | null;
  query: Q;
  /** The route's dynamic segments (Next 16 hands them over as a promise; here they are awaited). */
  params: Record<string, string | string[] | undefined>;
  request: Request;
}

/** What Next passes a route handler besides the request. */
export interface RouteContext {
  params: Promise<Record<string, string | string[] | undefined>>;
}

type BodyRead = { ok: true; format: "json" | "csv"; value: unknown } | { ok: false; response: Response };

/** The body as bytes, or 413 past the limit (lib/http/read-capped.ts: read as a stream, stopped at the cap). */
async function readBytes(request: Request, limit: number): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; response: Response }> {
  const bytes = await readCappedBytes(request, limit);
  return bytes ? { ok: true, bytes } : { ok: false, response: problem(413, `The body is larger than ${limit} bytes.`) };
}

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

async function readBody(request: Request, limit: number, csv: CsvReader | undefined): Promise<BodyRead> {
  const type = request.headers.get("content-type") ?? "";
  const isJson = /^application\/json\b/i.test(type);
  const isCsv = csv !== undefined && /^text\/csv\b/i.test(type);
  if (!isJson && !isCsv) {
    const accepted = csv
      ? "as JSON (Content-Type: application/json) or CSV (Content-Type: text/csv)"
      : "as JSON with Content-Type: application/json";
    return { ok: false, response: problem(415, `Send the body ${accepted}.`) };
  }
  const charset = /;\s*charset="?([^";\s]+)/i.exec(type)?.[1];
  if (charset && !/^utf-?8$/i.test(charset)) return { ok: false, response: problem(415, "Send the body in UTF-8 (charset=utf-8).") };
  const read = await readBytes(request, limit);
  if (!read.ok) return read;
  const text = decodeUtf8(read.bytes);
  if (text === null) return { ok: false, response: problem(400, "The body is not valid UTF-8 text.") };
  if (hasNul(text)) return { ok: false, response: problem(400, NUL_DETAIL) };
  if (isCsv) {
    const parsed = csv!(text);
    return parsed.ok
      ? { ok: true, format: "csv", value: parsed.value }
      : { ok: false, response: problem(422, parsed.detail, { errors: parsed.errors }) };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, response: problem(400, "The body is not valid JSON.") };
  }
  // JSON writes a NUL only as the escape \u0000: the walk runs only when the text has one.
  if (text.includes("\\u0000") && jsonHasNul(value)) return { ok: false, response: problem(400, NUL_DETAIL) };
  return { ok: true, format: "json", value };
}

/** 429 past the key's limit, before the body is read: nothing of the request is done. */
function tooManyRequests(perMinute: number, retryAfterSeconds: number): Response {
  return problem(429, requestLimitDetail("API key", perMinute, retryAfterSeconds), {}, { "retry-after": String(retryAfterSeconds) });
}

function bearer(request: Request): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "");
  return match?.[1] ?? null;
}

export function apiRoute<B extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined>(
  spec: RouteSpec<B, Q>,
  handler: (context: ApiContext<Parsed<B>, Parsed<Q>>) => Promise<Response>,
) {
  return async (request: Request, context?: RouteContext): Promise<Response> => {
    try {
      const key = bearer(request);
      const principal = key ? await authenticateApiKey(key) : null;
      if (!principal) {
        return problem(401, "A valid API key is required: send it as `Authorization: Bearer <key>`.", {}, { "www-authenticate": "Bearer" });
      }
      if (principal.requestsPerMinute !== null) {
        const limit = await hitApiKeyLimit(principal.apiKeyId, principal.requestsPerMinute);
        if (!limit.allowed) return tooManyRequests(principal.requestsPerMinute, limit.retryAfterSeconds);
      }
      if (!principal.scopes.includes(spec.scope)) {
        return problem(
          403,
          missingScopeDetail(spec.scope),
          {},
          { "www-authenticate": `Bearer error="insufficient_scope", scope="${spec.scope}"` },
        );
      }
      let body: unknown;
      let format: ApiContext<unknown, unknown>["format"] = null;
      if (spec.body) {
        const read = await readBody(request, spec.maxBodyBytes ?? MAX_BODY_BYTES, spec.csv);
        if (!read.ok) return read.response;
        const parsed = spec.body.safeParse(read.value);
        if (!parsed.success) return validationProblem(parsed.error);
        body = parsed.data;
        format = read.format;
      }
      let query: unknown;
      if (spec.query) {
        const parsed = spec.query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
        if (!parsed.success) return validationProblem(parsed.error, "The query string has invalid parameters.");
        query = parsed.data;
      }
      const params = context ? await context.params : {};
      return await handler({ principal, body: body as Parsed<B>, format, query: query as Parsed<Q>, params, request });
    } catch (error) {
      if (error instanceof ExpectedError) return problem(statusOf[error.code], error.message);
      // The client went away mid-request (closed connection): nothing to answer, nothing to log.
      if (request.signal.aborted) return problem(400, "The request was aborted by the client.");
      console.error(
        `[api] ${request.method} ${new URL(request.url).pathname} failed: ${error instanceof Error ? error.stack : String(error)}`,
      );
      return problem(500, "Something went wrong on our side. Try again; if it persists, contact support.");
    }
  };
}
