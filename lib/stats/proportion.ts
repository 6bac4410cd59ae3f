// lib/stats/proportion.ts — pure. A share of answers (how many cite an irritant out of how many
// answered) with its Wilson score interval (docs/statistics.md "Citation rates"): unlike the
// normal (Wald) interval it stays inside [0, 1] and is not empty at 0 or n citations.

/** z for a two-sided 95 % interval. */
export const Z_95 = 1.959963984540054;

export interface ProportionEstimate {
  /** successes / n, in [0, 1]. */
  rate: number;
  low: number;
  high: number;
  n: number;
}

/** The Wilson score interval of `successes` out of `n` answers; null when there is no answer. */
export function wilsonInterval(successes: number, n: number, z: number = Z_95): ProportionEstimate | null {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Answer count must be a non-negative integer, got ${n}`);
  if (!Number.isInteger(successes) || successes < 0 || successes > n) {
    throw new RangeError(`Citations must be an integer between 0 and ${n}, got ${successes}`);
  }
  if (!(z > 0) || !Number.isFinite(z)) throw new RangeError(`z must be positive and finite, got ${z}`);
  if (n === 0) return null;
  const rate = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (rate + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((rate * (1 - rate)) / n + z2 / (4 * n * n))) / denominator;
  // At 0 and n citations one bound is the rate itself (exactly: rounding would leave 5e-17 or 1 − 1e-16).
  return { rate, low: successes === 0 ? 0 : centre - half, high: successes === n ? 1 : centre + half, n };
}
