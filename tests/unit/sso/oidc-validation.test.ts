// The ID token checks of lib/sso/oidc.ts (openid-client v6), against a minimal issuer on loopback
// that signs with a local RSA key: the negative cases (wrong audience, expired, wrong nonce, foreign
// signature, forged state) are produced on purpose here. The real-provider e2e run is docs/sso.md's.
import { createServer, type Server } from "node:http";
import { generateKeyPairSync, sign, type KeyObject } from "node:crypto";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { discover, finishAuthorization, SsoError, startAuthorization } from "@/lib/sso/oidc";

// The issuer below is plain http on loopback: accepted only with this flag (off in production).
process.env.SSO_ALLOW_HTTP_LOOPBACK_ISSUER = "true";

const CLIENT = "symetrie-test";
const REDIRECT = "http://127.0.0.1:3999/api/sso/callback";
const key = generateKeyPairSync("rsa", { modulusLength: 2048 });
const foreign = generateKeyPairSync("rsa", { modulusLength: 2048 });

let server: Server;
let issuer = "";
let claims: Record<string, unknown> = {};
let signer: KeyObject = key.privateKey;

function jwt(payload: Record<string, unknown>, privateKey: KeyObject): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const input = `${part({ alg: "RS256", typ: "JWT", kid: "k1" })}.${part(payload)}`;
  return `${input}.${sign("sha256", Buffer.from(input), privateKey).toString("base64url")}`;
}

beforeAll(async () => {
  server = createServer((request, response) => {
    const json = (body: unknown) => {
      response.setHeader("content-type", "application/json");
      response.end(JSON.stringify(body));
    };
    if (request.url === "/.well-known/openid-configuration") {
      return json({
        issuer,
        authorization_endpoint: `${issuer}/auth`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ["code"],
        subject_types_supported: ["public"],
        id_token_signing_alg_values_supported: ["RS256"],
      });
    }
    if (request.url === "/jwks") {
      return json({ keys: [{ ...key.publicKey.export({ format: "jwk" }), kid: "k1", alg: "RS256", use: "sig" }] });
    }
    if (request.url === "/token" && request.method === "POST") {
      const now = Math.floor(Date.now() / 1000);
      const payload = {
        iss: issuer,
        aud: CLIENT,
        sub: "u1",
        iat: now,
        exp: now + 300,
        email: "jo@acme.fr",
        email_verified: true,
        ...claims,
      };
      return json({ access_token: "at", token_type: "Bearer", expires_in: 300, id_token: jwt(payload, signer) });
    }
    response.statusCode = 404;
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  claims = {};
  signer = key.privateKey;
});

async function roundTrip(options: { returnedState?: string; nonce?: string } = {}) {
  const config = await discover({ issuer, clientId: CLIENT, clientSecret: "secret" });
  const start = await startAuthorization(config, REDIRECT, "jo@acme.fr");
  expect(start.url.searchParams.get("code_challenge_method")).toBe("S256");
  expect(start.url.searchParams.get("scope")).toBe("openid email profile");
  claims = { nonce: options.nonce ?? start.nonce, ...claims };
  const callback = new URL(REDIRECT);
  callback.searchParams.set("code", "c0de");
  callback.searchParams.set("state", options.returnedState ?? start.state);
  return finishAuthorization(config, callback, start);
}

describe("OpenID Connect ID token validation", () => {
  it("accepts a good token and returns only the verified claims", async () => {
    await expect(roundTrip()).resolves.toEqual({ subject: "u1", email: "jo@acme.fr", emailVerified: true, name: null });
  });

  it("reads email_verified, or Entra ID's xms_edov, and nothing else, as a verified email", async () => {
    claims = { email_verified: false };
    await expect(roundTrip()).resolves.toMatchObject({ emailVerified: false });
    claims = { email_verified: undefined, xms_edov: true };
    await expect(roundTrip()).resolves.toMatchObject({ emailVerified: true });
    claims = { email_verified: "true" };
    await expect(roundTrip()).resolves.toMatchObject({ emailVerified: false });
  });

  it("refuses a token for another audience", async () => {
    claims = { aud: "someone-else" };
    await expect(roundTrip()).rejects.toBeInstanceOf(SsoError);
  });

  it("refuses an expired token", async () => {
    const now = Math.floor(Date.now() / 1000);
    claims = { iat: now - 3600, exp: now - 1800 };
    await expect(roundTrip()).rejects.toBeInstanceOf(SsoError);
  });

  it("refuses a token from another issuer, a wrong nonce and a signature by another key", async () => {
    claims = { iss: "https://evil.example" };
    await expect(roundTrip()).rejects.toBeInstanceOf(SsoError);
    claims = {};
    await expect(roundTrip({ nonce: "n".repeat(43) })).rejects.toBeInstanceOf(SsoError);
    signer = foreign.privateKey;
    await expect(roundTrip()).rejects.toBeInstanceOf(SsoError);
  });

  it("refuses a callback with a forged state", async () => {
    await expect(roundTrip({ returnedState: "forged-state-forged-state" })).rejects.toMatchObject({ code: "callback" });
  });

  it("refuses a token without an email", async () => {
    claims = { email: undefined };
    await expect(roundTrip()).rejects.toMatchObject({ code: "claims" });
  });

  it("refuses an issuer that does not answer discovery, and plain http off loopback", async () => {
    const dead = `http://127.0.0.1:1`;
    await expect(discover({ issuer: dead, clientId: CLIENT, clientSecret: "s" }, 2)).rejects.toMatchObject({ code: "discovery" });
    await expect(discover({ issuer: "http://idp.example", clientId: CLIENT, clientSecret: "s" })).rejects.toMatchObject({
      code: "discovery",
    });
    // Without SSO_ALLOW_HTTP_LOOPBACK_ISSUER, a live http issuer on loopback is refused before any request.
    await expect(discover({ issuer, clientId: CLIENT, clientSecret: "s" }, 2, false)).rejects.toMatchObject({
      code: "discovery",
      message: "The issuer must be an https:// URL",
    });
    await expect(discover({ issuer: "not a url", clientId: CLIENT, clientSecret: "s" })).rejects.toMatchObject({ code: "discovery" });
  });
});
