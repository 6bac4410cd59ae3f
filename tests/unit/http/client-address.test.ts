// Which address the rate limits count a request under (issue 12 §6): with no trusted proxy the TCP
// peer, whatever X-Forwarded-For says; with n proxies the n-th hop from the right, never one the
// client wrote to the left of it.
import { describe, expect, it } from "vitest";
import { clientAddressFrom, PEER_ADDRESS_HEADER } from "@/lib/http/client-address";
import { parseEnv } from "@/lib/env";

const request = (headers: Record<string, string>) => new Headers(headers);
const PEER = { [PEER_ADDRESS_HEADER]: "10.0.0.5" };

describe("clientAddressFrom", () => {
  it("0 hops: the peer, and a forged X-Forwarded-For changes nothing", () => {
    expect(clientAddressFrom(request(PEER), 0)).toBe("10.0.0.5");
    expect(clientAddressFrom(request({ ...PEER, "x-forwarded-for": "203.0.113.9" }), 0)).toBe("10.0.0.5");
    expect(clientAddressFrom(request({ ...PEER, "x-forwarded-for": "1.1.1.1, 2.2.2.2", "x-real-ip": "3.3.3.3" }), 0)).toBe("10.0.0.5");
  });

  it.each([
    [1, "198.51.100.7"],
    [2, "203.0.113.9"],
    [3, "192.0.2.1"],
  ])("%i hop(s): the n-th address from the right", (hops, expected) => {
    // The client wrote 192.0.2.1; proxy 1 appended 203.0.113.9, proxy 2 appended 198.51.100.7.
    const headers = request({ ...PEER, "x-forwarded-for": "192.0.2.1, 203.0.113.9,198.51.100.7" });
    expect(clientAddressFrom(headers, hops)).toBe(expected);
  });

  it("a chain shorter than the hops gives its left-most address; no chain at all, the peer", () => {
    expect(clientAddressFrom(request({ ...PEER, "x-forwarded-for": "203.0.113.9" }), 2)).toBe("203.0.113.9");
    expect(clientAddressFrom(request({ ...PEER, "x-forwarded-for": " , " }), 1)).toBe("10.0.0.5");
    expect(clientAddressFrom(request(PEER), 1)).toBe("10.0.0.5");
  });

  it('"unknown" when no peer was written and nothing is trusted, never the forged header', () => {
    expect(clientAddressFrom(request({ "x-forwarded-for": "203.0.113.9" }), 0)).toBe("unknown");
    expect(clientAddressFrom(request({}), 1)).toBe("unknown");
    expect(clientAddressFrom(request({ [PEER_ADDRESS_HEADER]: "  " }), 0)).toBe("unknown");
  });
});

describe("TRUSTED_PROXY_HOPS", () => {
  const URL = "postgresql://u:p@127.0.0.1:1/x";
  it("defaults to 0 and takes a small whole number", () => {
    expect(parseEnv({ DATABASE_URL: URL }).TRUSTED_PROXY_HOPS).toBe(0);
    expect(parseEnv({ DATABASE_URL: URL, TRUSTED_PROXY_HOPS: "2" }).TRUSTED_PROXY_HOPS).toBe(2);
  });
  it.each(["-1", "1.5", "many", "11"])("refuses %s at startup, naming the variable", (value) => {
    expect(() => parseEnv({ DATABASE_URL: URL, TRUSTED_PROXY_HOPS: value })).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});
