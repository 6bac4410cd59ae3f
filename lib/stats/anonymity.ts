// lib/stats/anonymity.ts — pure. The anonymity engine for employee results: minimum group size per wave, complementary suppression on the team tree, the filter remainder rule (docs/anonymity.md).
import { buildTeamTree, byId, ORGANISATION_NODE, subtreeTotals, type TeamLink, type TeamTree } from "./team-tree";

export { ORGANISATION_NODE, type TeamLink } from "./team-tree";

export interface AnonymityInput {
  teams: readonly TeamLink[];
  /**
   * Own answers per team (not subtree totals) for each wave: a month. Waves are judged one by
   * one because 4 people answering 6 pulses make 24 answers but still 4 people.
   */
  slices: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /**
   * Imported history per month, by team, apart from the live answers: judged against k on its
   * own, in waves of its own. Whoever imported it knows it and can subtract it from any figure,
   * so it must never be what lifts a group of live answers over the threshold.
   */
  importedSlices?: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** The effective threshold (already floored at 3). */
  k: number;
  /** False when no organisation-wide total is ever shown (then the virtual root needs no protection). */
  releaseOrganisationTotal?: boolean;
  /** Nodes hidden by earlier decisions: they stay hidden (docs/anonymity.md "Once hidden, always hidden"). Unknown ids are ignored. */
  alreadyHidden?: Iterable<string>;
}

export interface AnonymityDecision {
  /** Teams (and ORGANISATION_NODE) whose employee results — scores and counts — are hidden in every wave and range. */
  hidden: ReadonlySet<string>;
}

export type FilterCheck = { status: "ok" } | { status: "filter-refused"; reason: "remainder-below-threshold" };

const isSmall = (n: number, k: number) => n > 0 && n < k;

function checkK(k: number): void {
  if (!Number.isInteger(k) || k < 3) throw new RangeError(`k must be an integer ≥ 3, got ${k}`);
}

/** Visible nodes directly under `id`, looking through hidden ones: what a reader can subtract from it. */
function frontier(tree: TeamTree, id: string, hidden: ReadonlySet<string>, totals: Map<string, number>): string[] {
  // Stryker disable next-line ArrayDeclaration: every node of the tree has an entry in children (buildTeamTree), so the fallback is never read.
  return (tree.children.get(id) ?? []).flatMap((child) =>
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArrayDeclaration: a visible child without answers adds 0 to a mass and has no mass of its own, so listing it or not changes no decision (docs/mutation-testing.md).
    hidden.has(child) ? frontier(tree, child, hidden, totals) : (totals.get(child) ?? 0) > 0 ? [child] : [],
  );
}

/** mass(v) = n(v) − Σ its frontier: the answers of v that no released descendant accounts for. */
function mass(tree: TeamTree, id: string, hidden: ReadonlySet<string>, totals: Map<string, number>): number {
  const below = frontier(tree, id, hidden, totals).reduce((sum, node) => sum + (totals.get(node) ?? 0), 0);
  return (totals.get(id) ?? 0) - below;
}

/**
 * What to hide when v's mass is 1..k−1: the smallest frontier node that has mass of its own
 * (the "next-smallest sibling"). A frontier node with no mass is fully rebuilt by its own
 * visible descendants, so hiding it alone adds nothing: look through it and hide it as well.
 */
function pickToHide(tree: TeamTree, id: string, hidden: ReadonlySet<string>, totals: Map<string, number>): string[] {
  let level = frontier(tree, id, hidden, totals).map((node) => ({ node, path: [] as string[] }));
  // Stryker disable next-line EqualityOperator: the level never runs out before a node with mass is found (see the last line).
  while (level.length > 0) {
    const candidates = level.filter(({ node }) => mass(tree, node, hidden, totals) > 0);
    candidates.sort((a, b) => (totals.get(a.node) ?? 0) - (totals.get(b.node) ?? 0) || byId(a.node, b.node));
    const best = candidates[0];
    if (best) return [...best.path, best.node];
    level = level.flatMap(({ node, path }) => frontier(tree, node, hidden, totals).map((next) => ({ node: next, path: [...path, node] })));
  }
  // Unreachable while enforceWave first hides every node of 1..k−1 answers: a node whose frontier is
  // empty has mass = n, so its mass is small only if n is. Kept as the safe answer all the same.
  // Stryker disable next-line ArrayDeclaration: unreachable, as said above.
  return [id];
}

/** One pass over one wave; true if it hid anything. */
function enforceWave(tree: TeamTree, totals: Map<string, number>, k: number, hidden: Set<string>): boolean {
  let changed = false;
  for (const id of tree.order) {
    if (!hidden.has(id) && isSmall(totals.get(id) ?? 0, k)) {
      hidden.add(id);
      changed = true;
    }
  }
  for (const id of tree.order) {
    if (hidden.has(id) || !isSmall(mass(tree, id, hidden, totals), k)) continue;
    for (const node of pickToHide(tree, id, hidden, totals)) hidden.add(node);
    changed = true;
  }
  return changed;
}

/**
 * One hidden set for all waves, grown until, in every wave, every visible node v has
 * n(v) ∉ [1, k−1] and mass(v) ∉ [1, k−1]. Then any released aggregate minus any released
 * aggregate it contains (a descendant, a sub-range of months, or both) is a sum of terms
 * that are each 0 or ≥ k, so no difference reveals a group of 1..k−1 answers
 * (tests/unit/stats/anonymity.property.test.ts). The same decision serves every role, and the
 * same input in any row order gives the same set (tests/unit/stats/anonymity-order.test.ts).
 */
export function decideSuppression({
  teams,
  slices,
  k,
  releaseOrganisationTotal = true,
  // Stryker disable next-line ArrayDeclaration: unknown ids in alreadyHidden are ignored, so a default holding one equals none.
  alreadyHidden = [],
  importedSlices = new Map(),
}: AnonymityInput): AnonymityDecision {
  checkK(k);
  const tree = buildTeamTree(teams);
  // Waves in key order too: the greedy passes depend on which wave is enforced first. Live
  // waves, then imported ones: each kind is protected on its own, with one hidden set.
  const totals = (of: ReadonlyMap<string, ReadonlyMap<string, number>>) =>
    [...of.keys()].sort(byId).map((key) => subtreeTotals(tree, of.get(key)!));
  const waves = [...totals(slices), ...totals(importedSlices)];
  const hidden = new Set<string>(releaseOrganisationTotal ? [] : [ORGANISATION_NODE]);
  for (const node of alreadyHidden) if (tree.children.has(node)) hidden.add(node);
  for (let changed = true; changed;) {
    changed = false;
    for (const totals of waves) changed = enforceWave(tree, totals, k, hidden) || changed;
  }
  return { hidden };
}

/**
 * The remainder rule: a filter (a subtree and/or a set of months) is refused when "all minus
 * the filtered group" — the organisation over every month, or within one filtered month —
 * holds 1..k−1 answers. Judged on the organisation, whatever the actor's scope.
 */
export function checkFilter(input: AnonymityInput, filter: { teamId: string | null; slices: readonly string[] | null }): FilterCheck {
  checkK(input.k);
  const tree = buildTeamTree(input.teams);
  const node = filter.teamId ?? ORGANISATION_NODE;
  if (!tree.children.has(node)) throw new RangeError(`Unknown team ${node}`);
  const chosen = new Set(filter.slices ?? input.slices.keys());
  const refused = { status: "filter-refused", reason: "remainder-below-threshold" } as const;
  // Live answers and imported history each on their own (see AnonymityInput.importedSlices).
  for (const slices of [input.slices, input.importedSlices ?? new Map<string, ReadonlyMap<string, number>>()]) {
    let all = 0;
    let group = 0;
    for (const [key, own] of slices) {
      const totals = subtreeTotals(tree, own);
      const org = totals.get(ORGANISATION_NODE) ?? 0;
      all += org;
      if (!chosen.has(key)) continue;
      group += totals.get(node) ?? 0;
      if (isSmall(org - (totals.get(node) ?? 0), input.k)) return refused;
    }
    if (isSmall(all - group, input.k)) return refused;
  }
  return { status: "ok" };
}
