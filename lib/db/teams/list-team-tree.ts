// The organisation's team tree for the editor (ADMIN) and its readers (HR, CX): every team in
// tree order with its people (active members of the team itself, and of its subtree) and
// whether it is archived. One query; the subtree counts are summed along the paths.
import type { Principal } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ForbiddenError } from "@/lib/errors";
import { db } from "../client";
import { withOrganisation } from "../tenant-context";

export interface TeamTreeNode {
  id: string;
  parentId: string | null;
  name: string;
  kind: "DIRECTION" | "SERVICE" | "TEAM";
  externalId: string | null;
  depth: number;
  path: string;
  archived: boolean;
  /** Active members of this team itself. */
  people: number;
  /** Active members of the team and every team below it. */
  subtreePeople: number;
}

export async function listTeamTree(principal: Principal): Promise<TeamTreeNode[]> {
  return withOrganisation(principal.organisationId, async () => {
    if (principal.kind !== "user" || !can(principal, "organisation:read")) throw new ForbiddenError();
    const rows = await db().$queryRaw<Array<Omit<TeamTreeNode, "subtreePeople">>>`
    SELECT t.id::text, t."parentId"::text AS "parentId", t.name, t.kind::text AS kind, t."externalId", t.depth, t.path,
           t."archivedAt" IS NOT NULL AS archived,
           (SELECT count(*)::int FROM "Membership" m WHERE m."organisationId" = t."organisationId" AND m."teamId" = t.id AND m.active) AS people
    FROM "Team" t WHERE t."organisationId" = ${principal.organisationId}::uuid`;
    const byId = new Map(rows.map((row) => [row.id, { ...row, subtreePeople: 0 }]));
    for (const row of rows)
      for (const id of row.path.split("/").filter(Boolean)) {
        const ancestor = byId.get(id);
        if (ancestor) ancestor.subtreePeople += row.people;
      }
    return treeOrder([...byId.values()]);
  });
}

/** Parents before children, siblings by name (French collation), archived ones last. */
function treeOrder(nodes: TeamTreeNode[]): TeamTreeNode[] {
  const children = new Map<string | null, TeamTreeNode[]>();
  for (const node of nodes) children.set(node.parentId, [...(children.get(node.parentId) ?? []), node]);
  const collator = new Intl.Collator("fr", { sensitivity: "base", numeric: true });
  const ordered: TeamTreeNode[] = [];
  const visit = (parentId: string | null) => {
    const siblings = (children.get(parentId) ?? []).sort(
      (a, b) => Number(a.archived) - Number(b.archived) || collator.compare(a.name, b.name),
    );
    for (const node of siblings) {
      ordered.push(node);
      visit(node.id);
    }
  };
  visit(null);
  return ordered;
}
