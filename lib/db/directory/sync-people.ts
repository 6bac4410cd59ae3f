// Applies the HR-system sync of the people (issue 12 §4) for an ADMIN or HR user (CSV page) or an
// API key with the directory:write scope: the plan is worked out from the current people and teams
// (lib/organisations/people-sync.ts); any row error, or a dry run, writes nothing. Otherwise, in
// one transaction under the tree lock, set-based (100 000 people in one request): accounts and
// memberships created, names, addresses, roles and HR ids set, teams changed, people deactivated
// (their open links voided) or reactivated, the opted-in moments of truth created, and one audit
// row with the counts and every role change. Sending the same body again changes nothing.
import type { Principal } from "@/lib/auth/actor-types";
import { canAssignRole } from "@/lib/auth/policy";
import {
  peopleSyncCounts,
  planPeopleSync,
  ZPeopleSyncRow,
  type ExistingPerson,
  type PeopleSyncPlan,
  type SyncTeamRef,
} from "@/lib/organisations/people-sync";
import type { SyncRowError } from "@/lib/organisations/team-sync";
import type { Prisma } from "../generated/client";
import { createSyncEvents, syncCreatesEvents } from "../internal/directory/sync-events";
import { auditDirectorySync, inDirectorySync } from "../internal/directory/directory-sync-transaction";
import { withOrganisation } from "../tenant-context";

export type PeopleSyncResult = {
  dryRun: boolean;
  mirror: boolean;
  applied: boolean;
  counts: ReturnType<typeof peopleSyncCounts>;
  errors: SyncRowError[];
  /** What changes, by HR id (lists cut at 1 000 each; the counts are exact). */
  changes: { created: string[]; updated: string[]; moved: string[]; deactivated: string[]; reactivated: string[] };
  /** Moments of truth created (0 unless the organisation opted in). */
  events: number;
};

type Tx = Prisma.TransactionClient;
const LISTED = 1_000;

/** `sharedUser`: the account also belongs to another organisation, which row-level security hides (a SQL function answers). */
async function loadPeople(tx: Tx, organisationId: string): Promise<ExistingPerson[]> {
  return tx.$queryRaw<ExistingPerson[]>`
    SELECT m.id::text AS "membershipId", m."userId"::text AS "userId", m."externalId", u.email, u.name, m.role::text AS role,
           m."teamId"::text AS "teamId", m.active,
           public.symetrie_user_in_other_organisation(m."userId", m."organisationId") AS "sharedUser"
    FROM "Membership" m JOIN "User" u ON u.id = m."userId"
    WHERE m."organisationId" = ${organisationId}::uuid`;
}

async function loadTeams(tx: Tx, organisationId: string): Promise<SyncTeamRef[]> {
  return tx.$queryRaw<SyncTeamRef[]>`
    SELECT id::text, "externalId", "archivedAt" IS NOT NULL AS archived FROM "Team" WHERE "organisationId" = ${organisationId}::uuid`;
}

/** Accounts of other organisations only that hold one of the body's addresses (not already a member's). */
async function loadOutsideUsers(tx: Tx, rows: readonly unknown[], people: readonly ExistingPerson[]): Promise<Map<string, string>> {
  const members = new Set(people.map((person) => person.email));
  const emails = rows.flatMap((raw) => {
    const parsed = ZPeopleSyncRow.shape.email.safeParse((raw as { email?: unknown } | null)?.email);
    return parsed.success && !members.has(parsed.data) ? [parsed.data] : [];
  });
  if (emails.length === 0) return new Map();
  const users = await tx.$queryRaw<Array<{ id: string; email: string }>>`
    SELECT u.id::text, u.email FROM "User" u WHERE u.email = ANY(${emails}::text[])`;
  return new Map(users.map((user) => [user.email, user.id]));
}

function resultOf(plan: PeopleSyncPlan, dryRun: boolean, mirror: boolean, applied: boolean, events: number): PeopleSyncResult {
  const ids = (list: Array<{ externalId: string }>) => list.slice(0, LISTED).map((entry) => entry.externalId);
  return {
    dryRun,
    mirror,
    applied,
    counts: peopleSyncCounts(plan),
    errors: plan.errors,
    changes: {
      created: plan.created.slice(0, LISTED).map((entry) => entry.row.externalId),
      updated: ids(plan.updated),
      moved: ids(plan.moved),
      deactivated: ids(plan.deactivated),
      reactivated: ids(plan.reactivated),
    },
    events,
  };
}

export async function syncPeople(
  principal: Principal,
  rows: readonly unknown[],
  options: { dryRun: boolean; mirror: boolean },
): Promise<PeopleSyncResult> {
  return withOrganisation(principal.organisationId, async () => {
    const organisationId = principal.organisationId;
    return inDirectorySync(principal, async (tx) => {
      const people = await loadPeople(tx, organisationId);
      const plan = planPeopleSync(rows, {
        people,
        teams: await loadTeams(tx, organisationId),
        outsideUsers: await loadOutsideUsers(tx, rows, people),
        mirror: options.mirror,
        mayEditAdmins: principal.kind === "apiKey" || canAssignRole(principal, "ADMIN"),
        selfMembershipId: principal.kind === "user" ? principal.membershipId : null,
      });
      const counts = peopleSyncCounts(plan);
      const changes = counts.created + counts.updated + counts.moved + counts.deactivated + counts.reactivated;
      if (plan.errors.length > 0 || options.dryRun || changes === 0) return resultOf(plan, options.dryRun, options.mirror, false, 0);
      const created = await createPeople(tx, organisationId, plan);
      await updatePeople(tx, organisationId, plan);
      let events = 0;
      if (await syncCreatesEvents(tx, organisationId)) {
        events += await createSyncEvents(tx, organisationId, "ONBOARDING", created);
        // A team change between two teams (not a first placement, not leaving every team).
        const changedTeam = plan.moved.filter((move) => move.fromTeamId !== null && move.teamId !== null);
        events += await createSyncEvents(
          tx,
          organisationId,
          "JOB_CHANGE",
          changedTeam.map((move) => move.membershipId),
        );
      }
      await auditDirectorySync(tx, principal, "directory.people.sync", {
        ...counts,
        mirror: options.mirror,
        events,
        roleChanges: plan.updated
          .filter((update) => update.role !== null)
          .slice(0, LISTED)
          .map((update) => ({ externalId: update.externalId, role: update.role! })),
      });
      return resultOf(plan, false, options.mirror, true, events);
    });
  });
}

/** New accounts (addresses unknown anywhere) then the memberships; returns the new membership ids. */
async function createPeople(tx: Tx, organisationId: string, plan: PeopleSyncPlan): Promise<string[]> {
  if (plan.created.length === 0) return [];
  // Ids chosen here, so the memberships need no join back on the addresses just inserted.
  const userIds = plan.created.map((entry) => entry.userId ?? crypto.randomUUID());
  const fresh = plan.created.flatMap((entry, i) =>
    entry.userId === null ? [{ id: userIds[i]!, email: entry.row.email, name: entry.name }] : [],
  );
  if (fresh.length > 0)
    await tx.$executeRaw`
      INSERT INTO "User" (id, email, name, locale)
      SELECT v.id, v.email, v.name, o."defaultLocale"
      FROM unnest(${fresh.map((user) => user.id)}::uuid[], ${fresh.map((user) => user.email)}::text[], ${fresh.map((user) => user.name)}::text[])
           AS v(id, email, name)
      CROSS JOIN "Organisation" o WHERE o.id = ${organisationId}::uuid`;
  const membershipIds = plan.created.map(() => crypto.randomUUID());
  await tx.$executeRaw`
    INSERT INTO "Membership" (id, "organisationId", "userId", role, "teamId", "externalId", active)
    SELECT v.id, ${organisationId}::uuid, v."userId", v.role::"Role", v."teamId", v."externalId", true
    FROM unnest(${membershipIds}::uuid[], ${userIds}::uuid[], ${plan.created.map((entry) => entry.row.role)}::text[],
                ${plan.created.map((entry) => entry.teamId)}::uuid[], ${plan.created.map((entry) => entry.row.externalId)}::text[])
         AS v(id, "userId", role, "teamId", "externalId")`;
  return membershipIds;
}

async function updatePeople(tx: Tx, organisationId: string, plan: PeopleSyncPlan) {
  const renamed = plan.updated.filter((update) => update.name !== null);
  if (renamed.length > 0)
    await tx.$executeRaw`
      UPDATE "User" u SET name = v.name
      FROM unnest(${renamed.map((update) => update.userId)}::uuid[], ${renamed.map((update) => update.name!)}::text[]) AS v(id, name)
      WHERE u.id = v.id`;
  const readdressed = plan.updated.filter((update) => update.email !== null);
  if (readdressed.length > 0)
    await tx.$executeRaw`
      UPDATE "User" u SET email = v.email
      FROM unnest(${readdressed.map((update) => update.userId)}::uuid[], ${readdressed.map((update) => update.email!)}::text[]) AS v(id, email)
      WHERE u.id = v.id`;
  const memberships = plan.updated.filter((update) => update.role !== null || update.linkExternalId);
  if (memberships.length > 0)
    await tx.$executeRaw`
      UPDATE "Membership" m SET role = COALESCE(v.role::"Role", m.role), "externalId" = v."externalId"
      FROM unnest(${memberships.map((update) => update.membershipId)}::uuid[], ${memberships.map((update) => update.role)}::text[],
                  ${memberships.map((update) => update.externalId)}::text[]) AS v(id, role, "externalId")
      WHERE m.id = v.id AND m."organisationId" = ${organisationId}::uuid`;
  const noLongerManagers = memberships.filter((update) => update.role !== null && update.role !== "MANAGER");
  if (noLongerManagers.length > 0)
    await tx.managedTeam.deleteMany({
      where: { organisationId, membershipId: { in: noLongerManagers.map((update) => update.membershipId) } },
    });
  if (plan.moved.length > 0)
    await tx.$executeRaw`
      UPDATE "Membership" m SET "teamId" = v."teamId"
      FROM unnest(${plan.moved.map((move) => move.membershipId)}::uuid[], ${plan.moved.map((move) => move.teamId)}::uuid[]) AS v(id, "teamId")
      WHERE m.id = v.id AND m."organisationId" = ${organisationId}::uuid`;
  if (plan.reactivated.length > 0)
    await tx.membership.updateMany({
      where: { organisationId, id: { in: plan.reactivated.map((entry) => entry.membershipId) } },
      data: { active: true },
    });
  if (plan.deactivated.length > 0) {
    const ids = plan.deactivated.map((entry) => entry.membershipId);
    await tx.$executeRaw`UPDATE "Membership" SET active = false WHERE "organisationId" = ${organisationId}::uuid AND id = ANY(${ids}::uuid[])`;
    // Their open links (invitation, reset) stop working, as when deactivated by hand.
    await tx.$executeRaw`
      UPDATE "AccountToken" SET "expiresAt" = now()
      WHERE "organisationId" = ${organisationId}::uuid AND "usedAt" IS NULL AND "expiresAt" > now()
        AND "userId" = ANY(${plan.deactivated.map((entry) => entry.userId)}::uuid[])`;
  }
}
