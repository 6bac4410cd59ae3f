// Applies a people plan without error (lib/organisations/people-sync.ts) inside a directory-sync
// transaction, set-based: accounts and memberships created, names, addresses, roles and HR ids set,
// teams changed, people deactivated (their open links voided, their anonymous answers kept) or
// reactivated; then, when the organisation opted in, the onboarding and job-change moments of truth.
// Shared by the HR-system sync (lib/db/directory/sync-people.ts) and SCIM (lib/db/scim/), so both
// follow the same rules. Returns the number of moments of truth created.
import type { PeopleSyncPlan } from "@/lib/organisations/people-sync";
import type { Prisma } from "../../generated/client";
import { createSyncEvents, syncCreatesEvents } from "./sync-events";

type Tx = Prisma.TransactionClient;

export async function applyPeoplePlan(tx: Tx, organisationId: string, plan: PeopleSyncPlan): Promise<number> {
  const created = await createPeople(tx, organisationId, plan);
  await updatePeople(tx, organisationId, plan);
  if (!(await syncCreatesEvents(tx, organisationId))) return 0;
  let events = await createSyncEvents(tx, organisationId, "ONBOARDING", created);
  // A team change between two teams (not a first placement, not leaving every team).
  const changedTeam = plan.moved.filter((move) => move.fromTeamId !== null && move.teamId !== null);
  events += await createSyncEvents(
    tx,
    organisationId,
    "JOB_CHANGE",
    changedTeam.map((move) => move.membershipId),
  );
  return events;
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
