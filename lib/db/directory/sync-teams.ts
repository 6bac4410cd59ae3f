// Applies the HR-system sync of the team tree (issue 12 §4) for an ADMIN or HR user (CSV page)
// or an API key with the directory:write scope: the plan is worked out from the current teams
// (lib/organisations/team-sync.ts); any row error, or a dry run, writes nothing. Otherwise, in one
// transaction under the tree lock: new teams inserted, names, kinds and parents set, archived
// and restored subtrees, then every path and depth of the organisation recomputed from the
// parent links in one statement; when the organisation opted in, a reorganisation moment of
// truth for every active person of a moved team's subtree. Sending the same body again changes
// nothing. Audited with the counts and who synced.
import type { Principal } from "@/lib/auth/actor-types";
import { planTeamSync, teamSyncCounts, type ExistingTeam, type SyncRowError, type TeamSyncPlan } from "@/lib/organisations/team-sync";
import type { Prisma } from "../generated/client";
import { createReorganisationEvents, syncCreatesEvents } from "../internal/directory/sync-events";
import { auditDirectorySync, inDirectorySync } from "../internal/directory/directory-sync-transaction";
import { withOrganisation } from "../tenant-context";

export type TeamSyncResult = {
  dryRun: boolean;
  mirror: boolean;
  applied: boolean;
  counts: ReturnType<typeof teamSyncCounts>;
  errors: SyncRowError[];
  /** What changes, by HR id (lists cut at 1 000 each; the counts are exact). */
  changes: { created: string[]; renamed: string[]; moved: string[]; archived: string[]; restored: string[] };
  /** Reorganisation moments of truth created for the moved teams' people (0 unless the organisation opted in). */
  events: number;
};

const LISTED = 1_000;

async function loadTeams(tx: Prisma.TransactionClient, organisationId: string): Promise<ExistingTeam[]> {
  return tx.$queryRaw<ExistingTeam[]>`
    SELECT t.id::text, t."externalId", t.name, t.kind::text AS kind, t."parentId"::text AS "parentId", t."archivedAt" IS NOT NULL AS archived,
           (SELECT count(*)::int FROM "Membership" m WHERE m."organisationId" = t."organisationId" AND m."teamId" = t.id AND m.active) AS people
    FROM "Team" t WHERE t."organisationId" = ${organisationId}::uuid`;
}

function resultOf(plan: TeamSyncPlan, dryRun: boolean, mirror: boolean, applied: boolean, events = 0): TeamSyncResult {
  const ids = (list: Array<{ externalId: string }>) => list.slice(0, LISTED).map((entry) => entry.externalId);
  return {
    dryRun,
    mirror,
    applied,
    counts: teamSyncCounts(plan),
    errors: plan.errors,
    changes: {
      created: ids(plan.created),
      renamed: ids(plan.renamed),
      moved: ids(plan.moved),
      archived: ids(plan.archived),
      restored: ids(plan.restored),
    },
    events,
  };
}

export async function syncTeams(
  principal: Principal,
  rows: readonly unknown[],
  options: { dryRun: boolean; mirror: boolean },
): Promise<TeamSyncResult> {
  return withOrganisation(principal.organisationId, async () => {
    const organisationId = principal.organisationId;
    return inDirectorySync(principal, async (tx) => {
      const existing = await loadTeams(tx, organisationId);
      const plan = planTeamSync(rows, existing, options.mirror);
      const changes = plan.created.length + plan.renamed.length + plan.moved.length + plan.archived.length + plan.restored.length;
      if (plan.errors.length > 0 || options.dryRun || changes === 0) return resultOf(plan, options.dryRun, options.mirror, false);

      // New teams first (parents set below, with everyone's), each with a provisional path.
      const created = plan.created.map((row) => ({ id: crypto.randomUUID(), row }));
      if (created.length > 0)
        await tx.team.createMany({
          data: created.map(({ id, row }) => ({
            id,
            organisationId,
            name: row.name,
            kind: row.kind!,
            externalId: row.externalId,
            path: `/${id}/`,
            depth: 0,
          })),
        });
      if (plan.renamed.length > 0)
        await tx.$executeRaw`
          UPDATE "Team" t SET name = v.name, kind = v.kind::"TeamKind"
          FROM unnest(${plan.renamed.map((r) => r.id)}::uuid[], ${plan.renamed.map((r) => r.name)}::text[], ${plan.renamed.map((r) => r.kind)}::text[]) AS v(id, name, kind)
          WHERE t.id = v.id AND t."organisationId" = ${organisationId}::uuid`;
      // Every synced row's parent, by HR id (null: a root), in one statement.
      const synced = plan.rows;
      await tx.$executeRaw`
        UPDATE "Team" t SET "parentId" = p.id
        FROM unnest(${synced.map((r) => r.externalId)}::text[], ${synced.map((r) => r.parentExternalId)}::text[]) AS v("externalId", "parentExternalId")
        LEFT JOIN "Team" p ON p."organisationId" = ${organisationId}::uuid AND p."externalId" = v."parentExternalId"
        WHERE t."organisationId" = ${organisationId}::uuid AND t."externalId" = v."externalId" AND t."parentId" IS DISTINCT FROM p.id`;
      if (plan.restored.length > 0)
        await tx.team.updateMany({ where: { organisationId, id: { in: plan.restored.map((r) => r.id) } }, data: { archivedAt: null } });
      // Paths and depths of the whole tree from the parent links (the tree editor's invariant).
      await tx.$executeRaw`
        WITH RECURSIVE tree AS (
          SELECT id, '/' || id::text || '/' AS path, 0 AS depth FROM "Team" WHERE "organisationId" = ${organisationId}::uuid AND "parentId" IS NULL
          UNION ALL
          SELECT t.id, tree.path || t.id::text || '/', tree.depth + 1 FROM "Team" t JOIN tree ON t."parentId" = tree.id
        )
        UPDATE "Team" t SET path = tree.path, depth = tree.depth FROM tree
        WHERE t.id = tree.id AND (t.path <> tree.path OR t.depth <> tree.depth)`;
      const events = (await syncCreatesEvents(tx, organisationId))
        ? await createReorganisationEvents(
            tx,
            organisationId,
            plan.moved.map((team) => team.id),
          )
        : 0;
      if (plan.archived.length > 0)
        await tx.$executeRaw`
          UPDATE "Team" t SET "archivedAt" = now()
          FROM "Team" a
          WHERE a.id = ANY(${plan.archived.map((r) => r.id)}::uuid[]) AND t."organisationId" = ${organisationId}::uuid
            AND left(t.path, length(a.path)) = a.path AND t."archivedAt" IS NULL`;
      await auditDirectorySync(tx, principal, "directory.teams.sync", {
        ...teamSyncCounts(plan),
        mirror: options.mirror,
        events,
      });
      return resultOf(plan, false, options.mirror, true, events);
    });
  });
}
