// The OpenID Connect relying party of an organisation's single sign-on, on openid-client v6:
// discovery of the issuer, authorization code flow with PKCE, `state` and `nonce`, and the ID token
// validated by the library (issuer, audience, expiry, signature through the provider's JWKS).
// Tokens are never logged nor stored: only the verified claims leave this module.
import * as client from "openid-client";
import { env } from "@/lib/env";

export type SsoClient = { issuer: string; clientId: string; clientSecret: string };

export type SsoIdentity = { subject: string; email: string; emailVerified: boolean; name: string | null };

/** Discovery failed or the provider's answer was refused; its message is for the audit, not the user. */
export class SsoError extends Error {
  constructor(
    readonly code: "discovery" | "callback" | "claims",
    message: string,
  ) {
    super(message);
  }
}

/** Plain http: issuers only on loopback and only when SSO_ALLOW_HTTP_LOOPBACK_ISSUER is on (the tests' provider). */
function isLoopbackHttp(url: URL): boolean {
  return url.protocol === "http:" && ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
}

export async function discover(
  sso: SsoClient,
  timeoutSeconds = 10,
  allowHttpLoopback = env().SSO_ALLOW_HTTP_LOOPBACK_ISSUER,
): Promise<client.Configuration> {
  let issuer: URL;
  try {
    issuer = new URL(sso.issuer);
  } catch {
    throw new SsoError("discovery", "The issuer is not a URL");
  }
  const insecure = allowHttpLoopback && isLoopbackHttp(issuer);
  if (issuer.protocol !== "https:" && !insecure) {
    throw new SsoError("discovery", "The issuer must be an https:// URL");
  }
  try {
    return await client.discovery(issuer, sso.clientId, undefined, client.ClientSecretPost(sso.clientSecret), {
      timeout: timeoutSeconds,
      execute: insecure ? [client.allowInsecureRequests] : [],
    });
  } catch (error) {
    throw new SsoError("discovery", `Discovery failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** What went wrong, for the audit: the library's code, its message, and the claim it checked if any. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return "Callback refused";
  const code = (error as { code?: unknown }).code;
  let claim: unknown;
  for (let cause: unknown = error.cause, depth = 0; cause && typeof cause === "object" && depth < 3; depth++) {
    claim ??= (cause as { claim?: unknown }).claim;
    cause = (cause as { cause?: unknown }).cause;
  }
  return `${typeof code === "string" ? code : error.name}: ${error.message}${typeof claim === "string" ? ` (claim ${claim})` : ""}`;
}

export type AuthorizationStart = { url: URL; state: string; nonce: string; codeVerifier: string };

export async function startAuthorization(
  config: client.Configuration,
  redirectUri: string,
  loginHint?: string,
): Promise<AuthorizationStart> {
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const parameters: Record<string, string> = {
    redirect_uri: redirectUri,
    response_type: "code",
    scope: "openid email profile",
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: "S256",
    state,
    nonce,
  };
  if (loginHint) parameters.login_hint = loginHint;
  return { url: client.buildAuthorizationUrl(config, parameters), state, nonce, codeVerifier };
}

/**
 * Exchanges the code of `currentUrl` (the callback as received) and returns the verified identity.
 * openid-client checks state, PKCE, nonce, and the ID token's signature, issuer, audience and expiry.
 */
export async function finishAuthorization(
  config: client.Configuration,
  currentUrl: URL,
  checks: { state: string; nonce: string; codeVerifier: string },
): Promise<SsoIdentity> {
  let claims: Record<string, unknown> | undefined;
  try {
    const tokens = await client.authorizationCodeGrant(config, currentUrl, {
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      pkceCodeVerifier: checks.codeVerifier,
      idTokenExpected: true,
    });
    const idToken = tokens.claims();
    if (!idToken) throw new SsoError("claims", "No ID token");
    claims = { ...idToken };
    // Providers that keep profile claims for the UserInfo endpoint (OpenID Connect Core §5.4, code
    // flow) send an ID token without `email`: asked there, for the ID token's own subject.
    if (typeof idToken.email !== "string" && tokens.access_token && config.serverMetadata().userinfo_endpoint) {
      const userInfo = await client.fetchUserInfo(config, tokens.access_token, idToken.sub);
      claims = { ...userInfo, ...idToken, email: userInfo.email, email_verified: userInfo.email_verified };
    }
  } catch (error) {
    if (error instanceof SsoError) throw error;
    throw new SsoError("callback", describe(error));
  }
  const email = typeof claims.email === "string" ? claims.email.trim().toLowerCase() : "";
  if (!email) throw new SsoError("claims", "Neither the ID token nor UserInfo has an email claim");
  return {
    subject: String(claims.sub),
    email,
    // Entra ID sends no email_verified for work accounts; its optional claim xms_edov (email domain
    // owner verified) stands for it (docs/sso.md "Microsoft Entra ID").
    emailVerified: claims.email_verified === true || claims.xms_edov === true,
    name: typeof claims.name === "string" ? claims.name.slice(0, 200) : null,
  };
}
