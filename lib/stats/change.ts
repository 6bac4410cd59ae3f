// lib/stats/change.ts — pure. Is one team's NPS (or eNPS) change between two periods significant? Two independent samples, adjusted Wald (docs/statistics.md).
import { normalTwoSidedP } from "./distributions";
import { adjustedNps, estimateNps, type NpsCounts } from "./nps";

/** `delta` is the change of the raw scores shown to users (later − earlier), in NPS points. */
export interface NpsChange {
  delta: number;
  z: number;
  p: number;
  significant: boolean;
}

/**
 * z = (NPS'₂ − NPS'₁)/√(var₁ + var₂) with each side's adjusted-Wald value and variance, the same
 * ingredients as the gap interval; p = erfc(|z|/√2), two-sided. `significant` is p < alpha, which
 * at alpha = 0.05 agrees with "the 95 % interval of the change excludes 0". Null if either period
 * has no answers. The two periods must hold different respondents' answers (independence).
 */
export function estimateChange(earlier: NpsCounts, later: NpsCounts, alpha = 0.05): NpsChange | null {
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
  const before = estimateNps(earlier);
  const after = estimateNps(later);
  const a1 = adjustedNps(earlier);
  const a2 = adjustedNps(later);
  // Stryker disable next-line ConditionalExpression,LogicalOperator: estimateNps and adjustedNps are null together (n = 0 only), so testing either pair suffices.
  if (!before || !after || !a1 || !a2) return null;
  const z = (a2.value - a1.value) / Math.sqrt(a1.variance + a2.variance);
  const p = normalTwoSidedP(z);
  return { delta: after.score - before.score, z, p, significant: p < alpha };
}
