// lib/stats/lag.ts — pure. Lagged correlation: does a team's eNPS in month t go with its NPS in month t + k?
import { MIN_CORRELATION_TEAMS, type NotComputable, type PearsonResult, type SpearmanResult, pearson, spearman } from "./correlation";

/** One team's raw scores for one calendar month; null where the month is missing or suppressed. */
export interface MonthlyTeamScore {
  teamId: string;
  /** Calendar month, "YYYY-MM". */
  period: string;
  enps: number | null;
  nps: number | null;
}

export interface LagCorrelation {
  /** k: NPS is read k calendar months after the eNPS it is paired with. */
  lag: number;
  pairs: number;
  pearson: PearsonResult | NotComputable;
  spearman: SpearmanResult | NotComputable;
}

export interface LagOptions {
  /** Lags 0..maxLag are computed; 3 by default. */
  maxLag?: number;
  /** Below this many pairs a lag gets no coefficient ("too-few-points"), as for teams (docs/statistics.md). */
  minPairs?: number;
}

/** A month count in which consecutive calendar months differ by 1: "2024-12" + 1 is "2025-01". */
function monthIndex(period: string): number {
  // The month shape of lib/patterns.ts, written here: lib/stats imports nothing outside itself.
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(period)) throw new RangeError(`Period must be "YYYY-MM", got "${period}"`);
  return Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7));
}

function checkScore(score: number | null): number | null {
  if (score !== null && !Number.isFinite(score)) {
    throw new RangeError(`Scores must be finite numbers or null, got ${score}`);
  }
  return score;
}

/**
 * Teams × calendar months, row-major (team t, month m at t·months + m), NaN where a score is
 * missing: x is read at month m, y at month m + lag. Teams in the order pairs are taken in.
 */
export interface MonthGrid {
  teams: number;
  months: number;
  x: Float64Array;
  y: Float64Array;
}

/** The grid of a series: teams in id order, every calendar month from the first to the last; rejects a team listed twice for one month. */
function gridOf(series: readonly MonthlyTeamScore[]): MonthGrid {
  const teamIds = [...new Set(series.map((row) => row.teamId))].sort();
  const teamAt = new Map(teamIds.map((teamId, i) => [teamId, i]));
  const indexes = series.map((row) => {
    checkScore(row.enps);
    checkScore(row.nps);
    return monthIndex(row.period);
  });
  // Loops, not Math.min(...spread): tens of thousands of rows would overflow the stack.
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const index of indexes) {
    first = Math.min(first, index);
    last = Math.max(last, index);
  }
  // Stryker disable next-line ArithmeticOperator: a wider grid (last + first) only adds empty months, which pair with nothing.
  const months = indexes.length === 0 ? 0 : last - first + 1;
  const grid: MonthGrid = {
    teams: teamIds.length,
    months,
    x: new Float64Array(teamIds.length * months).fill(Number.NaN),
    y: new Float64Array(teamIds.length * months).fill(Number.NaN),
  };
  const seen = new Uint8Array(teamIds.length * months);
  series.forEach((row, i) => {
    const at = teamAt.get(row.teamId)! * months + indexes[i]! - first;
    if (seen[at]) throw new RangeError(`Team ${row.teamId} has two rows for ${row.period}`);
    seen[at] = 1;
    grid.x[at] = row.enps ?? Number.NaN;
    grid.y[at] = row.nps ?? Number.NaN;
  });
  return grid;
}

/** (x_t, y_{t+lag}) for every team and month where both exist, in team then month order. */
function pairsAtLag({ teams, months, x, y }: MonthGrid, lag: number): { xs: number[]; ys: number[] } {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let team = 0; team < teams; team += 1) {
    for (let month = 0; month + lag < months; month += 1) {
      const a = x[team * months + month]!;
      const b = y[team * months + month + lag]!;
      if (Number.isNaN(a) || Number.isNaN(b)) continue;
      xs.push(a);
      ys.push(b);
    }
  }
  return { xs, ys };
}

/**
 * Pairing: for lag k, every (team, month t) with an eNPS at t and an NPS at t + k (calendar
 * months: a missing month is a gap, never skipped over) gives one pair (eNPS_t, NPS_{t+k}).
 * Pairs of all teams are pooled, unweighted and uncentred, so the coefficient mixes
 * differences between teams with changes within a team. Pairs from one team are not
 * independent (scores drift slowly), so the p-values are optimistic: show them as descriptive.
 */
export function laggedCorrelation(series: readonly MonthlyTeamScore[], options: LagOptions = {}): LagCorrelation[] {
  checkOptions(options);
  return laggedCorrelationOnGrid(gridOf(series), options);
}

function checkOptions({ maxLag = 3, minPairs = MIN_CORRELATION_TEAMS }: LagOptions): void {
  if (!Number.isInteger(maxLag) || maxLag < 0) {
    throw new RangeError(`maxLag must be a non-negative integer, got ${maxLag}`);
  }
  if (!Number.isInteger(minPairs) || minPairs < 3) {
    throw new RangeError(`minPairs must be an integer ≥ 3, got ${minPairs}`);
  }
}

/**
 * The same on a grid built by the caller (the KPI correlations pair one eNPS grid with several
 * KPI grids): x at month t with y at month t + k. Grid values must be finite numbers or NaN.
 */
export function laggedCorrelationOnGrid(grid: MonthGrid, options: LagOptions = {}): LagCorrelation[] {
  checkOptions(options);
  const { maxLag = 3, minPairs = MIN_CORRELATION_TEAMS } = options;
  if (grid.x.length !== grid.teams * grid.months || grid.y.length !== grid.x.length) {
    throw new RangeError(`A grid of ${grid.teams} teams × ${grid.months} months needs ${grid.teams * grid.months} cells per side`);
  }
  const results: LagCorrelation[] = [];
  for (let lag = 0; lag <= maxLag; lag += 1) {
    const { xs, ys } = pairsAtLag(grid, lag);
    const tooFew: NotComputable = { status: "not-computable", reason: "too-few-points" };
    const enough = xs.length >= minPairs;
    results.push({
      lag,
      pairs: xs.length,
      pearson: enough ? pearson(xs, ys) : tooFew,
      spearman: enough ? spearman(xs, ys) : tooFew,
    });
  }
  return results;
}
