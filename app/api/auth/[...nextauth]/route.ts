// next-auth's endpoints (sign-in callback, session, CSRF token, sign-out). A credentials
// callback refused by a sign-in rate limit (lib/auth/attempt-sign-in.ts) comes out of
// next-auth as a redirect carrying its error; it is answered 429 with Retry-After instead.
import NextAuth from "next-auth";
import { authOptions, SIGN_IN_LIMITED_ERROR } from "@/lib/auth/options";
import { defaultLocale } from "@/lib/i18n/config";
import { signInLimitedResponse } from "@/lib/http/sign-in-limited";

const LIMITED = new RegExp(`[?&]error=${SIGN_IN_LIMITED_ERROR}(?:%3A|:)(\\d+)`);

async function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  const response = await NextAuth(authOptions())(request, context);
  if (request.method !== "POST") return response;
  // A form post gets the redirect in Location; signIn() with { json: true } gets it as { url }.
  const target =
    response.headers.get("location") ??
    (
      await response
        .clone()
        .json()
        .catch(() => null)
    )?.url;
  const limited = typeof target === "string" ? LIMITED.exec(target) : null;
  if (!limited) return response;
  return signInLimitedResponse(request, defaultLocale, Number(limited[1]), `/${defaultLocale}/dashboard`);
}

export { handler as GET, handler as POST };
