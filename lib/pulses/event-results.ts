// Results of personal pulses per event type for one node of the team tree (or the whole
// organisation). Each released month is a cell of its own (docs/anonymity.md "Release"): the
// anonymity engine's complementary suppression runs per event type AND month over the whole
// tree plus the organisation, so no choice of subtree can be subtracted from another (or from
// the organisation) to reveal a group under k. The figure shown sums only the months where the
// node itself is shown: a newly released month adds nothing or a whole group of at least k,
// never a moving total whose next step is one person. Pure.
import { estimateNps, type NpsCounts, type NpsEstimate } from "@/lib/stats/nps";
import { suppressTree } from "@/lib/stats/tree-suppression";
import { EVENT_TYPES } from "./employee-event-schema";
import type { EventTypeKey } from "./event-pulse";

export const ORGANISATION = "organisation";

export interface EventCountRow extends NpsCounts {
  type: EventTypeKey;
  teamId: string;
  /** The released month ("YYYY-MM") the answers belong to. */
  period: string;
}

export interface EventResultRow {
  type: EventTypeKey;
  /** The months where this node is shown, summed; null when there is none (every month under k, or revealing one). */
  estimate: NpsEstimate | null;
  /** How many months the estimate sums. */
  months: number;
}

const zero = (): NpsCounts => ({ promoters: 0, passives: 0, detractors: 0 });
const add = (a: NpsCounts, b: NpsCounts): NpsCounts => ({
  promoters: a.promoters + b.promoters,
  passives: a.passives + b.passives,
  detractors: a.detractors + b.detractors,
});
const size = (c: NpsCounts) => c.promoters + c.passives + c.detractors;

/** Subtree totals of each team (own answers plus descendants'), and of the organisation. */
function subtreeTotals(teams: ReadonlyArray<{ id: string; parentId: string | null }>, own: Map<string, NpsCounts>): Map<string, NpsCounts> {
  const parent = new Map(teams.map((t) => [t.id, t.parentId]));
  const totals = new Map<string, NpsCounts>([[ORGANISATION, zero()], ...teams.map((t) => [t.id, zero()] as [string, NpsCounts])]);
  for (const [teamId, counts] of own) {
    for (let node: string | null | undefined = teamId; node; node = parent.get(node))
      totals.set(node, add(totals.get(node) ?? zero(), counts));
    totals.set(ORGANISATION, add(totals.get(ORGANISATION)!, counts));
  }
  return totals;
}

export function eventResults(
  teams: ReadonlyArray<{ id: string; parentId: string | null }>,
  rows: readonly EventCountRow[],
  k: number,
  node: string = ORGANISATION,
): EventResultRow[] {
  return EVENT_TYPES.map((type) => {
    const byMonth = new Map<string, Map<string, NpsCounts>>();
    for (const row of rows) {
      if (row.type !== type) continue;
      const own = byMonth.get(row.period) ?? new Map<string, NpsCounts>();
      own.set(row.teamId, add(own.get(row.teamId) ?? zero(), row));
      byMonth.set(row.period, own);
    }
    let shown = zero();
    let months = 0;
    for (const period of [...byMonth.keys()].sort()) {
      const counts = shownCounts(teams, byMonth.get(period)!, k, node);
      if (!counts) continue;
      shown = add(shown, counts);
      months++;
    }
    return { type, estimate: months > 0 ? estimateNps(shown) : null, months };
  });
}

/** The node's counts in one month when that month's suppression shows it, else null. */
function shownCounts(
  teams: ReadonlyArray<{ id: string; parentId: string | null }>,
  own: Map<string, NpsCounts>,
  k: number,
  node: string,
): NpsCounts | null {
  const totals = subtreeTotals(teams, own);
  // The organisation is a real node here (the section shows its total), the parent of the roots.
  const tree = [
    { id: ORGANISATION, parentId: null, n: size(totals.get(ORGANISATION)!) },
    ...teams.map((t) => ({ id: t.id, parentId: t.parentId ?? ORGANISATION, n: size(totals.get(t.id)!) })),
  ];
  const hidden = suppressTree(tree, k);
  const counts = totals.get(node) ?? zero();
  return !hidden.has(node) && size(counts) >= k ? counts : null;
}
