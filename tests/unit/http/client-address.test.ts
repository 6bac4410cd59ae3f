// Which address the rate limits count a request under (issue 16 §4): X-Forwarded-For is believed
// only from proxies listed in TRUST_PROXY, walked from the right; a client's own entries, or
// garbage, never become the address.
import { describe, expect, it } from "vitest";
import { clientAddressFrom, PEER_ADDRESS_HEADER } from "@/lib/http/client-address";
import { parseTrustProxy, trustChecker } from "@/lib/http/trusted-proxies";
import { parseEnv } from "@/lib/env";

const trusting = (list: string) => trustChecker(parseTrustProxy(list));
const from = (peer: string | null, xff: string | null, list: string) => {
  const headers = new Headers();
  if (peer !== null) headers.set(PEER_ADDRESS_HEADER, peer);
  if (xff !== null) headers.set("x-forwarded-for", xff);
  return clientAddressFrom(headers, trusting(list));
};

describe("clientAddressFrom", () => {
  it("trusting no one: the peer, and a spoofed X-Forwarded-For changes nothing", () => {
    expect(from("10.0.0.5", null, "")).toBe("10.0.0.5");
    expect(from("10.0.0.5", "203.0.113.9", "")).toBe("10.0.0.5");
    expect(from("10.0.0.5", "1.1.1.1, 2.2.2.2", "")).toBe("10.0.0.5");
  });

  it("a spoofed header from a peer that is not a trusted proxy is ignored", () => {
    expect(from("198.51.100.20", "203.0.113.9", "10.0.0.0/8")).toBe("198.51.100.20");
  });

  it("a chain of trusted proxies: the first untrusted address from the right is the client", () => {
    // The client wrote 192.0.2.1; it connected to proxy 10.0.0.7, which connected to 10.0.0.5.
    expect(from("10.0.0.5", "192.0.2.1, 203.0.113.9, 10.0.0.7", "10.0.0.0/8")).toBe("203.0.113.9");
    expect(from("10.0.0.5", "203.0.113.9,10.0.0.7", "10.0.0.5, 10.0.0.7")).toBe("203.0.113.9");
    // Every hop trusted: the left-most entry.
    expect(from("10.0.0.5", "10.1.1.1, 10.0.0.7", "10.0.0.0/8")).toBe("10.1.1.1");
  });

  it("IPv6 peers and ranges, IPv4-mapped addresses and ports in entries", () => {
    expect(from("::1", "2001:db8::7", "::1")).toBe("2001:db8::7");
    expect(from("fd00::3", "2001:db8::7, fd00::9", "fd00::/8")).toBe("2001:db8::7");
    expect(from("::ffff:127.0.0.1", "203.0.113.9", "127.0.0.1")).toBe("203.0.113.9");
    expect(from("127.0.0.1", "::ffff:203.0.113.9", "127.0.0.0/8")).toBe("203.0.113.9");
    expect(from("127.0.0.1", "[2001:db8::7]:443", "127.0.0.1")).toBe("2001:db8::7");
    expect(from("127.0.0.1", "203.0.113.9:5678", "127.0.0.1")).toBe("203.0.113.9");
  });

  it("garbage stops the walk at the last address checked, never a string the client chose", () => {
    expect(from("127.0.0.1", "203.0.113.9, not-an-ip", "127.0.0.1")).toBe("127.0.0.1");
    expect(from("127.0.0.1", "unknown", "127.0.0.1")).toBe("127.0.0.1");
    expect(from("127.0.0.1", " , ", "127.0.0.1")).toBe("127.0.0.1");
    expect(from("127.0.0.1", "x, 10.0.0.7", "127.0.0.1, 10.0.0.0/8")).toBe("10.0.0.7");
    expect(from("127.0.0.1", `${"9".repeat(5000)}`, "127.0.0.1")).toBe("127.0.0.1");
  });

  it('"unknown" when no peer was written, never the forged header', () => {
    expect(from(null, "203.0.113.9", "")).toBe("unknown");
    expect(from(null, "203.0.113.9", "0.0.0.0/0")).toBe("unknown");
    expect(from("  ", null, "")).toBe("unknown");
  });
});

describe("TRUST_PROXY", () => {
  const URL = "postgresql://u:p@127.0.0.1:1/x";
  it("defaults to no proxy and takes addresses and CIDR ranges of both families", () => {
    expect(parseEnv({ DATABASE_URL: URL }).TRUST_PROXY).toEqual([]);
    expect(parseEnv({ DATABASE_URL: URL, TRUST_PROXY: "127.0.0.1, ::1,10.0.0.0/8,fd00::/8,::ffff:192.0.2.1" }).TRUST_PROXY).toEqual([
      { address: "127.0.0.1", prefix: 32, family: "ipv4" },
      { address: "::1", prefix: 128, family: "ipv6" },
      { address: "10.0.0.0", prefix: 8, family: "ipv4" },
      { address: "fd00::", prefix: 8, family: "ipv6" },
      { address: "192.0.2.1", prefix: 32, family: "ipv4" },
    ]);
  });
  it.each(["localhost", "10.0.0.0/33", "::1/129", "10.0.0.1/x", "1.2.3", "10.0.0.0/8/8"])(
    "refuses %s at startup, naming the variable and the entry",
    (value) => {
      expect(() => parseEnv({ DATABASE_URL: URL, TRUST_PROXY: `127.0.0.1,${value}` })).toThrow(
        new RegExp(`TRUST_PROXY: "${value.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}" is not an IP address`),
      );
    },
  );
});
