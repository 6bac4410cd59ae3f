// lib/stats/items.ts — pure. Mean of 1–5 item answers with a 95 % Student t interval, from the sufficient statistics SQL returns.
import { studentTQuantile } from "./distributions";

/** What `SELECT count(*), sum(v), sum(v * v)` gives for one item, team and period. */
export interface ItemSums {
  n: number;
  sum: number;
  sumSquares: number;
}

export interface ItemMeanEstimate {
  n: number;
  mean: number;
  low: number;
  high: number;
}

const SCALE_MIN = 1;
const SCALE_MAX = 5;

const clip = (x: number) => Math.min(SCALE_MAX, Math.max(SCALE_MIN, x));

function checkSums({ n, sum, sumSquares }: ItemSums): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer, got ${n}`);
  if (!Number.isFinite(sum) || !Number.isFinite(sumSquares)) {
    throw new RangeError(`sum and sumSquares must be finite, got ${sum} and ${sumSquares}`);
  }
  // n answers from 1 to 5 sum to n..5n (so 0 for none, like the sum of squares below); anything
  // else is a bug upstream, not data to average.
  if (sum < SCALE_MIN * n || sum > SCALE_MAX * n) {
    throw new RangeError(`A sum of ${n} answers from 1 to 5 cannot be ${sum}`);
  }
  if (sumSquares < SCALE_MIN ** 2 * n || sumSquares > SCALE_MAX ** 2 * n) {
    throw new RangeError(`A sum of squares of ${n} answers from 1 to 5 cannot be ${sumSquares}`);
  }
}

/**
 * Mean x̄ = sum/n; s² = (sumSquares − sum²/n)/(n − 1) (floored at 0 against rounding);
 * interval x̄ ± t_{0.975, n−1}·s/√n, clipped to the [1, 5] scale. n = 0 → null.
 * n = 1 → the interval is the whole scale [1, 5]: one answer says nothing about the spread,
 * and low = high = mean would claim a certainty we do not have.
 * All answers equal (s = 0, n ≥ 2) → the interval collapses to the mean, as the t formula gives.
 */
export function estimateItemMean(sums: ItemSums): ItemMeanEstimate | null {
  checkSums(sums);
  const { n, sum, sumSquares } = sums;
  if (n === 0) return null;
  const mean = sum / n;
  if (n === 1) return { n, mean, low: SCALE_MIN, high: SCALE_MAX };
  const variance = Math.max(0, (sumSquares - (sum * sum) / n) / (n - 1));
  const half = studentTQuantile(0.975, n - 1) * Math.sqrt(variance / n);
  return { n, mean, low: clip(mean - half), high: clip(mean + half) };
}
