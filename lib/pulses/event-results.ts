// Results of personal pulses per event type for one node of the team tree (or the whole
// organisation), with the anonymity engine's complementary suppression run per event type
// over the whole tree plus the organisation, so no choice of subtree can be subtracted from
// another (or from the organisation) to reveal a group under k. Pure.
import { estimateNps, type NpsCounts, type NpsEstimate } from "@/lib/stats/nps";
import { suppressTree } from "@/lib/stats/tree-suppression";
import { EVENT_TYPES } from "./employee-event-schema";
import type { EventTypeKey } from "./event-pulse";

export const ORGANISATION = "organisation";

export interface EventCountRow extends NpsCounts {
  type: EventTypeKey;
  teamId: string;
}

export interface EventResultRow {
  type: EventTypeKey;
  /** null: hidden (fewer than k answers, or would reveal such a group by differencing). */
  estimate: NpsEstimate | null;
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
    const own = new Map<string, NpsCounts>();
    for (const row of rows) if (row.type === type) own.set(row.teamId, add(own.get(row.teamId) ?? zero(), row));
    const totals = subtreeTotals(teams, own);
    // The organisation is a real node here (the section shows its total), the parent of the roots.
    const tree = [
      { id: ORGANISATION, parentId: null, n: size(totals.get(ORGANISATION)!) },
      ...teams.map((t) => ({ id: t.id, parentId: t.parentId ?? ORGANISATION, n: size(totals.get(t.id)!) })),
    ];
    const hidden = suppressTree(tree, k);
    const counts = totals.get(node) ?? zero();
    const shown = !hidden.has(node) && size(counts) >= k;
    return { type, estimate: shown ? estimateNps(counts) : null };
  });
}
