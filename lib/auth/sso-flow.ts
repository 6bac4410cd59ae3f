// The two legs of an OpenID Connect sign-in (issue 17 §1, docs/sso.md), shared by /api/sso/start
// and /api/sso/callback: the sign-in page posts an email, its domain names the organisation, the
// browser goes to that organisation's provider with PKCE, `state` and `nonce` sealed in a short
// cookie; the provider sends it back with a code, the ID token is checked, the verified email must
// be an active person of that organisation, and the session minted is bound to it. Every failure
// goes back to the sign-in page with a reason a person can act on; nothing is stored but the audit.
import "server-only";
import { cookies } from "next/headers";
import { z } from "zod";
import { hitRateLimit } from "@/lib/db/rate-limit";
import { completeSsoSignIn, recordSsoFailure, ssoClientFor, ssoForEmail, type OrganisationSsoClient } from "@/lib/db/sso/sso-sign-in";
import { clientAddressKey } from "@/lib/http/client-address";
import { pageBaseUrl } from "@/lib/http/page-base-url";
import { signInLimitedResponse } from "@/lib/http/sign-in-limited";
import { defaultLocale, type Locale } from "@/lib/i18n/config";
import { cachedDiscovery } from "@/lib/sso/discovery-cache";
import { finishAuthorization, SsoError, startAuthorization } from "@/lib/sso/oidc";
import { SsoKeyError } from "@/lib/sso/secret-box";
import { openState, sealState, SSO_STATE_COOKIE, SSO_STATE_TTL_SECONDS, stateMatches } from "@/lib/sso/transient-state";
import { authSecret, sessionCookieName } from "./options";
import { setSessionCookie } from "./session-cookie";
import { forgetSignInEmail, rememberSignInEmail } from "./sign-in-email";

/** A refusal before any identity was known: audited in the organisation, and logged for the operator. */
async function refuse(organisationId: string, reason: string, detail: string): Promise<void> {
  console.warn(`[sso] sign-in refused in organisation ${organisationId}: ${reason}: ${detail.slice(0, 300)}`);
  await recordSsoFailure(organisationId, reason, detail);
}

/** Attempts per client address and window, for each leg: a sign-in takes one of each. */
export const SSO_LIMIT_PER_ADDRESS = 30;
export const SSO_WINDOW_SECONDS = 900;
const STATE_COOKIE_PATH = "/api/sso";

export const ZSsoEmail = z.string().trim().toLowerCase().email().max(320);

/** Why the sign-in page is shown again (?error=); each has its sentence in t.sso. */
export type SsoErrorCode =
  | "sso-email"
  | "sso-unavailable"
  | "sso-failed"
  | "sso-expired"
  | "sso-cancelled"
  | "sso-unverified"
  | "sso-domain"
  | "sso-unknown"
  | "sso-deactivated";

function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { location, "cache-control": "no-store" } });
}

export function backToSignIn(locale: Locale, error: SsoErrorCode, callbackUrl: string): Response {
  const query = new URLSearchParams({ error, ...(callbackUrl ? { callbackUrl } : {}) });
  return seeOther(`/${locale}/sign-in?${query}`);
}

async function limited(request: Request, leg: "start" | "callback", locale: Locale, callbackUrl: string): Promise<Response | null> {
  const limit = await hitRateLimit(clientAddressKey(request.headers, `sso-${leg}`), SSO_LIMIT_PER_ADDRESS, SSO_WINDOW_SECONDS);
  return limit.allowed ? null : signInLimitedResponse(request, locale, limit.retryAfterSeconds, callbackUrl);
}

async function redirectUri(): Promise<string> {
  return `${await pageBaseUrl()}/api/sso/callback`;
}

function stateCookieOptions(maxAge: number) {
  return {
    httpOnly: true,
    // The provider sends the browser back with a top-level GET from its own site: lax cookies come along.
    sameSite: "lax" as const,
    path: STATE_COOKIE_PATH,
    secure: sessionCookieName().startsWith("__Secure-"),
    maxAge,
  };
}

/** The organisation's client, or why there is none usable (its failure audited). */
async function clientOf(organisationId: string): Promise<OrganisationSsoClient | "unavailable" | "failed"> {
  try {
    return (await ssoClientFor(organisationId)) ?? "unavailable";
  } catch (error) {
    if (!(error instanceof SsoKeyError)) throw error;
    console.error(`[sso] ${error.message}`);
    await refuse(organisationId, "key", error.message);
    return "failed";
  }
}

async function configurationOf(sso: OrganisationSsoClient) {
  try {
    return await cachedDiscovery(sso.organisationId, sso.version, sso);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await refuse(sso.organisationId, "discovery", message);
    return null;
  }
}

/** First leg: from the email typed to the organisation's provider. */
export async function startSsoSignIn(request: Request, input: { email: unknown; locale: Locale; callbackUrl: string }) {
  const { locale, callbackUrl } = input;
  await rememberSignInEmail(typeof input.email === "string" ? input.email : null);
  const email = ZSsoEmail.safeParse(input.email);
  if (!email.success) return backToSignIn(locale, "sso-email", callbackUrl);
  const refused = await limited(request, "start", locale, callbackUrl);
  if (refused) return refused;
  const found = await ssoForEmail(email.data);
  if (!found) return backToSignIn(locale, "sso-unavailable", callbackUrl);
  const sso = await clientOf(found.organisationId);
  if (typeof sso === "string") return backToSignIn(locale, sso === "failed" ? "sso-failed" : "sso-unavailable", callbackUrl);
  const config = await configurationOf(sso);
  if (!config) return backToSignIn(locale, "sso-failed", callbackUrl);
  const start = await startAuthorization(config, await redirectUri(), email.data);
  const sealed = sealState(authSecret(), {
    state: start.state,
    nonce: start.nonce,
    codeVerifier: start.codeVerifier,
    organisationId: sso.organisationId,
    locale,
    callbackUrl: callbackUrl || `/${locale}/home`,
    expiresAt: Date.now() + SSO_STATE_TTL_SECONDS * 1000,
  });
  (await cookies()).set(SSO_STATE_COOKIE, sealed, stateCookieOptions(SSO_STATE_TTL_SECONDS));
  return seeOther(start.url.href);
}

/** Second leg: the provider's answer, checked, to a session in the organisation. */
export async function finishSsoSignIn(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const jar = await cookies();
  const transient = openState(authSecret(), jar.get(SSO_STATE_COOKIE)?.value);
  // One use only: whatever happens next, this state is spent.
  jar.set(SSO_STATE_COOKIE, "", stateCookieOptions(0));
  if (!transient) return backToSignIn(defaultLocale, "sso-expired", "");
  const { locale, callbackUrl, organisationId } = transient;
  const refused = await limited(request, "callback", locale, callbackUrl);
  if (refused) return refused;
  if (!stateMatches(transient.state, url.searchParams.get("state"))) {
    await refuse(organisationId, "state", "the callback's state is not the one sent");
    return backToSignIn(locale, "sso-failed", callbackUrl);
  }
  const providerError = url.searchParams.get("error");
  if (providerError) {
    await refuse(organisationId, "provider", `${providerError}: ${url.searchParams.get("error_description") ?? ""}`);
    return backToSignIn(locale, providerError === "access_denied" ? "sso-cancelled" : "sso-failed", callbackUrl);
  }
  const sso = await clientOf(organisationId);
  if (typeof sso === "string") return backToSignIn(locale, sso === "failed" ? "sso-failed" : "sso-unavailable", callbackUrl);
  const config = await configurationOf(sso);
  if (!config) return backToSignIn(locale, "sso-failed", callbackUrl);
  let identity;
  try {
    // The URL as the provider addressed it (behind a proxy, request.url is the internal one).
    identity = await finishAuthorization(config, new URL(`${await redirectUri()}${url.search}`), transient);
  } catch (error) {
    if (!(error instanceof SsoError)) throw error;
    await refuse(organisationId, error.code, error.message);
    return backToSignIn(locale, "sso-failed", callbackUrl);
  }
  const outcome = await completeSsoSignIn(organisationId, identity);
  if (outcome.status === "refused") {
    const code = outcome.reason === "no-sso" ? "sso-unavailable" : (`sso-${outcome.reason}` as const);
    return backToSignIn(locale, code, callbackUrl);
  }
  await forgetSignInEmail();
  await setSessionCookie(outcome.user, organisationId);
  return seeOther(callbackUrl);
}

/** For the sign-in page: whether an email's domain signs in by SSO, and with which provider's name. */
export async function lookupSso(request: Request, rawEmail: string | null): Promise<Response> {
  const headers = { "cache-control": "no-store" };
  const email = ZSsoEmail.safeParse(rawEmail);
  if (!email.success) return Response.json({ sso: null }, { headers });
  const limit = await hitRateLimit(clientAddressKey(request.headers, "sso-lookup"), 120, SSO_WINDOW_SECONDS);
  if (!limit.allowed) return signInLimitedResponse(request, defaultLocale, limit.retryAfterSeconds, "");
  const found = await ssoForEmail(email.data);
  return Response.json({ sso: found ? { displayName: found.displayName, ssoOnly: found.ssoOnly } : null }, { headers });
}
