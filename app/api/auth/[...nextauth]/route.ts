// next-auth's endpoints (sign-in callback, session, CSRF token, sign-out). A credentials
// callback refused by a sign-in rate limit (lib/auth/attempt-sign-in.ts) comes out of
// next-auth as a redirect carrying its error; it is answered 429 with Retry-After instead.
import NextAuth from "next-auth";
import { authOptions, SIGN_IN_LIMITED_ERROR } from "@/lib/auth/options";
import { defaultLocale } from "@/lib/i18n/config";
import { problem } from "@/lib/http/problem";
import { signInLimitedResponse } from "@/lib/http/sign-in-limited";

const LIMITED = new RegExp(`[?&]error=${SIGN_IN_LIMITED_ERROR}(?:%3A|:)(\\d+)`);

/** next-auth's own actions; any other path under /api/auth is not one. */
const ACTIONS = new Set(["signin", "signout", "callback", "session", "csrf", "providers", "error", "verify-request", "_log"]);

async function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  const [action, provider] = (await context.params).nextauth;
  if (!action || !ACTIONS.has(action)) return problem(404, "There is no such sign-in endpoint.");
  // next-auth answers a credentials callback by GET with its own 500 ("not supported").
  if (action === "callback" && provider === "credentials" && request.method !== "POST")
    return problem(400, "Sign in with the sign-in form: this address only takes its post.");
  let response: Response;
  try {
    response = await NextAuth(authOptions())(request, context);
  } catch (error) {
    // next-auth builds URLs and a Location header from what it was sent (callbackUrl, host): a
    // value that makes no URL or no header is a bad request, not a server error.
    if (!(error instanceof TypeError)) throw error;
    console.error(`[auth] refused a malformed request: ${error.message}`);
    return problem(400, "The sign-in request is not valid: go back to the sign-in page and try again.");
  }
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
