// SCIM errors (RFC 7644 §3.12): an expected error carrying the HTTP status and the scimType the
// route answers in the SCIM error format (lib/http/scim-route.ts). Pure.
import { ExpectedError } from "@/lib/errors";

export const SCIM_ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";

export type ScimType =
  | "invalidFilter"
  | "tooMany"
  | "uniqueness"
  | "mutability"
  | "invalidSyntax"
  | "invalidPath"
  | "noTarget"
  | "invalidValue"
  | "invalidVers"
  | "sensitive";

const codeOf = (status: number): ExpectedError["code"] =>
  status === 404
    ? "NOT_FOUND"
    : status === 409
      ? "CONFLICT"
      : status === 401
        ? "UNAUTHENTICATED"
        : status === 403
          ? "FORBIDDEN"
          : "INVALID_INPUT";

export class ScimError extends ExpectedError {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429,
    message: string,
    readonly scimType?: ScimType,
  ) {
    super(codeOf(status), message);
  }
}

export interface ScimErrorBody {
  schemas: [typeof SCIM_ERROR_SCHEMA];
  status: string;
  scimType?: ScimType;
  detail: string;
}

export function scimErrorBody(status: number, detail: string, scimType?: ScimType): ScimErrorBody {
  return { schemas: [SCIM_ERROR_SCHEMA], status: String(status), ...(scimType ? { scimType } : {}), detail };
}
