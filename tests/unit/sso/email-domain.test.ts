import { describe, expect, it } from "vitest";
import { domainAllowed, emailDomain, normaliseDomain, ZAllowedDomains } from "@/lib/sso/email-domain";

describe("SSO email domains", () => {
  it("normalises and refuses what is not a domain", () => {
    expect(normaliseDomain(" @Acme.FR. ")).toBe("acme.fr");
    for (const bad of ["", "acme", "-acme.fr", "acme..fr", "ac me.fr", "a@b.fr", "x".repeat(64) + ".fr"]) {
      expect(normaliseDomain(bad)).toBeNull();
    }
    expect(emailDomain("Jo@Acme.fr")).toBe("acme.fr");
    expect(emailDomain("no-at-sign")).toBeNull();
    expect(emailDomain("@acme.fr")).toBeNull();
  });

  it("matches exactly: neither a subdomain, a parent nor a look-alike suffix", () => {
    const allowed = ["acme.fr"];
    expect(domainAllowed("jo@ACME.fr", allowed)).toBe(true);
    expect(domainAllowed("jo@eu.acme.fr", allowed)).toBe(false);
    expect(domainAllowed("jo@notacme.fr", allowed)).toBe(false);
    expect(domainAllowed("jo@acme.fr.evil.com", allowed)).toBe(false);
    expect(domainAllowed("jo@evil.com@acme.fr", ["evil.com"])).toBe(false);
  });

  it("parses the settings field into distinct domains, refusing garbage", () => {
    expect(ZAllowedDomains.parse("acme.fr, ACME.fr\nacme.com;")).toEqual(["acme.fr", "acme.com"]);
    expect(ZAllowedDomains.safeParse("").success).toBe(false);
    expect(ZAllowedDomains.safeParse("acme.fr, not a domain").success).toBe(false);
    expect(ZAllowedDomains.safeParse(Array.from({ length: 21 }, (_, i) => `d${i}.fr`).join(",")).success).toBe(false);
  });
});
