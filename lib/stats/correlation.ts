// lib/stats/correlation.ts — pure. Pearson r and Spearman ρ across teams, with Fisher-z interval and t-test p-value (docs/statistics.md).
import { studentTTwoSidedP } from "./distributions";

/** Product rule (docs/statistics.md): fewer than 5 teams → "not enough teams", no number. */
export const MIN_CORRELATION_TEAMS = 5;

const Z95 = 1.96;

/** Why no coefficient can be given: too few points for a t-test (n < 3), or a series without spread. */
export interface NotComputable {
  status: "not-computable";
  reason: "too-few-points" | "constant-series";
}

/** r with its 95 % Fisher-z interval [low, high] and two-sided p-value, over n points. */
export interface PearsonResult {
  status: "ok";
  r: number;
  low: number;
  high: number;
  p: number;
  n: number;
}

export interface SpearmanResult {
  status: "ok";
  rho: number;
  p: number;
  n: number;
}

export type TeamCorrelation =
  | { status: "not-enough-teams"; teams: number }
  | {
      status: "ok";
      teams: number;
      pearson: PearsonResult | NotComputable;
      spearman: SpearmanResult | NotComputable;
    };

/**
 * A series of numbers: an array, or a typed array from the lagged grids (lib/stats/lag.ts). The
 * loops below are plain indexed loops, without callbacks: tens of thousands of lagged pairs go
 * through them for every KPI on the overview.
 */
type Series = ArrayLike<number>;

function assertSeries(xs: Series, ys: Series): void {
  if (xs.length !== ys.length) {
    throw new RangeError(`Series must have the same length, got ${xs.length} and ${ys.length}`);
  }
  for (const vs of [xs, ys]) {
    for (let i = 0; i < vs.length; i += 1) {
      if (!Number.isFinite(vs[i])) throw new RangeError(`Correlation inputs must be finite numbers, got ${vs[i]}`);
    }
  }
}

function isConstant(vs: Series): boolean {
  for (let i = 1; i < vs.length; i += 1) if (vs[i] !== vs[0]) return false;
  return true;
}

/** Deviations from the mean, divided by the largest one (r is scale-free; keeps squares clear of under/overflow). */
function scaledDeviations(vs: Series): Float64Array {
  let sum = 0;
  for (let i = 0; i < vs.length; i += 1) sum += vs[i]!;
  const mean = sum / vs.length;
  const deviations = new Float64Array(vs.length);
  let scale = 0;
  // Loops, not Math.max(...spread): tens of thousands of lagged pairs would overflow the stack.
  for (let i = 0; i < vs.length; i += 1) {
    deviations[i] = vs[i]! - mean;
    scale = Math.max(scale, Math.abs(vs[i]! - mean));
  }
  // Stryker disable next-line EqualityOperator: one more turn writes deviations[n], which a typed array ignores.
  for (let i = 0; i < deviations.length; i += 1) deviations[i] = deviations[i]! / scale;
  return deviations;
}

/** r = Σ(x−x̄)(y−ȳ) / √(Σ(x−x̄)² Σ(y−ȳ)²) on non-constant series, clamped to [−1, 1] against rounding. */
function coefficient(xs: Series, ys: Series): number {
  const dx = scaledDeviations(xs);
  const dy = scaledDeviations(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < dx.length; i += 1) {
    const a = dx[i]!;
    const b = dy[i]!;
    sxy += a * b;
    sxx += a * a;
    syy += b * b;
  }
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

/** Two-sided p from t = r·√((n−2)/(1−r²)) with n − 2 df; |r| = 1 makes t infinite, so p = 0. */
function correlationP(r: number, n: number): number {
  // Stryker disable next-line ConditionalExpression: a shortcut. Without it t = ±∞ (division by 1 − r² = 0) and the t tail at ±∞ is 0.
  if (Math.abs(r) === 1) return 0;
  return studentTTwoSidedP(r * Math.sqrt((n - 2) / (1 - r * r)), n - 2);
}

/** Validated r, or why there is none; needs n ≥ 3 so that the t-test has at least 1 df. */
function checkedCoefficient(xs: Series, ys: Series): number | NotComputable {
  assertSeries(xs, ys);
  if (xs.length < 3) return { status: "not-computable", reason: "too-few-points" };
  if (isConstant(xs) || isConstant(ys)) return { status: "not-computable", reason: "constant-series" };
  return coefficient(xs, ys);
}

/**
 * Pearson r; 95 % interval tanh(atanh r ± 1.96/√(n−3)). At n = 3 the half-width is infinite, so
 * the interval is the whole [−1, 1]; at |r| = 1 it collapses to [r, r] (atanh r is infinite).
 */
export function pearson(xs: Series, ys: Series): PearsonResult | NotComputable {
  const r = checkedCoefficient(xs, ys);
  if (typeof r !== "number") return r;
  const n = xs.length;
  const p = correlationP(r, n);
  if (Math.abs(r) === 1) return { status: "ok", r, low: r, high: r, p, n };
  const z = Math.atanh(r);
  const half = Z95 / Math.sqrt(n - 3);
  return { status: "ok", r, low: Math.tanh(z - half), high: Math.tanh(z + half), p, n };
}

/** 1-based ranks; tied values share the average of the ranks they span (e.g. [5, 7, 7] → [1, 2.5, 2.5]). */
export function rank(values: readonly number[]): number[] {
  for (const v of values) {
    if (!Number.isFinite(v)) throw new RangeError(`Ranked values must be finite numbers, got ${v}`);
  }
  // A numeric typed-array sort (no comparator, no objects), then each distinct value's average
  // rank by value: tens of thousands of lagged pairs are ranked on every overview.
  const sorted = Float64Array.from(values).sort();
  const averageRank = new Map<number, number>();
  // Stryker disable next-line EqualityOperator: one more turn at start = n reads sorted[n], undefined, and files it under a key no value has.
  for (let start = 0; start < sorted.length;) {
    let end = start;
    // Past its end a typed array reads undefined, which equals no number: the run of ties stops there.
    while (sorted[end + 1] === sorted[start]) end += 1;
    averageRank.set(sorted[start]!, (start + end) / 2 + 1);
    start = end + 1;
  }
  return values.map((v) => averageRank.get(v)!);
}

/** Spearman ρ = Pearson r on average ranks; p-value by the same t formula (docs/statistics.md). */
export function spearman(xs: readonly number[], ys: readonly number[]): SpearmanResult | NotComputable {
  assertSeries(xs, ys);
  return spearmanOfRanks(rank(xs), rank(ys));
}

/**
 * Spearman ρ from ranks the caller already averaged over ties, as rank() gives them (the lagged
 * grids of lib/stats/lag.ts rank each lag's pairs by counting, without sorting them again).
 */
export function spearmanOfRanks(rxs: Series, rys: Series): SpearmanResult | NotComputable {
  const rho = checkedCoefficient(rxs, rys);
  if (typeof rho !== "number") return rho;
  return { status: "ok", rho, p: correlationP(rho, rxs.length), n: rxs.length };
}

/**
 * One point per leaf team (x = eNPS, y = NPS, raw and unweighted; the caller keeps only teams
 * above the anonymity threshold on both sides). Below minTeams no coefficient is computed at all.
 */
export function teamCorrelation(points: readonly { x: number; y: number }[], minTeams: number = MIN_CORRELATION_TEAMS): TeamCorrelation {
  if (!Number.isInteger(minTeams) || minTeams < 3) {
    throw new RangeError(`minTeams must be an integer ≥ 3, got ${minTeams}`);
  }
  const teams = points.length;
  if (teams < minTeams) return { status: "not-enough-teams", teams };
  const xs = points.map((pt) => pt.x);
  const ys = points.map((pt) => pt.y);
  return { status: "ok", teams, pearson: pearson(xs, ys), spearman: spearman(xs, ys) };
}
