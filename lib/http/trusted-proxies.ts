// TRUST_PROXY (lib/env.ts): the reverse proxies whose X-Forwarded-For the app believes, as IP
// addresses and CIDR ranges (IPv4 and IPv6). An IPv4-mapped IPv6 address (`::ffff:192.0.2.1`, what
// a dual-stack socket reports for an IPv4 peer) is the IPv4 address it carries, in rules and checks.
import net from "node:net";

export interface ProxyRange {
  address: string;
  prefix: number;
  family: "ipv4" | "ipv6";
}

const MAPPED = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

/** The address in canonical form for the checks (IPv4-mapped IPv6 unwrapped), or null when it is no IP address. */
export function normaliseAddress(value: string): string | null {
  const text = value.trim();
  const mapped = MAPPED.exec(text)?.[1];
  if (mapped && net.isIPv4(mapped)) return mapped;
  if (net.isIPv4(text)) return text;
  if (net.isIPv6(text)) return text.toLowerCase();
  return null;
}

/** One entry of TRUST_PROXY, `address` or `address/prefix`; null when it is neither. */
export function parseProxyRange(entry: string): ProxyRange | null {
  const [rawAddress = "", rawPrefix, extra] = entry.trim().split("/");
  if (extra !== undefined) return null;
  const address = normaliseAddress(rawAddress);
  if (!address) return null;
  const family = net.isIPv4(address) ? "ipv4" : "ipv6";
  const max = family === "ipv4" ? 32 : 128;
  // A mapped IPv4 range (::ffff:10.0.0.0/104) keeps its IPv4 part of the prefix.
  const mappedOffset = family === "ipv4" && MAPPED.test(rawAddress.trim()) ? 96 : 0;
  if (rawPrefix === undefined) return { address, prefix: max, family };
  if (!/^\d{1,3}$/.test(rawPrefix)) return null;
  const prefix = Number(rawPrefix) - mappedOffset;
  return prefix >= 0 && prefix <= max ? { address, prefix, family } : null;
}

/** The comma-separated TRUST_PROXY value as ranges; throws naming the first entry that is neither an address nor a CIDR range. */
export function parseTrustProxy(value: string): ProxyRange[] {
  const entries = value
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries.map((entry) => {
    const range = parseProxyRange(entry);
    if (!range) throw new Error(`"${entry}" is not an IP address or CIDR range (e.g. 10.0.0.1, 10.0.0.0/8, ::1, fd00::/8)`);
    return range;
  });
}

/** A membership check over the ranges (node:net BlockList, which matches IPv4 rules on IPv4-mapped IPv6 too). */
export function trustChecker(ranges: readonly ProxyRange[]): (address: string) => boolean {
  if (ranges.length === 0) return () => false;
  const list = new net.BlockList();
  for (const range of ranges) list.addSubnet(range.address, range.prefix, range.family);
  return (address) => {
    const normal = normaliseAddress(address);
    if (!normal) return false;
    return list.check(normal, net.isIPv4(normal) ? "ipv4" : "ipv6");
  };
}
