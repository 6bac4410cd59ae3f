// The client's address (or an account) as a rate-limit key, hashed with the server secret so the
// RateLimit table never holds an IP (docs/security.md "Survey links", "Sessions and sign-in"). Which
// address is the client's depends on the proxies in front of the app: TRUST_PROXY.
import crypto from "node:crypto";
import net from "node:net";
import { authSecret } from "@/lib/auth/secret";
import { env } from "@/lib/env";
import { normaliseAddress, trustChecker } from "./trusted-proxies";

/**
 * The TCP peer of the request, written by our server (scripts/server.ts) on every request after
 * dropping any copy the client sent. Next's own X-Forwarded-For cannot serve: Next keeps a
 * client's header as it came and only fills it in when it is missing.
 */
export const PEER_ADDRESS_HEADER = "x-symetrie-peer-address";

/** An X-Forwarded-For entry as an address: a bare IP, `[IPv6]`, `[IPv6]:port` or `IPv4:port`; null otherwise. */
function forwardedAddress(entry: string): string | null {
  const text = entry.trim();
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(text)?.[1];
  if (bracketed !== undefined) return net.isIPv6(bracketed) ? normaliseAddress(bracketed) : null;
  const withPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d{1,5}$/.exec(text)?.[1];
  return normaliseAddress(withPort ?? text);
}

/**
 * The client's address, walking X-Forwarded-For (each proxy appends the address it received the
 * request from, RFC 7239 §5.2's chain in its de facto form) from the right while the address in
 * hand is a trusted proxy:
 * - start from the TCP peer; an untrusted peer is the client and the header is ignored, since
 *   anyone can send one;
 * - while the current address is trusted and entries are left, the next entry from the right
 *   becomes the current address; the first untrusted one is the client, or the left-most entry
 *   when every hop is trusted;
 * - an entry that is no IP address stops the walk at the last address checked: never a string
 *   the client chose.
 * "unknown" when no peer was written (a server that does not write the peer header, such as
 * `next dev`): every such request then shares one counter, never one the client picks.
 */
export function clientAddressFrom(headers: Headers, isTrusted: (address: string) => boolean): string {
  const peer = headers.get(PEER_ADDRESS_HEADER)?.trim();
  let current = peer ? normaliseAddress(peer) : null;
  if (!current) return "unknown";
  const chain = (headers.get("x-forwarded-for") ?? "").split(",");
  while (isTrusted(current) && chain.length > 0) {
    const entry = chain.pop() ?? "";
    if (entry.trim() === "" && chain.length === 0) break; // no header, or a trailing comma with nothing before it
    const next = forwardedAddress(entry);
    if (!next) break;
    current = next;
  }
  return current;
}

let checker: { ranges: unknown; isTrusted: (address: string) => boolean } | undefined;

export function clientAddress(headers: Headers): string {
  const ranges = env().TRUST_PROXY;
  if (checker?.ranges !== ranges) checker = { ranges, isTrusted: trustChecker(ranges) };
  return clientAddressFrom(headers, checker.isTrusted);
}

/** `<purpose>:<22 base64url characters of HMAC-SHA256(secret, value)>`: a counter's key that names no one. */
export function hashedKey(purpose: string, value: string): string {
  return `${purpose}:${crypto.createHmac("sha256", authSecret()).update(value).digest("base64url").slice(0, 22)}`;
}

export function clientAddressKey(headers: Headers, purpose: string): string {
  return hashedKey(purpose, clientAddress(headers));
}
