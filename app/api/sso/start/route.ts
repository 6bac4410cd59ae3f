// First leg of a single sign-on: the sign-in form posts the email here (its « Se connecter avec … »
// button), and the browser goes on to the organisation's provider (lib/auth/sso-flow.ts).
import { signInCallback } from "@/lib/auth/sign-in-callback";
import { startSsoSignIn } from "@/lib/auth/sso-flow";
import { isSameOrigin } from "@/lib/http/same-origin";
import { defaultLocale, isLocale } from "@/lib/i18n/config";

export async function POST(request: Request) {
  if (!isSameOrigin(request)) return new Response("Cross-site sign-in refused.", { status: 403 });
  const form = await request.formData().catch(() => null);
  const rawLocale = form?.get("locale");
  const locale = isLocale(rawLocale) ? rawLocale : defaultLocale;
  return startSsoSignIn(request, { email: form?.get("email"), locale, callbackUrl: signInCallback(form?.get("callbackUrl"), locale) });
}
