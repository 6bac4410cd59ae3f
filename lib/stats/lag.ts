// lib/stats/lag.ts — pure. Lagged correlation: does a team's eNPS in month t go with its NPS in month t + k?
import {
  MIN_CORRELATION_TEAMS,
  type NotComputable,
  type PearsonResult,
  type SpearmanResult,
  pearson,
  spearmanOfRanks,
} from "./correlation";

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
  /** cellOrder(x), when the caller has it already (it must be of this very x). */
  xOrder?: CellOrder;
  /** cellOrder(y), likewise. */
  yOrder?: CellOrder;
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

/**
 * Each cell's place among the distinct values of its side (0 for the smallest; unused where NaN): the
 * one sort of a side, shared by all its lags. `distinct` is how many different values there are.
 */
export interface CellOrder {
  readonly ids: Int32Array;
  readonly distinct: number;
}

/**
 * The order of a grid side's values, for a caller that pairs one side with several others (the
 * KPI correlations pair one eNPS grid with every KPI's): pass it as `xOrder` or `yOrder` of the
 * grid instead of letting each call sort the same cells again.
 */
export function cellOrder(cells: Float64Array): CellOrder {
  // A numeric typed-array sort (NaN goes last), then each cell's value found by binary search among
  // the distinct ones. Plain indexed loops here and below: no callback per cell (bench:kpis).
  // Ranks only ever compare places, so a mutant that keeps the places in order changes nothing:
  // the Stryker exceptions below are such equivalent mutants (extra unused places, shifted or
  // mirrored ranks on both sides), each named.
  const values = cells.slice().sort();
  let distinct = 0;
  // Stryker disable next-line EqualityOperator,ConditionalExpression: reading on past the end or past the first NaN only adds places after every value.
  for (let i = 0; i < values.length && !Number.isNaN(values[i]!); i += 1) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: keeping a duplicate as a place of its own leaves it unused (the search finds the first).
    if (i === 0 || values[i] !== values[distinct - 1]) values[distinct++] = values[i]!;
  }
  // A NaN cell's place is never read: no pair holds it.
  const ids = new Int32Array(cells.length);
  // Stryker disable next-line EqualityOperator: one more turn writes ids[n], which a typed array ignores.
  for (let cell = 0; cell < cells.length; cell += 1) {
    const value = cells[cell]!;
    let low = 0;
    let high = distinct - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (values[middle]! < value) low = middle + 1;
      else high = middle;
    }
    ids[cell] = low;
  }
  return { ids, distinct };
}

/**
 * The average ranks (as lib/stats/correlation.ts rank() gives them) of the values of one lag's
 * pairs, by counting how many pairs hold each distinct value: O(pairs + distinct values), no sort.
 */
function ranksByCount({ ids, distinct }: CellOrder, cells: Int32Array): Float64Array {
  const counts = new Float64Array(distinct);
  // Stryker disable next-line EqualityOperator,AssignmentOperator: one more turn counts under no place; counting down mirrors every rank (1 − r), on both sides, and ρ with them.
  for (let i = 0; i < cells.length; i += 1) counts[ids[cells[i]!]!]! += 1;
  // Then each distinct value's average rank: the pairs before it, plus the middle of its own run.
  let before = 0;
  // Stryker disable next-line EqualityOperator: one more turn writes counts[distinct], which a typed array ignores.
  for (let id = 0; id < distinct; id += 1) {
    const count = counts[id]!;
    // Stryker disable next-line ArithmeticOperator: (count − 1) / 2 shifts every rank by 1, on both sides: ρ is the same.
    counts[id] = before + (count + 1) / 2;
    before += count;
  }
  const ranks = new Float64Array(cells.length);
  // Stryker disable next-line EqualityOperator: one more turn writes ranks[n], which a typed array ignores.
  for (let i = 0; i < cells.length; i += 1) ranks[i] = counts[ids[cells[i]!]!]!;
  return ranks;
}

/** The cells of (x_t, y_{t+lag}) for every team and month where both exist, in team then month order, and their values. */
function pairsAtLag({ teams, months, x, y }: MonthGrid, lag: number) {
  const found = new Int32Array(teams * months);
  let pairs = 0;
  for (let team = 0; team < teams; team += 1) {
    for (let month = 0; month + lag < months; month += 1) {
      const at = team * months + month;
      if (!Number.isNaN(x[at]!) && !Number.isNaN(y[at + lag]!)) found[pairs++] = at;
    }
  }
  const xCells = found.subarray(0, pairs);
  const yCells = new Int32Array(pairs);
  const xs = new Float64Array(pairs);
  const ys = new Float64Array(pairs);
  // Stryker disable next-line EqualityOperator: one more turn writes past the ends of typed arrays, which they ignore.
  for (let i = 0; i < pairs; i += 1) {
    yCells[i] = xCells[i]! + lag;
    xs[i] = x[xCells[i]!]!;
    ys[i] = y[yCells[i]!]!;
  }
  return { xCells, yCells, xs, ys };
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
  // Stryker disable next-line LogicalOperator: sorting again gives the same order, only slower.
  const xOrder = grid.xOrder ?? cellOrder(grid.x);
  // Stryker disable next-line LogicalOperator: likewise.
  const yOrder = grid.yOrder ?? cellOrder(grid.y);
  const results: LagCorrelation[] = [];
  for (let lag = 0; lag <= maxLag; lag += 1) {
    const { xCells, yCells, xs, ys } = pairsAtLag(grid, lag);
    const tooFew: NotComputable = { status: "not-computable", reason: "too-few-points" };
    const enough = xs.length >= minPairs;
    results.push({
      lag,
      pairs: xs.length,
      // Pearson first: it refuses a value that is not a finite number.
      pearson: enough ? pearson(xs, ys) : tooFew,
      spearman: enough ? spearmanOfRanks(ranksByCount(xOrder, xCells), ranksByCount(yOrder, yCells)) : tooFew,
    });
  }
  return results;
}
