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
import { applyPeoplePlan } from "../internal/directory/apply-people-plan";
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
      const events = await applyPeoplePlan(tx, organisationId, plan);
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
