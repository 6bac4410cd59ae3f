// lib/stats/tree-suppression.ts — pure. Complementary suppression on one wave's team tree, given subtree totals: an adapter over the anonymity engine (lib/stats/anonymity.ts) for callers that show no organisation total.
import { decideSuppression, ORGANISATION_NODE } from "./anonymity";

export interface TreeCount {
  id: string;
  parentId: string | null;
  /** Answers of the node's whole subtree (its own plus its descendants'). */
  n: number;
}

/** Ids to hide for threshold k (k already floored at 3 by the caller). */
export function suppressTree(nodes: readonly TreeCount[], k: number): Set<string> {
  const childSums = new Map<string, number>();
  // Stryker disable next-line ConditionalExpression: without the test, roots add their count under the key null, which no node's id reads.
  for (const node of nodes) if (node.parentId) childSums.set(node.parentId, (childSums.get(node.parentId) ?? 0) + node.n);
  const own = new Map(nodes.map((node) => [node.id, node.n - (childSums.get(node.id) ?? 0)]));
  for (const [id, n] of own) if (n < 0) throw new RangeError(`Team ${id} has fewer answers than its children`);
  // Stryker disable next-line StringLiteral: the wave's name is only a key; any string works.
  const { hidden } = decideSuppression({ teams: nodes, slices: new Map([["wave", own]]), k, releaseOrganisationTotal: false });
  return new Set([...hidden].filter((id) => id !== ORGANISATION_NODE));
}
