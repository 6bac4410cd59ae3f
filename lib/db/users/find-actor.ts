// Loads the Actor for a signed-in user id: their active membership, organisation, team path
// and, for a manager, the roots of every subtree they manage. Returns null when the user or membership no longer exists (session outlived it),
// or when the session was signed before the person's last password change (sessionVersion).
// A session from single sign-on is bound to the organisation that signed it (`ssoOrganisationId`);
// any other session is a password session, which an SSO-only organisation refuses to anyone but
// its break-glass admins (docs/sso.md), even when it was signed before SSO-only was turned on.
import type { Actor } from "@/lib/auth/actor-types";
import { db } from "../client";
import type { Prisma } from "../generated/client";
import { asSystem } from "../tenant-context";

const ACTOR_SELECT = {
  id: true,
  role: true,
  teamId: true,
  team: { select: { path: true } },
  managedTeams: { select: { team: { select: { path: true } } } },
  user: { select: { id: true, name: true, email: true, locale: true } },
  organisation: { select: { id: true, name: true, minGroupSize: true } },
} as const;

export async function findActor(userId: string, sessionVersion?: number, ssoOrganisationId?: string): Promise<Actor | null> {
  return asSystem(async () => {
    const membership = await db().membership.findFirst({
      where: {
        userId,
        active: true,
        ...(sessionVersion === undefined ? {} : { user: { sessionVersion } }),
        ...(ssoOrganisationId === undefined ? {} : { organisationId: ssoOrganisationId }),
      },
      orderBy: { createdAt: "asc" },
      select: { ...ACTOR_SELECT, organisation: { select: { ...ACTOR_SELECT.organisation.select, sso: { select: SSO_ONLY } } } },
    });
    if (!membership) return null;
    const sso = membership.organisation.sso;
    if (ssoOrganisationId === undefined && sso?.ssoOnly && !sso.breakGlassUserIds.includes(userId)) return null;
    return toActor(membership);
  });
}

const SSO_ONLY = { ssoOnly: true, breakGlassUserIds: true } as const;

/** The Actor of one active membership, for a job acting on someone's behalf (their monthly email). */
export async function findMembershipActor(membershipId: string): Promise<Actor | null> {
  return asSystem(async () => {
    const membership = await db().membership.findFirst({ where: { id: membershipId, active: true }, select: ACTOR_SELECT });
    return membership ? toActor(membership) : null;
  });
}

type ActorRow = Prisma.MembershipGetPayload<{ select: typeof ACTOR_SELECT }>;

function toActor(membership: ActorRow): Actor {
  return {
    kind: "user",
    userId: membership.user.id,
    membershipId: membership.id,
    name: membership.user.name,
    email: membership.user.email,
    locale: membership.user.locale,
    organisationId: membership.organisation.id,
    organisationName: membership.organisation.name,
    role: membership.role,
    teamId: membership.teamId,
    teamPath: membership.team?.path ?? null,
    managedPaths:
      membership.role === "MANAGER"
        ? [...(membership.team ? [membership.team.path] : []), ...membership.managedTeams.map((managed) => managed.team.path)]
        : [],
    minGroupSize: Math.max(3, membership.organisation.minGroupSize),
  };
}
