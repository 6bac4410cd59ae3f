// `npm run dev` prints URLs; each one's host must be in allowedDevOrigins, or the page
// opened there never hydrates (Next blocks its dev resources for other origins).
import os from "node:os";
import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config";
import { devHosts, devUrls } from "@/scripts/dev-origins";

describe("dev origins", () => {
  it("allow every host whose URL npm run dev prints", () => {
    const urls = devUrls(3000);
    expect(urls.slice(0, 2)).toEqual(["http://localhost:3000", "http://127.0.0.1:3000"]);
    for (const url of urls) expect(nextConfig.allowedDevOrigins).toContain(new URL(url).hostname);
  });

  it("cover the loopback addresses and every interface address, IPv6 as browsers send it", () => {
    const hosts = devHosts();
    expect(hosts).toEqual(expect.arrayContaining(["localhost", "127.0.0.1", "[::1]"]));
    for (const { address, family } of Object.values(os.networkInterfaces()).flatMap((list) => list ?? [])) {
      expect(hosts).toContain(family === "IPv6" ? `[${address}]` : address);
    }
  });
});
