// Link tokens: 128 bits, URL-safe, stable per contact and secret, different otherwise;
// only hashes are compared.
import { describe, expect, it } from "vitest";
import { hashSecret, isWellFormedLinkToken, linkTokenFor, mintApiKey } from "@/lib/surveys/tokens";

describe("survey link tokens", () => {
  const secret = "x".repeat(40);
  it("are 22 base64url characters (16 bytes = 128 bits)", () => {
    const { token } = linkTokenFor(secret, "0197a6f0-0000-7000-8000-000000000001");
    expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(16);
    expect(isWellFormedLinkToken(token)).toBe(true);
  });
  it("are the same for the same contact and secret, and differ otherwise", () => {
    const a = linkTokenFor(secret, "contact-a");
    expect(linkTokenFor(secret, "contact-a").token).toBe(a.token);
    expect(linkTokenFor(secret, "contact-b").token).not.toBe(a.token);
    expect(linkTokenFor("y".repeat(40), "contact-a").token).not.toBe(a.token);
  });
  it("store the SHA-256 of the token text", () => {
    const { token, hash } = linkTokenFor(secret, "c");
    expect(Buffer.from(hash).toString("hex")).toBe(Buffer.from(hashSecret(token)).toString("hex"));
    expect(hash).toHaveLength(32);
  });
  it("reject malformed tokens", () => {
    for (const bad of ["", "short", "x".repeat(23), "a+b/c=d=e+f/g=h+i/j=kl", "../../etc/passwd123456"])
      expect(isWellFormedLinkToken(bad), bad).toBe(false);
  });
});

describe("API keys", () => {
  it("carry 256 random bits and a displayable prefix", () => {
    const { key, prefix, hash } = mintApiKey();
    expect(key).toMatch(/^sym_[A-Za-z0-9_-]{43}$/);
    expect(key.startsWith(prefix)).toBe(true);
    expect(hash).toHaveLength(32);
    expect(mintApiKey().key).not.toBe(key);
  });
});
