// The overview's headline (issue 19 §3): NPS, eNPS and gap of the scope over the period shown,
// each with its change from the previous period of the same length. Built from the trend points
// of two symmetry results (the period, the one before), already role-scoped and anonymised.
import { estimateChange } from "@/lib/stats/change";
import { estimateGap, estimateNps, type NpsCounts } from "@/lib/stats/nps";
import type { GapDto, NpsDto, TrendPointDto } from "@/lib/symmetry/symmetry-types";
import { sumCounts } from "./nps-counts";

/** `significant` is null when lib/stats has no test for it (a change of gap): nothing is claimed. */
export interface HeadlineChange {
  delta: number;
  significant: boolean | null;
}

export interface HeadlineScore {
  /** A customer figure under the organisation's minimum n carries `tooFew: true`: show its n, not its score. */
  figure: (NpsDto & { tooFew?: true }) | null;
  change: HeadlineChange | null;
}

export interface Headline {
  nps: HeadlineScore;
  enps: HeadlineScore & { hidden: boolean };
  gap: { figure: GapDto | null; change: HeadlineChange | null };
}

type Side = "nps" | "enps";

function countsOver(points: readonly TrendPointDto[] | null, side: Side): NpsCounts | null {
  return points ? sumCounts(points.map((point) => point[side])) : null;
}

const size = (counts: NpsCounts | null) => (counts ? counts.promoters + counts.passives + counts.detractors : 0);

function scoreChange(before: NpsCounts | null, after: NpsCounts | null): HeadlineChange | null {
  const change = before && after ? estimateChange(before, after) : null;
  return change ? { delta: change.delta, significant: change.significant } : null;
}

type Options = { enpsHidden: boolean; minCustomerResponses: number };

/**
 * `previous` is null when the previous period could not be read (no data, or a filter the
 * remainder rule refuses). `enpsHidden`: the scope's employee side is hidden for anonymity, so
 * no eNPS, gap or change of either is computed, whatever the points hold. A customer side under
 * `minCustomerResponses` answers is flagged too few and yields no gap and no change (issue 19 §2).
 */
export function buildHeadline(
  current: readonly TrendPointDto[],
  previous: readonly TrendPointDto[] | null,
  { enpsHidden, minCustomerResponses }: Options,
): Headline {
  const enough = (counts: NpsCounts | null) => (size(counts) >= minCustomerResponses ? counts : null);
  const c = { nps: countsOver(current, "nps"), enps: enpsHidden ? null : countsOver(current, "enps") };
  const p = { nps: countsOver(previous, "nps"), enps: enpsHidden ? null : countsOver(previous, "enps") };
  const gapNow = enough(c.nps) && c.enps ? estimateGap(c.enps, c.nps!) : null;
  const gapBefore = enough(p.nps) && p.enps ? estimateGap(p.enps, p.nps!) : null;
  const npsFigure = c.nps ? estimateNps(c.nps) : null;
  return {
    nps: {
      figure: npsFigure && !enough(c.nps) ? { ...npsFigure, tooFew: true as const } : npsFigure,
      change: scoreChange(enough(p.nps), enough(c.nps)),
    },
    enps: { figure: c.enps ? estimateNps(c.enps) : null, change: scoreChange(p.enps, c.enps), hidden: enpsHidden },
    gap: {
      figure: gapNow,
      change: gapNow && gapBefore ? { delta: gapNow.value - gapBefore.value, significant: null } : null,
    },
  };
}
