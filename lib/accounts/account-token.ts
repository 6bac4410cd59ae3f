// Single-use account links (setup, invitation, password reset): 32 random bytes in the URL,
// only their SHA-256 in the database, so a copy of the database opens nothing. Pure.
import crypto from "node:crypto";

export const INVITATION_DAYS = 7;
export const SETUP_DAYS = 7;
export const RESET_HOURS = 1;

export function newAccountToken(): string {
  return crypto.randomBytes(32).toString("base64url");
}

export function hashAccountToken(token: string): string {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex");
}

/** A token as the URL carries it: 43 base64url characters. Anything else is refused unread. */
export const ACCOUNT_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
