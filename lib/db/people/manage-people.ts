// The people directory's writes (ADMIN, HR; issue 12 §3, §5): add a person, edit their name,
// role, team and HR id, deactivate and reactivate them, and send or resend their invitation.
// Nobody gives or edits a role above their own (canAssignRole); nobody deactivates or demotes
// themselves, and the organisation keeps at least one active ADMIN. Archived teams take no new
// people. A deactivated person cannot sign in (findActor), their open links stop working, their
// anonymous answers stay. Every change is audited; bad input writes nothing.
import { INVITATION_DAYS } from "@/lib/accounts/account-token";
import type { Actor } from "@/lib/auth/actor-types";
import { can, canAssignRole } from "@/lib/auth/policy";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { personFieldErrors, ZNewPerson, ZPersonFields, type PersonFieldErrors } from "@/lib/organisations/person-schema";
import { isUuid } from "@/lib/patterns";
import { db } from "../client";
import type { Locale, Prisma } from "../generated/client";
import { issueAccountToken } from "../internal/accounts/issue-account-token";
import { withOrganisation } from "../tenant-context";

export type PersonWriteResult = { ok: true; membershipId: string } | { ok: false; fieldErrors: PersonFieldErrors };

type Tx = Prisma.TransactionClient;

function requirePeopleManager(actor: Actor) {
  if (!can(actor, "people:manage")) throw new ForbiddenError();
}

async function findMembership(tx: Tx, actor: Actor, membershipId: string) {
  if (!isUuid(membershipId)) throw new NotFoundError("person");
  const membership = await tx.membership.findFirst({
    where: { id: membershipId.toLowerCase(), organisationId: actor.organisationId },
    select: {
      id: true,
      userId: true,
      role: true,
      active: true,
      teamId: true,
      externalId: true,
      user: { select: { name: true, email: true } },
    },
  });
  if (!membership) throw new NotFoundError("person");
  // Someone whose role is above the actor's is out of their reach, as a 403.
  if (!canAssignRole(actor, membership.role)) throw new ForbiddenError();
  return membership;
}

/** The team must be a live team of the organisation (archived teams take no new people). */
async function teamProblem(tx: Tx, actor: Actor, teamId: string | null): Promise<string | null> {
  if (teamId === null) return null;
  const team = await tx.team.findFirst({ where: { id: teamId, organisationId: actor.organisationId }, select: { archivedAt: true } });
  if (!team) return "must be a team of the organisation";
  return team.archivedAt ? "is archived: it takes no new people" : null;
}

async function externalIdTaken(tx: Tx, actor: Actor, externalId: string | null, except?: string) {
  if (externalId === null) return false;
  return (
    (await tx.membership.count({
      where: { organisationId: actor.organisationId, externalId, ...(except ? { NOT: { id: except } } : {}) },
    })) > 0
  );
}

async function otherActiveAdmins(tx: Tx, actor: Actor, membershipId: string) {
  return tx.membership.count({ where: { organisationId: actor.organisationId, role: "ADMIN", active: true, NOT: { id: membershipId } } });
}

async function audit(tx: Tx, actor: Actor, action: string, membershipId: string, metadata: Prisma.InputJsonObject = {}) {
  await tx.auditLog.create({
    data: {
      organisationId: actor.organisationId,
      actorId: actor.membershipId,
      action,
      targetType: "Membership",
      targetId: membershipId,
      metadata,
    },
  });
}

const ROLE_TOO_HIGH = { role: "is above your own role" };

export async function createPerson(actor: Actor, input: unknown): Promise<PersonWriteResult> {
  return withOrganisation(actor.organisationId, async () => {
    requirePeopleManager(actor);
    const parsed = ZNewPerson.safeParse(input);
    if (!parsed.success) return { ok: false, fieldErrors: personFieldErrors(parsed.error) };
    const person = parsed.data;
    if (!canAssignRole(actor, person.role)) return { ok: false, fieldErrors: ROLE_TOO_HIGH };
    return db().$transaction(async (tx): Promise<PersonWriteResult> => {
      const team = await teamProblem(tx, actor, person.teamId);
      if (team) return { ok: false, fieldErrors: { teamId: team } };
      if (await externalIdTaken(tx, actor, person.externalId))
        return { ok: false, fieldErrors: { externalId: "is already another person's" } };
      // One identity per address across organisations: someone already known elsewhere joins this one too.
      const user = await tx.user.upsert({
        where: { email: person.email },
        create: { email: person.email, name: person.name, locale: person.locale },
        update: {},
        select: { id: true },
      });
      if (await tx.membership.count({ where: { organisationId: actor.organisationId, userId: user.id } }))
        return { ok: false, fieldErrors: { email: "already belongs to someone in the organisation" } };
      const membership = await tx.membership.create({
        data: {
          organisationId: actor.organisationId,
          userId: user.id,
          role: person.role,
          teamId: person.teamId,
          externalId: person.externalId,
        },
        select: { id: true },
      });
      await audit(tx, actor, "person.create", membership.id, { email: person.email, role: person.role, teamId: person.teamId });
      return { ok: true, membershipId: membership.id };
    });
  });
}

export async function updatePerson(actor: Actor, membershipId: string, input: unknown): Promise<PersonWriteResult> {
  return withOrganisation(actor.organisationId, async () => {
    requirePeopleManager(actor);
    const parsed = ZPersonFields.safeParse(input);
    return db().$transaction(async (tx): Promise<PersonWriteResult> => {
      const before = await findMembership(tx, actor, membershipId);
      if (!parsed.success) return { ok: false, fieldErrors: personFieldErrors(parsed.error) };
      const next = parsed.data;
      if (!canAssignRole(actor, next.role)) return { ok: false, fieldErrors: ROLE_TOO_HIGH };
      if (before.id === actor.membershipId && next.role !== before.role)
        return { ok: false, fieldErrors: { role: "cannot be changed for yourself" } };
      if (before.role === "ADMIN" && next.role !== "ADMIN" && before.active && (await otherActiveAdmins(tx, actor, before.id)) === 0)
        return { ok: false, fieldErrors: { role: "is the organisation's last administrator's: name another one first" } };
      if (next.teamId !== before.teamId) {
        const team = await teamProblem(tx, actor, next.teamId);
        if (team) return { ok: false, fieldErrors: { teamId: team } };
      }
      if (await externalIdTaken(tx, actor, next.externalId, before.id))
        return { ok: false, fieldErrors: { externalId: "is already another person's" } };
      await tx.membership.update({ where: { id: before.id }, data: { role: next.role, teamId: next.teamId, externalId: next.externalId } });
      // Further managed subtrees belong to the manager role only.
      if (next.role !== "MANAGER")
        await tx.managedTeam.deleteMany({ where: { organisationId: actor.organisationId, membershipId: before.id } });
      await tx.user.update({ where: { id: before.userId }, data: { name: next.name } });
      const was: Record<string, unknown> = {
        name: before.user.name,
        role: before.role,
        teamId: before.teamId,
        externalId: before.externalId,
      };
      const changes = Object.fromEntries(
        Object.entries(next)
          .filter(([field, value]) => was[field] !== value)
          .map(([field, value]) => [field, { from: (was[field] ?? null) as Prisma.InputJsonValue, to: value as Prisma.InputJsonValue }]),
      );
      if (Object.keys(changes).length > 0) await audit(tx, actor, changes.role ? "person.role" : "person.update", before.id, { changes });
      return { ok: true, membershipId: before.id };
    });
  });
}

export async function setPersonActive(actor: Actor, membershipId: string, active: boolean): Promise<PersonWriteResult> {
  return withOrganisation(actor.organisationId, async () => {
    requirePeopleManager(actor);
    return db().$transaction(async (tx): Promise<PersonWriteResult> => {
      const person = await findMembership(tx, actor, membershipId);
      if (person.active === active) return { ok: true, membershipId: person.id };
      if (!active && person.id === actor.membershipId) return { ok: false, fieldErrors: { form: "you cannot deactivate yourself" } };
      if (!active && person.role === "ADMIN" && (await otherActiveAdmins(tx, actor, person.id)) === 0)
        return { ok: false, fieldErrors: { form: "the organisation's last administrator cannot be deactivated" } };
      if (active && person.teamId) {
        const team = await teamProblem(tx, actor, person.teamId);
        if (team) return { ok: false, fieldErrors: { teamId: team } };
      }
      await tx.membership.update({ where: { id: person.id }, data: { active } });
      if (!active)
        await tx.accountToken.updateMany({
          where: { organisationId: actor.organisationId, userId: person.userId, usedAt: null, expiresAt: { gt: new Date() } },
          data: { expiresAt: new Date() },
        });
      await audit(tx, actor, active ? "person.reactivate" : "person.deactivate", person.id);
      return { ok: true, membershipId: person.id };
    });
  });
}

export interface InvitationMail {
  email: string;
  token: string;
  expiresAt: Date;
  locale: Locale;
  organisationName: string;
}

export type InviteResult = { ok: true; mail: InvitationMail } | { ok: false; reason: "inactive" | "hasPassword" };

/** A 7-day single-use invitation (older ones voided); the caller mails it. */
export async function invitePerson(actor: Actor, membershipId: string): Promise<InviteResult> {
  return withOrganisation(actor.organisationId, async () => {
    requirePeopleManager(actor);
    return db().$transaction(async (tx): Promise<InviteResult> => {
      const person = await findMembership(tx, actor, membershipId);
      if (!person.active) return { ok: false, reason: "inactive" };
      const user = await tx.user.findUniqueOrThrow({
        where: { id: person.userId },
        select: { passwordHash: true, locale: true, email: true },
      });
      if (user.passwordHash) return { ok: false, reason: "hasPassword" };
      const { token, expiresAt } = await issueAccountToken(tx, {
        organisationId: actor.organisationId,
        userId: person.userId,
        purpose: "INVITATION",
        ttlMs: INVITATION_DAYS * 86_400_000,
        createdById: actor.membershipId,
      });
      await audit(tx, actor, "person.invite", person.id, { expiresAt: expiresAt.toISOString() });
      return { ok: true, mail: { email: user.email, token, expiresAt, locale: user.locale, organisationName: actor.organisationName } };
    });
  });
}
