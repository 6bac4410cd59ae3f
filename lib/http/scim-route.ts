// The wrapper every SCIM route handler is built with (RFC 7644, docs/scim.md): the organisation's
// SCIM token as a bearer (401 otherwise), counted against the token's requests per minute (429 with
// Retry-After past SCIM_RATE_LIMIT_PER_MINUTE, before the body is read), the body read as a capped
// stream (413 past 1 MiB, the server's cap for this path too), JSON with application/scim+json or
// application/json, and every error in the SCIM error format — so no handler can forget a check or
// leak a stack trace.
import type { ScimPrincipal } from "@/lib/auth/actor-types";
import { authenticateScimToken } from "@/lib/db/scim-tokens/authenticate-scim-token";
import { hitScimTokenLimit } from "@/lib/db/scim-tokens/scim-token-rate-limit";
import { env } from "@/lib/env";
import { ExpectedError } from "@/lib/errors";
import { ScimError, scimErrorBody, type ScimType } from "@/lib/scim/scim-error";
import { DEFAULT_BODY_CAP } from "./body-cap";
import { NUL_DETAIL, jsonHasNul } from "./nul-character";
import { readCappedBytes } from "./read-capped";
import { requestLimitDetail } from "./request-limit";
import { respondentBaseUrl } from "./respondent-base-url";

export const SCIM_CONTENT_TYPE = "application/scim+json";
export const SCIM_BODY_CAP = DEFAULT_BODY_CAP;

export interface ScimContext {
  principal: ScimPrincipal;
  /** The parsed JSON body (undefined for GET and DELETE). */
  body: unknown;
  params: Record<string, string | string[] | undefined>;
  query: URLSearchParams;
  /** Where the resources live, for meta.location: `<base>/scim/v2`. */
  base: string;
}

export function scimJson(value: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(value), { status, headers: { "content-type": SCIM_CONTENT_TYPE, ...headers } });
}

export function scimError(status: number, detail: string, scimType?: ScimType, headers: Record<string, string> = {}): Response {
  return scimJson(scimErrorBody(status, detail, scimType), status, headers);
}

const statusOf: Record<ExpectedError["code"], number> = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  INVALID_INPUT: 400,
  CONFLICT: 409,
  GONE: 404,
  RATE_LIMITED: 429,
};

async function readJson(request: Request): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/(scim\+)?json\b/i.test(type))
    return { ok: false, response: scimError(415, `Send the body as JSON with Content-Type: ${SCIM_CONTENT_TYPE}.`) };
  const bytes = await readCappedBytes(request, SCIM_BODY_CAP);
  if (!bytes) return { ok: false, response: scimError(413, `The body is larger than ${SCIM_BODY_CAP} bytes.`) };
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, response: scimError(400, "The body is not valid JSON.", "invalidSyntax") };
  }
  if (jsonHasNul(value)) return { ok: false, response: scimError(400, NUL_DETAIL, "invalidValue") };
  return { ok: true, value };
}

/** 429 past the token's requests of this minute, before the body is read: nothing of the request is done. */
async function overLimit(scimTokenId: string): Promise<Response | null> {
  const perMinute = env().SCIM_RATE_LIMIT_PER_MINUTE;
  const limit = await hitScimTokenLimit(scimTokenId, perMinute);
  if (limit.allowed) return null;
  const detail = requestLimitDetail("SCIM token", perMinute, limit.retryAfterSeconds);
  return scimError(429, detail, undefined, { "retry-after": String(limit.retryAfterSeconds) });
}

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

export function scimRoute(spec: { body: boolean }, handler: (context: ScimContext) => Promise<Response>) {
  return async (request: Request, context?: RouteContext): Promise<Response> => {
    try {
      const token = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "")?.[1];
      const principal = token ? await authenticateScimToken(token) : null;
      if (!principal)
        return scimError(401, "A valid SCIM token is required: send it as `Authorization: Bearer <token>`.", undefined, {
          "www-authenticate": "Bearer",
        });
      const refused = await overLimit(principal.scimTokenId);
      if (refused) return refused;
      let body: unknown;
      if (spec.body) {
        const read = await readJson(request);
        if (!read.ok) return read.response;
        body = read.value;
      }
      const url = new URL(request.url);
      const params = context ? await context.params : {};
      return await handler({ principal, body, params, query: url.searchParams, base: `${respondentBaseUrl(request)}/scim/v2` });
    } catch (error) {
      if (error instanceof ScimError) return scimError(error.status, error.message, error.scimType);
      if (error instanceof ExpectedError) return scimError(statusOf[error.code], error.message);
      if (request.signal.aborted) return scimError(400, "The request was aborted by the client.");
      console.error(
        `[scim] ${request.method} ${new URL(request.url).pathname} failed: ${error instanceof Error ? error.stack : String(error)}`,
      );
      return scimError(500, "Something went wrong on our side. Try again; if it persists, contact support.");
    }
  };
}

/** The route's id segment. */
export const idParam = (params: ScimContext["params"]): string => String(params.id ?? "");

/** Whether the members are wanted (Entra ID and Okta ask for groups without them: excludedAttributes=members). */
export const wantsMembers = (query: URLSearchParams): boolean =>
  !(query.get("excludedAttributes") ?? "").split(",").some((name) => name.trim().toLowerCase() === "members");
