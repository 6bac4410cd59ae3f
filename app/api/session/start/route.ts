// Sign-in by plain form post: works before hydration and without JavaScript, and never puts
// a password in a URL. Checks the credentials like next-auth's provider does (attemptSignIn:
// rate limits first, 429 past them), then issues next-auth's own session cookie, so
// getServerSession reads it as usual.
import { encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { authSecret, sessionCookieName, SESSION_MAX_AGE_SECONDS, ZCredentials } from "@/lib/auth/options";
import { attemptSignIn, SIGN_IN_ADDRESS } from "@/lib/auth/attempt-sign-in";
import { forgetSignInEmail, rememberSignInEmail } from "@/lib/auth/sign-in-email";
import { clientAddressKey } from "@/lib/http/client-address";
import { signInLimitedResponse } from "@/lib/http/sign-in-limited";
import { isLocale, defaultLocale } from "@/lib/i18n/config";
import { isSameOrigin } from "@/lib/http/same-origin";

function redirect(location: string) {
  return new Response(null, { status: 303, headers: { location } });
}

/** Only same-site paths of this locale: never an open redirect. Else /{locale}/home, which sends
 * every role but EMPLOYEE on to the dashboard (lib/auth/landing.ts): the role is not known here. */
function safeCallback(raw: FormDataEntryValue | null | undefined, locale: string): string {
  return typeof raw === "string" && raw.startsWith(`/${locale}/`) && !raw.startsWith("//") ? raw : `/${locale}/home`;
}

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
  await forgetSignInEmail();
  const { user } = outcome;
  const token = await encode({
    token: { sub: user.id, name: user.name, email: user.email, sv: user.sessionVersion },
    secret: authSecret(),
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  const secure = sessionCookieName().startsWith("__Secure-");
  (await cookies()).set(sessionCookieName(), token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure,
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  return redirect(callbackUrl);
}
