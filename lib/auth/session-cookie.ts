// Issues next-auth's own session cookie for a user whose identity this server checked itself (the
// plain sign-in form post, the single sign-on callback), so getServerSession reads it as usual.
// A single sign-on session names the organisation that signed it: getActor then acts in that
// organisation only (lib/db/users/find-actor.ts).
import "server-only";
import { encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import type { VerifiedUser } from "@/lib/db/users/verify-credentials";
import { authSecret, sessionCookieName, SESSION_MAX_AGE_SECONDS } from "./options";

export async function setSessionCookie(user: VerifiedUser, ssoOrganisationId?: string): Promise<void> {
  const token = await encode({
    token: {
      sub: user.id,
      name: user.name,
      email: user.email,
      sv: user.sessionVersion,
      ...(ssoOrganisationId ? { org: ssoOrganisationId } : {}),
    },
    secret: authSecret(),
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  (await cookies()).set(sessionCookieName(), token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: sessionCookieName().startsWith("__Secure-"),
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
}
