// Anonymity suppression on a team tree (PRODUCT.md §4.4, SECURITY.md): hides every group
// with 0 < n < k, then hides more (complementary suppression) until no visible parent minus
// its visible children leaves a group of 1..k−1 answers. A first version: the full engine,
// with filters and property-based tests, is issue 5's.

export interface TreeCount {
  id: string;
  parentId: string | null;
  /** Answers of the node's whole subtree (its own plus its descendants'). */
  n: number;
}

/** Ids to hide for threshold k (k already floored at 3 by the caller). */
export function suppressTree(nodes: readonly TreeCount[], k: number): Set<string> {
  const hidden = new Set<string>();
  const children = new Map<string, TreeCount[]>();
  for (const node of nodes) {
    if (node.n > 0 && node.n < k) hidden.add(node.id);
    if (node.parentId) children.set(node.parentId, [...(children.get(node.parentId) ?? []), node]);
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const node of nodes) {
      const kids = children.get(node.id) ?? [];
      if (kids.length === 0) continue;
      const visibleKids = kids.filter((kid) => !hidden.has(kid.id) && kid.n > 0);
      const residual = node.n - visibleKids.reduce((sum, kid) => sum + kid.n, 0);
      // A visible node leaks when it minus its visible children is a small group; a hidden
      // node (n ≥ k, hidden to protect a sibling) leaks when its children add up to it.
      const leaks = hidden.has(node.id) ? node.n >= k && residual === 0 : residual > 0 && residual < k;
      if (!leaks) continue;
      const smallest = visibleKids.sort((a, b) => a.n - b.n)[0];
      if (smallest) hidden.add(smallest.id);
      else hidden.add(node.id);
      changed = true;
    }
  }
  return hidden;
}
