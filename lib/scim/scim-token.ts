// SCIM bearer tokens (docs/scim.md): 256 random bits, base64url, behind a "scim_" prefix that
// tells them from API keys ("sym_"); only their SHA-256 is stored. Pure but for the randomness.
import crypto from "node:crypto";
import { hashSecret } from "@/lib/surveys/tokens";

export const SCIM_TOKEN_PATTERN = /^scim_[A-Za-z0-9_-]{43}$/;

export function mintScimToken(): { token: string; prefix: string; hash: Uint8Array<ArrayBuffer> } {
  const token = `scim_${crypto.randomBytes(32).toString("base64url")}`;
  return { token, prefix: token.slice(0, 13), hash: hashSecret(token) };
}
