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
export function decideSuppression(input: AnonymityInput): AnonymityDecision {
  checkK(input.k);
  const tree = buildTeamTree(input.teams);
  // Stryker disable next-line ArrayDeclaration: unknown ids in alreadyHidden are ignored, so a default holding one equals none.
  return { hidden: suppressWaves(tree, input, input.slices, input.importedSlices ?? new Map(), input.alreadyHidden ?? []) };
}

function suppressWaves(
  tree: TeamTree,
  { k, releaseOrganisationTotal = true }: Pick<AnonymityInput, "k" | "releaseOrganisationTotal">,
  slices: ReadonlyMap<string, ReadonlyMap<string, number>>,
  importedSlices: ReadonlyMap<string, ReadonlyMap<string, number>>,
  alreadyHidden: Iterable<string>,
): Set<string> {
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
  return hidden;
}

/** month → nodes hidden in that month; what `decideSuppressionByMonth` returns. */
export type HiddenByMonth = ReadonlyMap<string, ReadonlySet<string>>;

export interface MonthlyAnonymityInput extends Omit<AnonymityInput, "alreadyHidden"> {
  /** month → nodes earlier reads hid in that month: they stay hidden there. */
  alreadyHidden?: ReadonlyMap<string, Iterable<string>>;
}

/**
 * The dashboard's decision (docs/anonymity.md "Month by month"): each month (its live wave and
 * its imported wave) gets its own hidden set, grown as decideSuppression grows one. A month
 * never changes another month's set, so a later month (or one outside the period shown) cannot
 * change what a period shows. Every figure released is then a sum of per-month figures of
 * visible nodes: a figure over several months counts only the months in which its node is
 * visible. Within a month the released figures are sums of the visible nodes' masses, each 0 or
 * ≥ k and disjoint, so any combination of figures, across months and reads, only ever adds
 * and subtracts whole groups of k or more (tests/unit/stats/anonymity-months.property.test.ts).
 */
export function decideSuppressionByMonth(input: MonthlyAnonymityInput): Map<string, ReadonlySet<string>> {
  checkK(input.k);
  const tree = buildTeamTree(input.teams);
  const imported = input.importedSlices ?? new Map<string, ReadonlyMap<string, number>>();
  const only = (of: ReadonlyMap<string, ReadonlyMap<string, number>>, month: string) =>
    new Map(of.has(month) ? [[month, of.get(month)!]] : []);
  const months = [...new Set([...input.slices.keys(), ...imported.keys()])].sort(byId);
  return new Map(
    months.map((month) => [
      month,
      suppressWaves(tree, input, only(input.slices, month), only(imported, month), input.alreadyHidden?.get(month) ?? []),
    ]),
  );
}

/**
 * The remainder rule: a filter (a subtree and/or a set of months) is refused when "all minus
 * the filtered group" — the organisation over every month, or within one filtered month —
 * holds 1..k−1 answers. Judged on the organisation, whatever the actor's scope. With the
 * month-by-month decision (`hidden`), a node counts only in the months it is visible in, as
 * every figure does: a month in which the organisation is hidden is in no organisation figure.
 */
export function checkFilter(
  input: AnonymityInput,
  filter: { teamId: string | null; slices: readonly string[] | null },
  hidden?: HiddenByMonth,
): FilterCheck {
  checkK(input.k);
  const tree = buildTeamTree(input.teams);
  const node = filter.teamId ?? ORGANISATION_NODE;
  if (!tree.children.has(node)) throw new RangeError(`Unknown team ${node}`);
  const chosen = new Set(filter.slices ?? input.slices.keys());
  const refused = { status: "filter-refused", reason: "remainder-below-threshold" } as const;
  const shown = (of: string, key: string, totals: Map<string, number>) => (hidden?.get(key)?.has(of) ? 0 : (totals.get(of) ?? 0));
  // Live answers and imported history each on their own (see AnonymityInput.importedSlices).
  for (const slices of [input.slices, input.importedSlices ?? new Map<string, ReadonlyMap<string, number>>()]) {
    let all = 0;
    let group = 0;
    for (const [key, own] of slices) {
      const totals = subtreeTotals(tree, own);
      const org = shown(ORGANISATION_NODE, key, totals);
      all += org;
      if (!chosen.has(key)) continue;
      const mine = shown(node, key, totals);
      group += mine;
      if (isSmall(org - mine, input.k)) return refused;
    }
    if (isSmall(all - group, input.k)) return refused;
  }
  return { status: "ok" };
}
