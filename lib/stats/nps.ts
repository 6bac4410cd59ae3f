// lib/stats/nps.ts — pure. NPS classification, scores and adjusted-Wald 95 % intervals (docs/statistics.md).

export type NpsCategory = "promoter" | "passive" | "detractor";

export interface NpsCounts {
  promoters: number;
  passives: number;
  detractors: number;
}

/** `score` is the raw NPS shown to users; `low`/`high` bound its 95 % interval. */
export interface NpsEstimate {
  n: number;
  score: number;
  low: number;
  high: number;
}

/** eNPS − NPS of one team, with its 95 % interval. */
export interface GapEstimate {
  value: number;
  low: number;
  high: number;
}

const Z95 = 1.96;

/** Standard NPS bands: 9–10 promoter, 7–8 passive, 0–6 detractor. */
export function classifyScore(score: number): NpsCategory {
  if (!Number.isInteger(score) || score < 0 || score > 10) {
    throw new RangeError(`NPS answer must be an integer from 0 to 10, got ${score}`);
  }
  if (score >= 9) return "promoter";
  if (score >= 7) return "passive";
  return "detractor";
}

export function countScores(scores: readonly number[]): NpsCounts {
  const counts: NpsCounts = { promoters: 0, passives: 0, detractors: 0 };
  for (const score of scores) {
    const category = classifyScore(score);
    if (category === "promoter") counts.promoters += 1;
    else if (category === "passive") counts.passives += 1;
    else counts.detractors += 1;
  }
  return counts;
}

// Counts come from SQL; a negative or fractional one is a bug upstream, not data to average.
function totalOf({ promoters, passives, detractors }: NpsCounts): number {
  for (const c of [promoters, passives, detractors]) {
    if (!Number.isInteger(c) || c < 0) {
      throw new RangeError(`NPS counts must be non-negative integers, got ${c}`);
    }
  }
  return promoters + passives + detractors;
}

/** Raw NPS = 100·(nP − nD)/n, on the −100..100 scale shown to users. */
function rawScore(counts: NpsCounts, n: number): number {
  return (100 * (counts.promoters - counts.detractors)) / n;
}

/**
 * Adjusted Wald (docs/statistics.md): n' = n + 3, pP = (nP + 0.75)/n', pD = (nD + 0.75)/n',
 * NPS' = pP − pD, var = (pP + pD − (pP − pD)²)/n'. Both on the 0..1 scale.
 */
function adjusted(counts: NpsCounts, n: number): { diff: number; variance: number } {
  const m = n + 3;
  const pP = (counts.promoters + 0.75) / m;
  const pD = (counts.detractors + 0.75) / m;
  return { diff: pP - pD, variance: (pP + pD - (pP - pD) ** 2) / m };
}

/**
 * Adjusted-Wald NPS' = pP − pD and its variance (docs/statistics.md), on the 0..1 scale, for tests
 * that combine two samples (change between periods); null when n = 0, as for estimateNps.
 */
export function adjustedNps(counts: NpsCounts): { value: number; variance: number } | null {
  const n = totalOf(counts);
  if (n === 0) return null;
  const { diff, variance } = adjusted(counts, n);
  return { value: diff, variance };
}

function clamp(x: number, limit: number): number {
  return Math.min(limit, Math.max(-limit, x));
}

/** Raw score with bounds 100·(NPS' ± 1.96·√var), clipped to [−100, 100]; null when n = 0. */
export function estimateNps(counts: NpsCounts): NpsEstimate | null {
  const n = totalOf(counts);
  if (n === 0) return null;
  const { diff, variance } = adjusted(counts, n);
  const half = Z95 * Math.sqrt(variance);
  return {
    n,
    score: rawScore(counts, n),
    low: clamp(100 * (diff - half), 100),
    high: clamp(100 * (diff + half), 100),
  };
}

/**
 * Gap = eNPS − NPS on raw scores; interval for independent samples (docs/statistics.md):
 * 100·(NPS'_e − NPS'_c ± 1.96·√(var_e + var_c)), clipped to [−200, 200]. Null if either side is empty.
 */
export function estimateGap(enps: NpsCounts, nps: NpsCounts): GapEstimate | null {
  const nE = totalOf(enps);
  const nC = totalOf(nps);
  if (nE === 0 || nC === 0) return null;
  const e = adjusted(enps, nE);
  const c = adjusted(nps, nC);
  const half = Z95 * Math.sqrt(e.variance + c.variance);
  return {
    value: rawScore(enps, nE) - rawScore(nps, nC),
    low: clamp(100 * (e.diff - c.diff - half), 200),
    high: clamp(100 * (e.diff - c.diff + half), 200),
  };
}
