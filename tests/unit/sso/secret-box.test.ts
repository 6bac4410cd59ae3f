import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { openSecret, sealSecret, ssoKey, SsoKeyError } from "@/lib/sso/secret-box";

const ORG = "0190a0a0-0000-7000-8000-000000000001";
const OTHER = "0190a0a0-0000-7000-8000-000000000002";

describe("SSO client secret box (AES-256-GCM)", () => {
  const key = ssoKey(randomBytes(32).toString("base64"));

  it("round-trips, and never stores the plaintext", () => {
    const sealed = sealSecret(key, ORG, "s3cr3t-value");
    expect(sealed).not.toContain("s3cr3t");
    expect(sealed.startsWith("v1.")).toBe(true);
    expect(openSecret(key, ORG, sealed)).toBe("s3cr3t-value");
    expect(sealSecret(key, ORG, "s3cr3t-value")).not.toBe(sealed); // fresh IV each time
  });

  it("refuses another key, another organisation and any altered byte", () => {
    const sealed = sealSecret(key, ORG, "s3cr3t-value");
    expect(() => openSecret(ssoKey(randomBytes(32).toString("base64")), ORG, sealed)).toThrow();
    expect(() => openSecret(key, OTHER, sealed)).toThrow();
    const parts = sealed.split(".");
    const ct = Buffer.from(parts[3] ?? "", "base64url");
    ct[0] = (ct[0] ?? 0) ^ 1;
    expect(() => openSecret(key, ORG, [...parts.slice(0, 3), ct.toString("base64url")].join("."))).toThrow();
    expect(() => openSecret(key, ORG, "v1.x.y")).toThrow();
    expect(() => openSecret(key, ORG, "s3cr3t-value")).toThrow();
  });

  it("needs a 32-byte key", () => {
    expect(() => ssoKey(undefined)).toThrow(SsoKeyError);
    expect(() => ssoKey(randomBytes(16).toString("base64"))).toThrow(SsoKeyError);
  });
});
