// Sign-out by plain form post (works before the page hydrates, and without JavaScript):
// sessions are JWTs in cookies, so ending one means deleting its cookies.
import { cookies } from "next/headers";
import { isLocale, defaultLocale } from "@/lib/i18n/config";
import { isSameOrigin } from "@/lib/http/same-origin";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export async function POST(request: Request) {
  const form = await request.formData().catch(() => null);
  const raw = form?.get("locale");
  const locale = isLocale(raw) ? raw : defaultLocale;
  if (!isSameOrigin(request)) return new Response("Cross-site sign-out refused.", { status: 403 });
  const jar = await cookies();
  for (const cookie of jar.getAll()) {
    // next-auth splits large tokens into name.0, name.1…
    if (SESSION_COOKIES.some((name) => cookie.name === name || cookie.name.startsWith(`${name}.`))) jar.delete(cookie.name);
  }
  return new Response(null, { status: 303, headers: { location: `/${locale}/sign-in?signedOut=1` } });
}
