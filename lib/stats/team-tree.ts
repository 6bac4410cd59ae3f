// lib/stats/team-tree.ts — pure. A team forest under one virtual organisation node, with subtree sums, for the anonymity engine.

/** The virtual root: the whole organisation (the sum of all root teams) is a released aggregate too. */
export const ORGANISATION_NODE = "@organisation";

export interface TeamLink {
  id: string;
  parentId: string | null;
}

export interface TeamTree {
  /** Every node, children before their parent, ORGANISATION_NODE last. */
  order: string[];
  children: Map<string, string[]>;
}

/** Code-point order of ids: unlike localeCompare, the same on every machine and locale. */
export const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Teams whose parent is null or unknown hang under ORGANISATION_NODE; a cycle is a bug upstream.
 * Children are sorted by id, so the tree (and every walk over it) is the same whatever order
 * the rows came in (issue 11 §6: two orders hiding different sets would reveal a team).
 */
export function buildTeamTree(teams: readonly TeamLink[]): TeamTree {
  const ids = new Set(teams.map((team) => team.id));
  if (ids.size !== teams.length || ids.has(ORGANISATION_NODE)) throw new RangeError("Team ids must be unique");
  const children = new Map<string, string[]>([[ORGANISATION_NODE, []]]);
  for (const team of teams) children.set(team.id, []);
  for (const team of teams) {
    // Stryker disable next-line ConditionalExpression: without the null test, ids.has(null) is false, so a root still hangs under the organisation.
    const parent = team.parentId !== null && ids.has(team.parentId) ? team.parentId : ORGANISATION_NODE;
    // Stryker disable next-line OptionalChaining: every parent key exists, set just above (the line before falls back to the organisation node).
    children.get(parent)?.push(team.id);
  }
  for (const list of children.values()) list.sort(byId);
  const order: string[] = [];
  const stack: Array<{ id: string; expanded: boolean }> = [{ id: ORGANISATION_NODE, expanded: false }];
  while (stack.length > 0) {
    const top = stack.pop() as { id: string; expanded: boolean };
    if (top.expanded) {
      order.push(top.id);
      continue;
    }
    stack.push({ id: top.id, expanded: true });
    // Stryker disable next-line ArrayDeclaration: every node has a children entry, so the fallback is never read.
    for (const child of children.get(top.id) ?? []) stack.push({ id: child, expanded: false });
  }
  if (order.length !== teams.length + 1) throw new RangeError("The team tree has a cycle");
  return { order, children };
}

/** Subtree totals (own answers plus all descendants') from own answers per team. */
export function subtreeTotals(tree: TeamTree, own: ReadonlyMap<string, number>): Map<string, number> {
  const totals = new Map<string, number>();
  for (const id of tree.order) {
    const mine = id === ORGANISATION_NODE ? 0 : (own.get(id) ?? 0);
    if (!Number.isInteger(mine) || mine < 0) throw new RangeError(`Answer counts must be non-negative integers, got ${mine}`);
    totals.set(
      id,
      // Stryker disable next-line ArrayDeclaration: as in buildTeamTree, every node of the tree has a children entry.
      (tree.children.get(id) ?? []).reduce((sum, child) => sum + (totals.get(child) ?? 0), mine),
    );
  }
  return totals;
}
