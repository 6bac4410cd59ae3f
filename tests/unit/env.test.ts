// Smoke test of the unit tier: lib/env validation, with no database anywhere.
import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";

const URL = "postgresql://u:p@127.0.0.1:5432/symetrie";
const SECRET = "x".repeat(32);

describe("parseEnv", () => {
  it("names DATABASE_URL when it is missing", () => {
    expect(() => parseEnv({})).toThrow(EnvError);
    expect(() => parseEnv({})).toThrow(/DATABASE_URL/);
  });

  it("names NEXTAUTH_SECRET when production runs without it", () => {
    expect(() => parseEnv({ NODE_ENV: "production", DATABASE_URL: URL })).toThrow(/NEXTAUTH_SECRET/);
  });

  it("parses a valid environment and fills the defaults", () => {
    const env = parseEnv({ NODE_ENV: "production", DATABASE_URL: URL, NEXTAUTH_SECRET: SECRET });
    expect(env).toMatchObject({ NODE_ENV: "production", DATABASE_URL: URL, NEXTAUTH_SECRET: SECRET, DB_POOL_MAX: 10 });
    expect(env.MAIL_FROM).toContain("@");
    expect(parseEnv({ DATABASE_URL: URL }).NODE_ENV).toBe("development");
  });

  it("sign-in limits default to 5 per account and 20 per address per 15 minutes, and refuse nonsense", () => {
    expect(parseEnv({ DATABASE_URL: URL })).toMatchObject({
      SIGN_IN_LIMIT_PER_ACCOUNT: 5,
      SIGN_IN_LIMIT_PER_ADDRESS: 20,
      SIGN_IN_WINDOW_SECONDS: 900,
    });
    expect(parseEnv({ DATABASE_URL: URL, SIGN_IN_LIMIT_PER_ACCOUNT: "3" }).SIGN_IN_LIMIT_PER_ACCOUNT).toBe(3);
    expect(() => parseEnv({ DATABASE_URL: URL, SIGN_IN_LIMIT_PER_ACCOUNT: "0" })).toThrow(/SIGN_IN_LIMIT_PER_ACCOUNT/);
    expect(() => parseEnv({ DATABASE_URL: URL, SIGN_IN_WINDOW_SECONDS: "soon" })).toThrow(/SIGN_IN_WINDOW_SECONDS/);
  });

  it("SCIM_RATE_LIMIT_PER_MINUTE defaults to 600 requests per token and refuses nonsense", () => {
    expect(parseEnv({ DATABASE_URL: URL }).SCIM_RATE_LIMIT_PER_MINUTE).toBe(600);
    expect(parseEnv({ DATABASE_URL: URL, SCIM_RATE_LIMIT_PER_MINUTE: "1200" }).SCIM_RATE_LIMIT_PER_MINUTE).toBe(1200);
    for (const bad of ["0", "-1", "1.5", "lots", "1000001"]) {
      expect(() => parseEnv({ DATABASE_URL: URL, SCIM_RATE_LIMIT_PER_MINUTE: bad })).toThrow(/SCIM_RATE_LIMIT_PER_MINUTE/);
    }
  });

  it("WEBHOOK_ALLOW_PRIVATE_TARGETS is off unless set, and refuses anything but true/false", () => {
    expect(parseEnv({ DATABASE_URL: URL }).WEBHOOK_ALLOW_PRIVATE_TARGETS).toBe(false);
    expect(parseEnv({ DATABASE_URL: URL, WEBHOOK_ALLOW_PRIVATE_TARGETS: "true" }).WEBHOOK_ALLOW_PRIVATE_TARGETS).toBe(true);
    expect(parseEnv({ DATABASE_URL: URL, WEBHOOK_ALLOW_PRIVATE_TARGETS: "0" }).WEBHOOK_ALLOW_PRIVATE_TARGETS).toBe(false);
    expect(() => parseEnv({ DATABASE_URL: URL, WEBHOOK_ALLOW_PRIVATE_TARGETS: "yes" })).toThrow(
      /WEBHOOK_ALLOW_PRIVATE_TARGETS: must be true or false/,
    );
  });

  it("runs with the unit tier's unreachable DATABASE_URL (no real database here)", () => {
    expect(process.env.DATABASE_URL).toBe("postgresql://invalid:invalid@127.0.0.1:1/none");
  });

  it("SSO_SECRET_KEY is optional, and when set must be 32 bytes in base64", () => {
    expect(parseEnv({ DATABASE_URL: URL }).SSO_SECRET_KEY).toBeUndefined();
    const key = Buffer.alloc(32, 7).toString("base64");
    expect(parseEnv({ DATABASE_URL: URL, SSO_SECRET_KEY: key }).SSO_SECRET_KEY).toBe(key);
    expect(() => parseEnv({ DATABASE_URL: URL, SSO_SECRET_KEY: Buffer.alloc(16).toString("base64") })).toThrow(/SSO_SECRET_KEY/);
    expect(() => parseEnv({ DATABASE_URL: URL, SSO_SECRET_KEY: "not base64 at all!" })).toThrow(/SSO_SECRET_KEY/);
  });
});
