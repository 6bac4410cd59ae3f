// The client's address (or an account) as a rate-limit key, hashed with the server secret so the RateLimit
// table never holds an IP (docs/security.md "Survey links", "Sessions and sign-in").
import crypto from "node:crypto";
import { authSecret } from "@/lib/auth/secret";

/**
 * The right-most X-Forwarded-For hop is the one our nearest proxy (or Next itself, when none
 * is set) wrote; the left-most is whatever the client chose to send. Without a proxy that
 * writes the header, a client can pick its own: the per-account limit does not depend on it.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  return forwarded || headers.get("x-real-ip") || "unknown";
}

/** `<purpose>:<22 base64url characters of HMAC-SHA256(secret, value)>`: a counter's key that names no one. */
export function hashedKey(purpose: string, value: string): string {
  return `${purpose}:${crypto.createHmac("sha256", authSecret()).update(value).digest("base64url").slice(0, 22)}`;
}

export function clientAddressKey(headers: Headers, purpose: string): string {
  return hashedKey(purpose, clientAddress(headers));
}
