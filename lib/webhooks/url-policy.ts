// The webhook SSRF guard, used when a URL is saved and again at each delivery: https only, no
// credentials, ports 443/80/8443, and no address (literal or resolved: all of them) that reaches
// inside — loopback, private, link-local (cloud metadata), CGNAT, unique-local, unspecified,
// multicast, reserved, or those embedded in IPv6 (mapped, compatible, NAT64, 6to4). A delivery
// connects through pinnedLookup, so the address it checked is the one it connects to.
import dns from "node:dns";
import net from "node:net";
import { env } from "@/lib/env";

export interface TargetPolicy {
  /** WEBHOOK_ALLOW_PRIVATE_TARGETS: any address, http: and any port (tests, local development). */
  allowPrivate: boolean;
}

export type UrlProblem = "invalid" | "scheme" | "credentials" | "port" | "address" | "unresolvable";
export type UrlCheck = { ok: true; url: URL } | { ok: false; problem: UrlProblem; detail: string };
export type Resolver = (hostname: string) => Promise<dns.LookupAddress[]>;

export const MAX_WEBHOOK_URL_LENGTH = 2_000;
const ALLOWED_PORTS = new Set(["", "80", "443", "8443"]); // "" is the scheme's default port

/** Refused IPv4 blocks, [base, prefix length, what it is] (RFC 6890 special-purpose registry). */
const IPV4_REFUSED: ReadonlyArray<readonly [string, number, string]> = [
  ["0.0.0.0", 8, "unspecified"],
  ["10.0.0.0", 8, "private"],
  ["100.64.0.0", 10, "shared (CGNAT)"],
  ["127.0.0.0", 8, "loopback"],
  ["169.254.0.0", 16, "link-local"],
  ["172.16.0.0", 12, "private"],
  ["192.0.0.0", 24, "reserved"],
  ["192.168.0.0", 16, "private"],
  ["198.18.0.0", 15, "reserved"],
  ["224.0.0.0", 4, "multicast"],
  ["240.0.0.0", 4, "reserved"],
];

export class TargetRefusedError extends Error {
  constructor(
    readonly problem: UrlProblem,
    detail: string,
  ) {
    super(detail);
    this.name = "TargetRefusedError";
  }
}

export function targetPolicy(): TargetPolicy {
  return { allowPrivate: env().WEBHOOK_ALLOW_PRIVATE_TARGETS };
}

function ipv4Number(address: string): number {
  return address.split(".").reduce((value, part) => value * 256 + Number(part), 0);
}

function ipv4Reason(value: number): string | null {
  for (const [base, bits, what] of IPV4_REFUSED) {
    const size = 2 ** (32 - bits);
    if (Math.floor(value / size) === Math.floor(ipv4Number(base) / size)) return what;
  }
  return null;
}

/** The eight 16-bit groups of a valid IPv6 address (net.isIPv6 already said yes). */
function ipv6Groups(address: string): number[] {
  let text = address.toLowerCase().split("%")[0]!;
  const dotted = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v4 = ipv4Number(dotted[2]!);
    text = `${dotted[1]}${Math.floor(v4 / 65_536).toString(16)}:${(v4 % 65_536).toString(16)}`;
  }
  const [head, tail] = text.split("::") as [string, string | undefined];
  const parse = (part: string | undefined) => (part ? part.split(":").map((group) => Number.parseInt(group, 16)) : []);
  const first = parse(head);
  const last = parse(tail);
  return tail === undefined ? first : [...first, ...new Array<number>(8 - first.length - last.length).fill(0), ...last];
}

function ipv6Reason(groups: number[]): string | null {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = groups;
  const embedded = (what: string, high: number, low: number) => {
    const reason = ipv4Reason(high * 65_536 + low);
    return reason ? `${what} ${reason}` : null;
  };
  const zeroUpTo5 = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0;
  if (zeroUpTo5 && g5 === 0 && g6 === 0 && g7 <= 1) return g7 === 0 ? "unspecified" : "loopback";
  if (zeroUpTo5 && g5 === 0xffff) return embedded("IPv4-mapped", g6, g7);
  if (zeroUpTo5 && g5 === 0) return embedded("IPv4-compatible", g6, g7);
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return embedded("NAT64", g6, g7);
  if (g0 === 0x2002) return embedded("6to4", g1, g2);
  if ((g0 & 0xffc0) === 0xfe80) return "link-local";
  if ((g0 & 0xffc0) === 0xfec0) return "site-local";
  if ((g0 & 0xfe00) === 0xfc00) return "unique-local";
  if ((g0 & 0xff00) === 0xff00) return "multicast";
  if (g0 === 0x100 && g1 === 0 && g2 === 0 && g3 === 0) return "reserved (discard)";
  return null;
}

/** Why an IP address may not be a webhook target ("loopback", "IPv4-mapped private"…), or null. */
export function refusedAddressReason(address: string): string | null {
  const family = net.isIP(address);
  if (family === 4) return ipv4Reason(ipv4Number(address));
  if (family === 6) return ipv6Reason(ipv6Groups(address));
  return "not an IP";
}

/** The URL's host without IPv6 brackets. */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, "$1");
}

function refused(problem: UrlProblem, detail: string): UrlCheck {
  return { ok: false, problem, detail };
}

/** Everything that can be judged without DNS: syntax, scheme, credentials, port, IP literal. */
export function checkUrlShape(raw: string, policy: TargetPolicy): UrlCheck {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return refused("invalid", "not an absolute URL");
  }
  if (raw.length > MAX_WEBHOOK_URL_LENGTH) return refused("invalid", `longer than ${MAX_WEBHOOK_URL_LENGTH} characters`);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && policy.allowPrivate))
    return refused("scheme", `${url.protocol} is not allowed (https: only)`);
  if (url.username || url.password) return refused("credentials", "credentials in the URL are not allowed");
  if (!policy.allowPrivate && !ALLOWED_PORTS.has(url.port)) return refused("port", `port ${url.port} is not allowed (443, 80 or 8443)`);
  const host = hostOf(url);
  if (net.isIP(host) && !policy.allowPrivate) {
    const reason = refusedAddressReason(host);
    if (reason) return refused("address", `${host} is refused (${reason} address)`);
  }
  return { ok: true, url };
}

const systemResolver: Resolver = (hostname) => dns.promises.lookup(hostname, { all: true, verbatim: true });

/** Resolves a host name; every address must be allowed. Returns the one to connect to. */
export async function resolveAllowedAddress(
  hostname: string,
  policy: TargetPolicy,
  resolve: Resolver = systemResolver,
): Promise<dns.LookupAddress> {
  let addresses: dns.LookupAddress[];
  try {
    addresses = await resolve(hostname);
  } catch (error) {
    throw new TargetRefusedError("unresolvable", `${hostname} does not resolve (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  if (addresses.length === 0) throw new TargetRefusedError("unresolvable", `${hostname} does not resolve`);
  if (!policy.allowPrivate) {
    for (const { address } of addresses) {
      const reason = refusedAddressReason(address);
      if (reason) throw new TargetRefusedError("address", `${hostname} resolves to ${address}, refused (${reason} address)`);
    }
  }
  return addresses[0]!;
}

/** At save time: the shape, then (for a host name) every address it resolves to. */
export async function checkWebhookUrl(raw: string, policy: TargetPolicy = targetPolicy(), resolve?: Resolver): Promise<UrlCheck> {
  const shape = checkUrlShape(raw, policy);
  if (!shape.ok || net.isIP(hostOf(shape.url))) return shape;
  try {
    await resolveAllowedAddress(hostOf(shape.url), policy, resolve);
    return shape;
  } catch (error) {
    if (error instanceof TargetRefusedError) return refused(error.problem, error.message);
    throw error;
  }
}

/**
 * A `lookup` for node:http(s) requests: resolves, checks every address and hands the socket
 * only the checked one, so DNS rebinding between check and connect cannot switch the target.
 * (Node calls no lookup for an IP literal: checkUrlShape judges those.)
 */
export function pinnedLookup(policy: TargetPolicy, resolve?: Resolver): net.LookupFunction {
  return (hostname, options, callback) => {
    resolveAllowedAddress(hostname, policy, resolve).then(
      (pinned) => (options.all ? callback(null, [pinned]) : callback(null, pinned.address, pinned.family)),
      (error: NodeJS.ErrnoException) => callback(error, "", 0),
    );
  };
}
