// getActor(): the one way pages, actions and routes learn who is acting. Reads the
// next-auth session, then the membership from the database (so a revoked membership
// loses access at once), memoised per request.
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { Locale } from "@/lib/i18n/config";
import { findActor } from "@/lib/db/users/find-actor";
import { authOptions } from "./options";
import type { Actor } from "./actor-types";

export const getActor = cache(async (): Promise<Actor | null> => {
  // Reading cookies first marks the page dynamic, so `next build` never prerenders a
  // signed-in page (nor needs the runtime secret that decoding a session takes).
  await cookies();
  const session = (await getServerSession(authOptions())) as {
    userId?: string;
    sessionVersion?: number;
    ssoOrganisationId?: string;
  } | null;
  if (!session?.userId) return null;
  // A session signed before the last password change or reset has ended; one signed by an
  // organisation's single sign-on acts in that organisation only.
  return findActor(session.userId, session.sessionVersion ?? 0, session.ssoOrganisationId);
});

/** For signed-in pages: the actor, or a redirect to the sign-in page of the locale. */
export async function requireActor(locale: Locale, from: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(from)}`);
  return actor;
}
