// The webhook SSRF guard, pure parts and DNS with a fake resolver: which addresses and URLs are
// refused, that every resolved address counts, and that pinnedLookup hands the socket only the
// address it checked (a real request to a local server proves the pin).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  checkUrlShape,
  checkWebhookUrl,
  pinnedLookup,
  refusedAddressReason,
  TargetRefusedError,
  type Resolver,
} from "@/lib/webhooks/url-policy";

const strict = { allowPrivate: false };
const relaxed = { allowPrivate: true };
const resolvesTo =
  (...addresses: string[]): Resolver =>
  async () =>
    addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));

describe("refusedAddressReason", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["10.0.0.1", "private"],
    ["10.255.255.255", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["169.254.169.254", "link-local"],
    ["100.64.0.1", "shared (CGNAT)"],
    ["100.127.255.255", "shared (CGNAT)"],
    ["0.0.0.0", "unspecified"],
    ["224.0.0.1", "multicast"],
    ["239.255.255.250", "multicast"],
    ["255.255.255.255", "reserved"],
    ["::", "unspecified"],
    ["::1", "loopback"],
    ["fe80::1", "link-local"],
    ["febf::1", "link-local"],
    ["fc00::1", "unique-local"],
    ["fd12:3456::1", "unique-local"],
    ["ff02::1", "multicast"],
    ["::ffff:127.0.0.1", "IPv4-mapped loopback"],
    ["::ffff:7f00:1", "IPv4-mapped loopback"],
    ["::ffff:10.0.0.1", "IPv4-mapped private"],
    ["::ffff:169.254.169.254", "IPv4-mapped link-local"],
    ["::ffff:a9fe:a9fe", "IPv4-mapped link-local"],
    ["::127.0.0.1", "IPv4-compatible loopback"],
    ["64:ff9b::a00:1", "NAT64 private"],
    ["2002:a00:1::", "6to4 private"],
    ["2002:7f00:1::1", "6to4 loopback"],
    ["FE80::ABCD", "link-local"],
    ["not-an-ip", "not an IP"],
  ])("%s is refused (%s)", (address, reason) => {
    expect(refusedAddressReason(address)).toBe(reason);
  });

  it.each([
    "8.8.8.8",
    "1.1.1.1",
    "93.184.216.34",
    "172.15.255.255",
    "172.32.0.0",
    "100.63.255.255",
    "100.128.0.0",
    "169.253.0.1",
    "11.0.0.1",
    "192.169.0.1",
    "223.255.255.255",
    "2606:4700:4700::1111",
    "2001:4860:4860::8888",
    "::ffff:8.8.8.8",
    "64:ff9b::808:808",
    "2a00:1450:4007:80c::200e",
  ])("%s is allowed", (address) => {
    expect(refusedAddressReason(address)).toBeNull();
  });
});

describe("checkUrlShape", () => {
  it.each([
    "https://hooks.example.com/symetrie",
    "https://hooks.example.com:8443/x?token=abc",
    "https://hooks.example.com:443/",
    "https://hooks.example.com:80/",
    "https://8.8.8.8/hook",
  ])("accepts %s", (url) => {
    expect(checkUrlShape(url, strict)).toMatchObject({ ok: true });
  });

  it.each([
    ["", "invalid"],
    ["not a url", "invalid"],
    ["/relative/path", "invalid"],
    [`https://example.com/${"a".repeat(2_000)}`, "invalid"],
    ["http://hooks.example.com/", "scheme"],
    ["ftp://hooks.example.com/", "scheme"],
    ["file:///etc/passwd", "scheme"],
    ["gopher://hooks.example.com/", "scheme"],
    ["https://user:secret@hooks.example.com/", "credentials"],
    ["https://user@hooks.example.com/", "credentials"],
    ["https://hooks.example.com:22/", "port"],
    ["https://hooks.example.com:6379/", "port"],
    ["https://hooks.example.com:8080/", "port"],
    ["https://127.0.0.1/", "address"],
    ["https://[::1]/", "address"],
    ["https://[::ffff:127.0.0.1]/", "address"],
    ["https://169.254.169.254/latest/meta-data/", "address"],
    ["https://10.1.2.3/", "address"],
    ["https://192.168.0.10:8443/", "address"],
    ["https://100.64.1.1/", "address"],
    ["https://[fd00::1]/", "address"],
    ["https://[fe80::1]/", "address"],
    ["https://0.0.0.0/", "address"],
    ["https://2130706433/", "address"],
    ["https://0x7f.0.0.1/", "address"],
    ["https://[::ffff:a9fe:a9fe]/", "address"],
  ])("refuses %s (%s)", (url, problem) => {
    expect(checkUrlShape(url, strict)).toMatchObject({ ok: false, problem });
  });

  it("with WEBHOOK_ALLOW_PRIVATE_TARGETS: private addresses, http: and any port, but never credentials or other schemes", () => {
    expect(checkUrlShape("http://127.0.0.1:3000/hook", relaxed)).toMatchObject({ ok: true });
    expect(checkUrlShape("https://[::1]:9999/", relaxed)).toMatchObject({ ok: true });
    expect(checkUrlShape("http://user:pw@127.0.0.1/", relaxed)).toMatchObject({ ok: false, problem: "credentials" });
    expect(checkUrlShape("ftp://127.0.0.1/", relaxed)).toMatchObject({ ok: false, problem: "scheme" });
  });

  it("names the reason in its detail", () => {
    expect(checkUrlShape("https://[::ffff:127.0.0.1]/", strict)).toMatchObject({
      detail: "::ffff:7f00:1 is refused (IPv4-mapped loopback address)",
    });
  });
});

describe("checkWebhookUrl (save time)", () => {
  it("accepts a host whose every address is public", async () => {
    expect(await checkWebhookUrl("https://hooks.example.com/x", strict, resolvesTo("93.184.216.34", "2606:2800:220:1::1"))).toMatchObject({
      ok: true,
    });
  });

  it.each<[addresses: string[], what: string]>([
    [["93.184.216.34", "10.0.0.1"], "one private address among public ones"],
    [["127.0.0.1"], "loopback"],
    [["169.254.169.254"], "cloud metadata"],
    [["::1"], "IPv6 loopback"],
    [["::ffff:192.168.0.1"], "IPv4-mapped private"],
    [["fd00::5"], "unique-local"],
  ])("refuses a host resolving to %j (%s)", async (addresses) => {
    expect(await checkWebhookUrl("https://internal.example.com/x", strict, resolvesTo(...addresses))).toMatchObject({
      ok: false,
      problem: "address",
    });
  });

  it("refuses a host that does not resolve", async () => {
    const fails: Resolver = async () => {
      throw Object.assign(new Error("getaddrinfo ENOTFOUND"), { code: "ENOTFOUND" });
    };
    expect(await checkWebhookUrl("https://nowhere.invalid/", strict, fails)).toMatchObject({
      ok: false,
      problem: "unresolvable",
      detail: "nowhere.invalid does not resolve (ENOTFOUND)",
    });
    expect(await checkWebhookUrl("https://empty.example/", strict, resolvesTo())).toMatchObject({ ok: false, problem: "unresolvable" });
  });

  it("does not resolve an IP literal, and allows private targets with the flag", async () => {
    const never: Resolver = async () => {
      throw new Error("must not be called");
    };
    expect(await checkWebhookUrl("https://8.8.8.8/", strict, never)).toMatchObject({ ok: true });
    expect(await checkWebhookUrl("http://intranet.local:8080/", relaxed, resolvesTo("10.0.0.1"))).toMatchObject({ ok: true });
  });
});

describe("pinnedLookup (delivery time)", () => {
  const lookupOnce = (lookup: ReturnType<typeof pinnedLookup>, all: boolean) =>
    new Promise<{ error: Error | null; address: unknown }>((resolve) =>
      lookup("hooks.example.com", { all }, (error, address) => resolve({ error, address })),
    );

  it("checks at every lookup and returns only the checked address: a rebinding answer is refused", async () => {
    const answers = [["93.184.216.34", "93.184.216.35"], ["127.0.0.1"]];
    const rebinding: Resolver = async () => resolvesTo(...answers.shift()!)("hooks.example.com");
    const lookup = pinnedLookup(strict, rebinding);
    expect(await lookupOnce(lookup, true)).toEqual({ error: null, address: [{ address: "93.184.216.34", family: 4 }] });
    const second = await lookupOnce(lookup, false);
    expect(second.error).toBeInstanceOf(TargetRefusedError);
    expect(second.error?.message).toBe("hooks.example.com resolves to 127.0.0.1, refused (loopback address)");
  });

  describe("with a real request", () => {
    let server: http.Server;
    let port = 0;
    let requests = 0;
    beforeAll(async () => {
      server = http.createServer((_request, response) => {
        requests++;
        response.end("ok");
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      port = (server.address() as AddressInfo).port;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    const post = (policy: { allowPrivate: boolean }) =>
      new Promise<number>((resolve, reject) => {
        // "rebind.invalid" exists in no DNS: only the pinned lookup can give it an address.
        const request = http.request(
          `http://rebind.invalid:${port}/hook`,
          { method: "POST", agent: false, lookup: pinnedLookup(policy, resolvesTo("127.0.0.1")) },
          (response) => {
            response.resume();
            resolve(response.statusCode ?? 0);
          },
        );
        request.on("error", reject);
        request.end("{}");
      });

    it("a host resolving to loopback is refused before any connection", async () => {
      await expect(post(strict)).rejects.toBeInstanceOf(TargetRefusedError);
      expect(requests).toBe(0);
    });

    it("the connection goes to the pinned address when the policy allows it", async () => {
      expect(await post(relaxed)).toBe(200);
      expect(requests).toBe(1);
    });
  });
});
