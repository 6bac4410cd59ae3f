// Pure helpers: NPS counts rolled up the team tree (a direction's figures are its whole
// subtree's, docs/product.md "Mirrored dashboard") and summed over months, plus their DTO forms.
import { ORGANISATION_NODE } from "@/lib/stats/anonymity";
import { estimateNps, type NpsCounts } from "@/lib/stats/nps";
import type { CountsByMonth, DashboardTeam, NpsDto } from "./symmetry-types";

export const emptyCounts = (): NpsCounts => ({ promoters: 0, passives: 0, detractors: 0 });
export const total = (c: NpsCounts | undefined) => (c ? c.promoters + c.passives + c.detractors : 0);

export function addInto(target: NpsCounts, c: NpsCounts | undefined): void {
  if (!c) return;
  target.promoters += c.promoters;
  target.passives += c.passives;
  target.detractors += c.detractors;
}

/**
 * Each team with the node its subtree adds into (its parent, or ORGANISATION_NODE for a root),
 * deepest first (by the materialised path), so a subtree is complete before it is passed up.
 * Computed once per team list: the overview rolls up one tree per month and side.
 */
const bottomUpOrder = new WeakMap<readonly DashboardTeam[], Array<{ id: string; into: string }>>();

function bottomUp(teams: readonly DashboardTeam[]): Array<{ id: string; into: string }> {
  let order = bottomUpOrder.get(teams);
  if (!order) {
    const ids = new Set(teams.map((team) => team.id));
    const segments = (path: string) => path.split("/").filter(Boolean).length;
    order = [...teams]
      .map((team) => ({
        id: team.id,
        into: team.parentId !== null && ids.has(team.parentId) ? team.parentId : ORGANISATION_NODE,
        depth: segments(team.path),
      }))
      .sort((a, b) => b.depth - a.depth)
      .map(({ id, into }) => ({ id, into }));
    bottomUpOrder.set(teams, order);
  }
  return order;
}

/** Own counts → subtree counts for every team and ORGANISATION_NODE, one pass up the tree. */
export function rollUpTree(teams: readonly DashboardTeam[], own: ReadonlyMap<string, NpsCounts> | undefined): Map<string, NpsCounts> {
  const totals = new Map<string, NpsCounts>([[ORGANISATION_NODE, emptyCounts()]]);
  for (const team of teams) {
    const counts = own?.get(team.id);
    totals.set(team.id, counts ? { promoters: counts.promoters, passives: counts.passives, detractors: counts.detractors } : emptyCounts());
  }
  for (const { id, into } of bottomUp(teams)) addInto(totals.get(into)!, totals.get(id)!);
  return totals;
}

/** Subtree counts per month, for the given months. */
export function rollUpMonths(
  teams: readonly DashboardTeam[],
  counts: CountsByMonth,
  months: readonly string[],
): Map<string, Map<string, NpsCounts>> {
  return new Map(months.map((month) => [month, rollUpTree(teams, counts.get(month))]));
}

/** Sum of one node's subtree counts over the months. */
export function sumMonths(byMonth: Map<string, Map<string, NpsCounts>>, node: string): NpsCounts {
  const sum = emptyCounts();
  for (const totals of byMonth.values()) {
    const c = totals.get(node);
    if (c) addInto(sum, c);
  }
  return sum;
}

export function toNpsDto(counts: NpsCounts | undefined): NpsDto | null {
  const estimate = counts ? estimateNps(counts) : null;
  return estimate ? { score: estimate.score, n: estimate.n, low: estimate.low, high: estimate.high } : null;
}
