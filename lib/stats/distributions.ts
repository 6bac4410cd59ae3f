// lib/stats/distributions.ts — pure. Standard normal and Student t probabilities for the p-values and intervals of docs/statistics.md.
import { regularizedGammaQ, regularizedIncompleteBeta } from "./special-functions";

/** Guards every entry point: a NaN would otherwise flow silently into a displayed p-value. */
function assertFinite(x: number, what: string): void {
  if (!Number.isFinite(x)) throw new RangeError(`${what} must be a finite number, got ${x}`);
}

function assertDf(df: number): void {
  if (!Number.isFinite(df) || df < 1) {
    throw new RangeError(`Degrees of freedom must be a finite number ≥ 1, got ${df}`);
  }
}

/**
 * Complementary error function: erfc(x) = Q(1/2, x²) for x ≥ 0 (Abramowitz & Stegun 6.5.17: Γ(½, x²) = √π·erfc x),
 * erfc(−x) = 2 − erfc(x). Near machine precision, in the tails too (relative error).
 */
export function erfc(x: number): number {
  if (Number.isNaN(x)) throw new RangeError("erfc of NaN");
  // Stryker disable next-line ConditionalExpression: a shortcut. Without it Q(½, 0) = 1 and the x < 0 side gives 2 − 1 = 1, the same value.
  if (x === 0) return 1;
  const q = Number.isFinite(x) ? regularizedGammaQ(0.5, x * x) : 0;
  // Stryker disable next-line EqualityOperator: x = 0 has returned above, so > and ≥ agree.
  return x > 0 ? q : 2 - q;
}

/** Φ(z) = erfc(−z/√2)/2. Infinite z gives 0 or 1. */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) throw new RangeError("normalCdf of NaN");
  return 0.5 * erfc(-z / Math.SQRT2);
}

/** P(|Z| ≥ |z|) = erfc(|z|/√2), computed directly so small p-values do not cancel to 0. */
export function normalTwoSidedP(z: number): number {
  if (Number.isNaN(z)) throw new RangeError("normalTwoSidedP of NaN");
  return erfc(Math.abs(z) / Math.SQRT2);
}

/** Two-sided P(|T| ≥ |t|) with df degrees of freedom = I_{df/(df+t²)}(df/2, 1/2). Infinite t gives 0. */
export function studentTTwoSidedP(t: number, df: number): number {
  if (Number.isNaN(t)) throw new RangeError("studentTTwoSidedP of NaN");
  assertDf(df);
  // Stryker disable next-line ConditionalExpression: a shortcut. Without it t² = ∞ gives x = df/∞ = 0 and I_0 = 0, the same value.
  if (!Number.isFinite(t)) return 0;
  return regularizedIncompleteBeta(df / 2, 0.5, df / (df + t * t));
}

/** P(T ≤ t): half the two-sided tail on the far side of 0. */
export function studentTCdf(t: number, df: number): number {
  const tail = studentTTwoSidedP(t, df) / 2;
  // Stryker disable next-line EqualityOperator: at t = 0 the tail is ½ and 1 − ½ = ½, so ≥ and > agree.
  return t >= 0 ? 1 - tail : tail;
}

/**
 * Inverse of studentTCdf by bisection: the bracket doubles until it holds the quantile, then
 * halves until it is narrower than 1e-12 (relative) — monotone and safe, if not the fastest.
 */
export function studentTQuantile(p: number, df: number): number {
  assertFinite(p, "Probability");
  if (!(p > 0 && p < 1)) throw new RangeError(`Probability must be in (0, 1), got ${p}`);
  assertDf(df);
  if (p === 0.5) return 0;
  // Stryker disable next-line EqualityOperator: p = 0.5 has returned above, so < and ≤ agree.
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  let low = 0;
  let high = 1;
  // If cdf(high) = p exactly, ≤ doubles once more and leaves the quantile at the bracket's low end
  // instead of its high end; the bisection converges to it either way.
  // Stryker disable next-line EqualityOperator: equivalent, as said above.
  while (studentTCdf(high, df) < p) {
    low = high;
    high *= 2;
  }
  while (high - low > 1e-12 * Math.max(1, high)) {
    const mid = (low + high) / 2;
    // Stryker disable next-line EqualityOperator: cdf(mid) = p exactly puts mid on the quantile, and either half keeps it.
    if (studentTCdf(mid, df) < p) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}
