// Bulk invitations from the people directory (ADMIN, HR; issue 12 §5): everyone of the current
// filter who is active, has no password and no live invitation (nor setup link), within the
// actor's role ceiling, gets a 7-day single-use link — at most BULK_INVITE_LIMIT a click, so one
// request stays bounded; the rest wait for the next click. Links are stored (hash only) and
// audited in one transaction, serialised per organisation so two clicks never invite twice; the
// caller mails them, then voids those the mail server refused so the next click retries them.
import { hashAccountToken, INVITATION_DAYS, newAccountToken } from "@/lib/accounts/account-token";
import { roles, type Actor } from "@/lib/auth/actor-types";
import { can, canAssignRole } from "@/lib/auth/policy";
import { ForbiddenError } from "@/lib/errors";
import type { PeopleFilters } from "@/lib/organisations/person-schema";
import { db } from "../client";
import { uuidV7Batch } from "../contacts/uuid-v7";
import { Prisma, type Locale } from "../generated/client";
import { writeAudit } from "../internal/audit/write-audit";
import { peopleFilterConditions } from "./list-people";
import { withOrganisation } from "../tenant-context";

export const BULK_INVITE_LIMIT = 1000;

export interface BulkInvitationMail {
  membershipId: string;
  email: string;
  token: string;
  locale: Locale;
}

export interface BulkInvitation {
  organisationName: string;
  expiresAt: Date;
  mails: BulkInvitationMail[];
  /** People of the filter still to invite after this click (beyond the limit). */
  remaining: number;
}

function requirePeopleManager(actor: Actor) {
  if (!can(actor, "people:manage")) throw new ForbiddenError();
}

/** The filter's people who would get an invitation: active, no password, no live link, not above the actor. */
async function toInviteWhere(actor: Actor, filters: PeopleFilters): Promise<Prisma.Sql> {
  const conditions = await peopleFilterConditions(actor, { ...filters, status: filters.status === "inactive" ? "inactive" : "active" });
  const reachable = roles.filter((role) => canAssignRole(actor, role));
  conditions.push(
    Prisma.sql`m.active`,
    Prisma.sql`u."passwordHash" IS NULL`,
    Prisma.sql`m.role::text IN (${Prisma.join(reachable)})`,
    Prisma.sql`NOT EXISTS (
      SELECT 1 FROM "AccountToken" a
       WHERE a."organisationId" = m."organisationId" AND a."userId" = m."userId" AND a.purpose IN ('INVITATION', 'SETUP')
         AND a."usedAt" IS NULL AND a."expiresAt" > now())`,
  );
  return Prisma.sql`FROM "Membership" m JOIN "User" u ON u.id = m."userId" LEFT JOIN "Team" t ON t.id = m."teamId"
    WHERE ${Prisma.join(conditions, " AND ")}`;
}

/** How many people "invite everyone not yet invited" would invite now (before the per-click limit). */
export async function countPeopleToInvite(actor: Actor, filters: PeopleFilters): Promise<number> {
  return withOrganisation(actor.organisationId, async () => {
    requirePeopleManager(actor);
    const [row] = await db().$queryRaw<[{ count: number }]>`SELECT count(*)::int AS count ${await toInviteWhere(actor, filters)}`;
    return row.count;
  });
}

export async function invitePeople(actor: Actor, filters: PeopleFilters): Promise<BulkInvitation> {
  return withOrganisation(actor.organisationId, async () => {
    requirePeopleManager(actor);
    const from = await toInviteWhere(actor, filters);
    return db().$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtextextended(${`people-invite:${actor.organisationId}`}, 0))`;
        const people = await tx.$queryRaw<Array<{ membershipId: string; userId: string; email: string; locale: Locale; total: number }>>`
        SELECT m.id::text AS "membershipId", u.id::text AS "userId", u.email, u.locale, (count(*) OVER ())::int AS total ${from}
         ORDER BY lower(u.name), m.id LIMIT ${BULK_INVITE_LIMIT}`;
        const expiresAt = new Date(Date.now() + INVITATION_DAYS * 86_400_000);
        const mails = people.map((p) => ({ membershipId: p.membershipId, email: p.email, token: newAccountToken(), locale: p.locale }));
        const remaining = (people[0]?.total ?? 0) - people.length;
        if (mails.length === 0) return { organisationName: actor.organisationName, expiresAt, mails, remaining };
        // Nobody here holds a live invitation, so there is no older link to void (issueAccountToken's rule holds).
        await tx.$executeRaw`
        INSERT INTO "AccountToken" (id, "organisationId", "userId", purpose, "tokenHash", "expiresAt", "createdById")
        SELECT id, ${actor.organisationId}::uuid, "userId", 'INVITATION', "tokenHash", ${expiresAt}, ${actor.membershipId}::uuid
          FROM unnest(${uuidV7Batch(mails.length)}::uuid[], ${people.map((p) => p.userId)}::uuid[], ${mails.map((m) => hashAccountToken(m.token))}::text[])
            AS x(id, "userId", "tokenHash")`;
        await writeAudit(tx, {
          organisationId: actor.organisationId,
          actorId: actor.membershipId,
          action: "person.invite.bulk",
          targetType: "Membership",
          metadata: { invited: mails.length, remaining, expiresAt: expiresAt.toISOString(), filters: auditedFilters(filters) },
        });
        return { organisationName: actor.organisationName, expiresAt, mails, remaining };
      },
      { timeout: 30_000 },
    );
  });
}

/** Voids the links whose mail the server refused (they open nothing; the next click invites those people again). */
export async function voidUndeliveredInvitations(actor: Actor, tokens: string[]): Promise<number> {
  return withOrganisation(actor.organisationId, async () => {
    requirePeopleManager(actor);
    if (tokens.length === 0) return 0;
    return db().$transaction(async (tx) => {
      const { count } = await tx.accountToken.updateMany({
        where: {
          organisationId: actor.organisationId,
          purpose: "INVITATION",
          usedAt: null,
          tokenHash: { in: tokens.map(hashAccountToken) },
        },
        data: { expiresAt: new Date() },
      });
      if (count > 0)
        await writeAudit(tx, {
          organisationId: actor.organisationId,
          actorId: actor.membershipId,
          action: "person.invite.undelivered",
          targetType: "Membership",
          metadata: { voided: count },
        });
      return count;
    });
  });
}

function auditedFilters(filters: PeopleFilters): Prisma.InputJsonObject {
  const { q, teamId, role } = filters;
  return Object.fromEntries(Object.entries({ q, teamId, role }).filter(([, value]) => value !== undefined)) as Prisma.InputJsonObject;
}
