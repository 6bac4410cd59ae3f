// Sign-in by plain form post: works before hydration and without JavaScript, and never puts
// a password in a URL. Checks the credentials like next-auth's provider does (attemptSignIn:
// rate limits first, 429 past them), then issues next-auth's own session cookie, so
// getServerSession reads it as usual.
import { ZCredentials } from "@/lib/auth/options";
import { setSessionCookie } from "@/lib/auth/session-cookie";
import { signInCallback } from "@/lib/auth/sign-in-callback";
import { attemptSignIn, SIGN_IN_ADDRESS } from "@/lib/auth/attempt-sign-in";
import { forgetSignInEmail, rememberSignInEmail } from "@/lib/auth/sign-in-email";
import { clientAddressKey } from "@/lib/http/client-address";
import { signInLimitedResponse } from "@/lib/http/sign-in-limited";
import { isLocale, defaultLocale } from "@/lib/i18n/config";
import { isSameOrigin } from "@/lib/http/same-origin";

function redirect(location: string) {
  return new Response(null, { status: 303, headers: { location } });
}

/** A same-site path of this locale, else /{locale}/home, which sends every role but EMPLOYEE on to
 * the dashboard (lib/auth/landing.ts): the role is not known here. */
const safeCallback = (raw: unknown, locale: string) => signInCallback(raw, locale) || `/${locale}/home`;

export async function POST(request: Request) {
  const form = await request.formData().catch(() => null);
  const rawLocale = form?.get("locale");
  const locale = isLocale(rawLocale) ? rawLocale : defaultLocale;
  const callbackUrl = safeCallback(form?.get("callbackUrl"), locale);
  const failed = async (error: string) => {
    // The form comes back with the address still typed (only the password to retype).
    await rememberSignInEmail(form?.get("email"));
    return redirect(`/${locale}/sign-in?error=${error}&callbackUrl=${encodeURIComponent(callbackUrl)}`);
  };
  if (!isSameOrigin(request)) return new Response("Cross-site sign-in refused.", { status: 403 });
  const parsed = ZCredentials.safeParse({ email: form?.get("email"), password: form?.get("password") });
  if (!parsed.success) return failed("invalid-input");
  const outcome = await attemptSignIn({ ...parsed.data, addressKey: clientAddressKey(request.headers, SIGN_IN_ADDRESS) });
  if (outcome.status === "limited") {
    await rememberSignInEmail(form?.get("email"));
    return signInLimitedResponse(request, locale, outcome.retryAfterSeconds, callbackUrl);
  }
  if (outcome.status === "invalid") return failed("invalid");
  // The password was right, so saying why is no enumeration: this organisation signs in by SSO.
  if (outcome.status === "sso-required") return failed("sso-required");
  await forgetSignInEmail();
  await setSessionCookie(outcome.user);
  return redirect(callbackUrl);
}
