// next-auth configuration: email + password (bcrypt), JWT sessions holding only the user
// id. Who the user is allowed to be is re-read from the database on every request (getActor).
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { env } from "@/lib/env";
import { clientAddressKey } from "@/lib/http/client-address";
import { attemptSignIn, SIGN_IN_ADDRESS } from "./attempt-sign-in";
import { authSecret } from "./secret";

// Still exported from here for callers not yet moved to ./secret (lib/db must not import this file).
export { authSecret };

export const ZCredentials = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(200),
});

/** The error next-auth's credentials callback carries when a sign-in limit refused the attempt. */
export const SIGN_IN_LIMITED_ERROR = "SignInLimited";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** next-auth's own cookie name: `__Secure-` prefixed when the app is served over https. */
export function sessionCookieName(): string {
  return env().NEXTAUTH_URL?.startsWith("https://") ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/fr/sign-in", error: "/fr/sign-in" },
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(raw, req) {
          const parsed = ZCredentials.safeParse(raw);
          if (!parsed.success) return null;
          const headers = new Headers(Object.entries(req.headers ?? {}).map(([name, value]): [string, string] => [name, String(value)]));
          const outcome = await attemptSignIn({ ...parsed.data, addressKey: clientAddressKey(headers, SIGN_IN_ADDRESS) });
          // next-auth turns a thrown message into ?error=…; the route maps this one to a 429.
          if (outcome.status === "limited") throw new Error(`${SIGN_IN_LIMITED_ERROR}:${outcome.retryAfterSeconds}`);
          return outcome.status === "ok" ? outcome.user : null;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        }
        return token;
      },
      session({ session, token }) {
        return {
          ...session,
          userId: token.sub,
          sessionVersion: typeof token.sv === "number" ? token.sv : 0,
          // Set only by /api/sso/callback (lib/auth/session-cookie.ts): the organisation that signed the session.
          ...(typeof token.org === "string" ? { ssoOrganisationId: token.org } : {}),
        };
      },
    },
  };
}
