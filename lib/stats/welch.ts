// lib/stats/welch.ts — pure. The difference of two means from independent samples with unequal
// variances (Welch): the ROI panel's "teams whose eNPS rose versus the others" (issue 15 §1).
import { studentTQuantile, studentTTwoSidedP } from "./distributions";

export interface MeanDifference {
  /** mean(a) − mean(b). */
  difference: number;
  low: number;
  high: number;
  t: number;
  /** Welch–Satterthwaite degrees of freedom. */
  df: number;
  p: number;
  significant: boolean;
  n: [number, number];
}

function meanAndVariance(values: readonly number[]): { mean: number; variance: number } {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1);
  return { mean, variance };
}

/**
 * t = (x̄a − x̄b)/√(sa²/na + sb²/nb), df by Welch–Satterthwaite, interval x̄a − x̄b ± t(1 − α/2, df)·se,
 * p two-sided. Null below two values on either side, or when both samples are constant (no spread
 * to judge a difference by).
 */
export function welchDifference(a: readonly number[], b: readonly number[], alpha = 0.05): MeanDifference | null {
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
  for (const value of [...a, ...b]) if (!Number.isFinite(value)) throw new RangeError(`values must be finite, got ${value}`);
  if (a.length < 2 || b.length < 2) return null;
  const x = meanAndVariance(a);
  const y = meanAndVariance(b);
  const va = x.variance / a.length;
  const vb = y.variance / b.length;
  const se2 = va + vb;
  if (!(se2 > 0)) return null;
  const se = Math.sqrt(se2);
  const df = se2 ** 2 / (va ** 2 / (a.length - 1) + vb ** 2 / (b.length - 1));
  const difference = x.mean - y.mean;
  const t = difference / se;
  const half = studentTQuantile(1 - alpha / 2, df) * se;
  const p = studentTTwoSidedP(t, df);
  return { difference, low: difference - half, high: difference + half, t, df, p, significant: p < alpha, n: [a.length, b.length] };
}
