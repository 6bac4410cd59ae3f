// Active members of a team's subtree. A headcount is a count like any other (docs/security.md
// "Anonymity"): the anonymity engine hides it below k and hides a sibling's too when a parent
// minus its visible children would give a small team's size away — for every role.
import { decideSuppression } from "@/lib/stats/anonymity";
import { buildTeamTree, subtreeTotals } from "@/lib/stats/team-tree";
import { db } from "@/lib/db/client";
import { withOrganisation } from "../../tenant-context";

interface OwnRow {
  id: string;
  parentId: string | null;
  n: number;
}

/** The subtree's headcount, or null when the engine hides it (k already floored at 3). */
export async function subtreeHeadcount(organisationId: string, teamId: string, k: number): Promise<number | null> {
  return withOrganisation(organisationId, async () => {
    const rows = await db().$queryRaw<OwnRow[]>`
    SELECT t.id::text AS id, t."parentId"::text AS "parentId", count(m.id)::int AS n
    FROM "Team" t LEFT JOIN "Membership" m ON m."teamId" = t.id AND m."organisationId" = t."organisationId" AND m.active
    WHERE t."organisationId" = ${organisationId}::uuid GROUP BY t.id`;
    const own = new Map(rows.map((row) => [row.id, row.n]));
    // The organisation's member total is released (settings), so it is protected like any node.
    const { hidden } = decideSuppression({ teams: rows, slices: new Map([["members", own]]), k });
    if (hidden.has(teamId)) return null;
    return subtreeTotals(buildTeamTree(rows), own).get(teamId) ?? 0;
  });
}
