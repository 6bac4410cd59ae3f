// The list filters we support (RFC 7644 §3.4.2.2): one `attribute eq "value"` on userName or
// externalId (Users), displayName or externalId (Groups) — what Entra ID and Okta send to match
// an account before creating it. Anything else is a 400 invalidFilter. Pure.
import { ScimError } from "./scim-error";

export type ScimFilter = { attribute: "userName" | "externalId" | "displayName"; value: string };

const FILTER = /^\s*([A-Za-z]+)\s+eq\s+"((?:[^"\\]|\\.)*)"\s*$/i;

export function parseScimFilter(raw: string | null, allowed: ReadonlyArray<ScimFilter["attribute"]>): ScimFilter | null {
  if (raw === null || raw.trim() === "") return null;
  const match = FILTER.exec(raw);
  // Attribute names are case-insensitive (RFC 7643 §2.1).
  const attribute = allowed.find((name) => name.toLowerCase() === match?.[1]?.toLowerCase());
  if (!match || !attribute)
    throw new ScimError(
      400,
      `unsupported filter: only ${allowed.map((name) => `${name} eq "…"`).join(", ")} are supported`,
      "invalidFilter",
    );
  return { attribute, value: match[2]!.replace(/\\(.)/g, "$1") };
}

export interface ScimPage {
  /** 1-based (RFC 7644 §3.4.2.4); below 1 counts as 1, above a billion as a billion. */
  startIndex: number;
  count: number;
}

export const MAX_PAGE = 200;
const MAX_START = 1_000_000_000;

export function parseScimPage(params: URLSearchParams): ScimPage {
  const number = (name: string, fallback: number) => {
    const raw = params.get(name);
    if (raw === null || raw === "") return fallback;
    if (!/^-?\d+$/.test(raw)) throw new ScimError(400, `${name} must be an integer`, "invalidValue");
    return Number(raw);
  };
  // Clamped so the SQL gets a plain integer whatever the digits (a huge startIndex is just past the end).
  return {
    startIndex: Math.min(MAX_START, Math.max(1, number("startIndex", 1))),
    count: Math.min(MAX_PAGE, Math.max(0, number("count", 100))),
  };
}
