// The client's address (or an account) as a rate-limit key, hashed with the server secret so the
// RateLimit table never holds an IP (docs/security.md "Survey links", "Sessions and sign-in"). Which
// address is the client's depends on the proxies in front of the app: TRUSTED_PROXY_HOPS.
import crypto from "node:crypto";
import { authSecret } from "@/lib/auth/secret";
import { env } from "@/lib/env";

/**
 * The TCP peer of the request, written by our server (scripts/server.ts) on every request after
 * dropping any copy the client sent. Next's own X-Forwarded-For cannot serve: Next keeps a
 * client's header as it came and only fills it in when it is missing.
 */
export const PEER_ADDRESS_HEADER = "x-symetrie-peer-address";

/**
 * The client's address given `hops` trusted proxies, each appending the address it received the
 * request from to X-Forwarded-For (RFC 7239 §5.2's chain, de facto form):
 * - 0: the TCP peer; X-Forwarded-For is ignored, since anyone can send one.
 * - n: the n-th address from the right of X-Forwarded-For, the one our outermost trusted proxy
 *   saw; everything left of it was written by the client. A shorter chain (a request that came
 *   round a proxy) gives its left-most address, then the peer.
 * "unknown" when nothing says (a server that does not write the peer header, such as `next dev`):
 * every such request then shares one per-address counter, never one the client picks.
 */
export function clientAddressFrom(headers: Headers, hops: number): string {
  const peer = headers.get(PEER_ADDRESS_HEADER)?.trim() || null;
  if (hops <= 0) return peer ?? "unknown";
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  return chain.at(-Math.min(hops, chain.length)) ?? peer ?? "unknown";
}

export function clientAddress(headers: Headers): string {
  return clientAddressFrom(headers, env().TRUSTED_PROXY_HOPS);
}

/** `<purpose>:<22 base64url characters of HMAC-SHA256(secret, value)>`: a counter's key that names no one. */
export function hashedKey(purpose: string, value: string): string {
  return `${purpose}:${crypto.createHmac("sha256", authSecret()).update(value).digest("base64url").slice(0, 22)}`;
}

export function clientAddressKey(headers: Headers, purpose: string): string {
  return hashedKey(purpose, clientAddress(headers));
}
