// lib/stats/did.ts — pure. Before and after an action (issue 14 §5): difference in differences
// between the teams the action concerned and comparable teams without it, for an NPS-type score,
// an item mean and an irritant's citation rate (docs/statistics.md, "Before and after").
import { normalTwoSidedP } from "./distributions";
import { adjustedNps, type NpsCounts } from "./nps";
import type { ItemSums } from "./items";

const Z95 = 1.96;

/** (treated after − treated before) − (comparison after − comparison before), with its 95 % interval. */
export interface DidEstimate {
  /** The difference in differences of the values shown to users (NPS points, item points, rate points). */
  value: number;
  low: number;
  high: number;
  z: number;
  p: number;
  significant: boolean;
}

/** One cell (group × window): its shown value, the value the test uses and that value's variance. */
interface Cell {
  shown: number;
  tested: number;
  variance: number;
}

export interface DidCells<T> {
  treatedBefore: T;
  treatedAfter: T;
  comparisonBefore: T;
  comparisonAfter: T;
}

/**
 * The four cells are independent samples (different months, different teams): the variance of the
 * difference in differences is the sum of theirs; z = DiD/√var, p two-sided, and the interval is
 * DiD ± 1.96·√var around the tested values, on the scale of the shown ones (`scale`).
 */
function combine(cells: DidCells<Cell>, scale: number, alpha: number): DidEstimate | null {
  const { treatedBefore: tb, treatedAfter: ta, comparisonBefore: cb, comparisonAfter: ca } = cells;
  const variance = tb.variance + ta.variance + cb.variance + ca.variance;
  if (!(variance > 0)) return null;
  const tested = ta.tested - tb.tested - (ca.tested - cb.tested);
  const se = Math.sqrt(variance);
  const z = tested / se;
  const p = normalTwoSidedP(z);
  return {
    value: ta.shown - tb.shown - (ca.shown - cb.shown),
    low: scale * (tested - Z95 * se),
    high: scale * (tested + Z95 * se),
    z,
    p,
    significant: p < alpha,
  };
}

function checkAlpha(alpha: number) {
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
}

function mapCells<T, U>(cells: DidCells<T>, f: (cell: T) => U | null): DidCells<U> | null {
  const out = {
    treatedBefore: f(cells.treatedBefore),
    treatedAfter: f(cells.treatedAfter),
    comparisonBefore: f(cells.comparisonBefore),
    comparisonAfter: f(cells.comparisonAfter),
  };
  if (out.treatedBefore === null || out.treatedAfter === null || out.comparisonBefore === null || out.comparisonAfter === null) return null;
  return out as DidCells<U>;
}

/**
 * NPS (or eNPS): shown values are the raw scores 100·(nP − nD)/n; the test uses each cell's
 * adjusted-Wald value and variance (as the gap and the change do). Null when a cell has no answer.
 */
export function npsDid(cells: DidCells<NpsCounts>, alpha = 0.05): DidEstimate | null {
  checkAlpha(alpha);
  const mapped = mapCells(cells, (counts): Cell | null => {
    const adjusted = adjustedNps(counts);
    if (!adjusted) return null;
    const n = counts.promoters + counts.passives + counts.detractors;
    return { shown: (100 * (counts.promoters - counts.detractors)) / n, tested: adjusted.value, variance: adjusted.variance };
  });
  return mapped ? combine(mapped, 100, alpha) : null;
}

/**
 * An item's mean (1–5): each cell's mean and its variance s²/n (s² the sample variance). Null when
 * a cell has fewer than two answers (no spread to estimate).
 */
export function itemDid(cells: DidCells<ItemSums>, alpha = 0.05): DidEstimate | null {
  checkAlpha(alpha);
  const mapped = mapCells(cells, ({ n, sum, sumSquares }): Cell | null => {
    if (n < 2) return null;
    const mean = sum / n;
    const spread = Math.max(0, (sumSquares - (sum * sum) / n) / (n - 1));
    return { shown: mean, tested: mean, variance: spread / n };
  });
  return mapped ? combine(mapped, 1, alpha) : null;
}

/** How many answers of a cell cited the irritant, out of how many answers. */
export interface Citations {
  cited: number;
  n: number;
}

/**
 * A citation rate, in percentage points: shown values are cited/n; the test uses the
 * Agresti–Caffo adjusted proportion (cited + 1)/(n + 2) with variance p̃(1 − p̃)/(n + 2), so that
 * a cell where nobody (or everybody) cited it still has a spread. Null when a cell has no answer.
 */
export function rateDid(cells: DidCells<Citations>, alpha = 0.05): DidEstimate | null {
  checkAlpha(alpha);
  const mapped = mapCells(cells, ({ cited, n }): Cell | null => {
    if (!Number.isInteger(n) || !Number.isInteger(cited) || cited < 0 || cited > n)
      throw new RangeError(`citations must be integers with 0 ≤ cited ≤ n, got ${cited} of ${n}`);
    if (n === 0) return null;
    const adjusted = (cited + 1) / (n + 2);
    return { shown: (100 * cited) / n, tested: adjusted, variance: (adjusted * (1 - adjusted)) / (n + 2) };
  });
  return mapped ? combine(mapped, 100, alpha) : null;
}

/**
 * Euros spent per point gained: only for a significant gain (a cost per point of a change that may
 * be noise would be a number without meaning), else null. `spentCents` in euro cents.
 */
export function costPerPoint(spentCents: number, estimate: DidEstimate | null): number | null {
  if (!estimate || !estimate.significant || !(estimate.value > 0) || !(spentCents > 0)) return null;
  return spentCents / 100 / estimate.value;
}
