// The promoter/passive/detractor counts behind a dashboard figure, read back from its DTO, so the
// overview can sum months and test a change with lib/stats (estimateChange) without a new field
// in the symmetry result. Exact: the DTO carries n, the raw score and the adjusted-Wald bounds.
import { estimateNps, type NpsCounts } from "@/lib/stats/nps";
import type { NpsDto } from "@/lib/symmetry/symmetry-types";

const Z95 = 1.96;
const close = (a: number, b: number) => Math.abs(a - b) < 1e-6;

/**
 * Inverts docs/statistics.md's adjusted Wald: P − D = score·n/100; with m = n + 3, NPS' = (P − D)/m
 * and an unclipped bound gives half = 1.96·√var, so pP + pD = var·m + NPS'² and P + D = (pP + pD)·m − 1.5.
 * At most one bound is ever clipped (var ≤ 1/m ≤ 1/4). Null when the figure does not round-trip
 * (not an NpsDto made by estimateNps): then nothing is claimed from it.
 */
export function countsOf(dto: NpsDto | null | undefined): NpsCounts | null {
  if (!dto || !Number.isInteger(dto.n) || dto.n <= 0) return null;
  const { n, score, low, high } = dto;
  const m = n + 3;
  const difference = Math.round((score * n) / 100);
  const diff = difference / m;
  const half = low > -100 ? diff - low / 100 : high / 100 - diff;
  const sum = (half / Z95) ** 2 * m + diff ** 2;
  const both = Math.round(sum * m - 1.5);
  // "+ 0" turns −0 into 0.
  const promoters = (both + difference) / 2 + 0;
  const detractors = (both - difference) / 2 + 0;
  const counts = { promoters, passives: n - both, detractors };
  if (!Number.isInteger(promoters) || promoters < 0 || detractors < 0 || counts.passives < 0) return null;
  const check = estimateNps(counts);
  return check && close(check.score, score) && close(check.low, low) && close(check.high, high) ? counts : null;
}

/** The sum of several figures' counts; null if any cannot be read back, or none is given. */
export function sumCounts(figures: ReadonlyArray<NpsDto | null | undefined>): NpsCounts | null {
  const present = figures.filter((figure): figure is NpsDto => Boolean(figure));
  if (present.length === 0) return null;
  const sum: NpsCounts = { promoters: 0, passives: 0, detractors: 0 };
  for (const figure of present) {
    const counts = countsOf(figure);
    if (!counts) return null;
    sum.promoters += counts.promoters;
    sum.passives += counts.passives;
    sum.detractors += counts.detractors;
  }
  return sum;
}
