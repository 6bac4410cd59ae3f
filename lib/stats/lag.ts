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

/** teamId → month index → row, rejecting a team listed twice for the same month. */
function indexByTeamAndMonth(series: readonly MonthlyTeamScore[]): Map<string, Map<number, MonthlyTeamScore>> {
  const byTeam = new Map<string, Map<number, MonthlyTeamScore>>();
  for (const row of series) {
    checkScore(row.enps);
    checkScore(row.nps);
    const months = byTeam.get(row.teamId) ?? new Map<number, MonthlyTeamScore>();
    const month = monthIndex(row.period);
    if (months.has(month)) throw new RangeError(`Team ${row.teamId} has two rows for ${row.period}`);
    months.set(month, row);
    byTeam.set(row.teamId, months);
  }
  return byTeam;
}

/** Teams in id order, each with its months in calendar order: the order pairs are taken in. */
function inPairOrder(
  byTeam: Map<string, Map<number, MonthlyTeamScore>>,
): Array<{ months: Map<number, MonthlyTeamScore>; order: number[] }> {
  return [...byTeam.keys()].sort().map((teamId) => {
    const months = byTeam.get(teamId) ?? new Map<number, MonthlyTeamScore>();
    return { months, order: [...months.keys()].sort((a, b) => a - b) };
  });
}

/** (eNPS_t, NPS_{t+lag}) for every team and month where both exist, in team then month order. */
function pairsAtLag(teams: ReturnType<typeof inPairOrder>, lag: number): { xs: number[]; ys: number[] } {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const { months, order } of teams) {
    for (const month of order) {
      // Stryker disable next-line OptionalChaining: month comes from this team's own keys, so the row exists.
      const enps = months.get(month)?.enps ?? null;
      const nps = months.get(month + lag)?.nps ?? null;
      if (enps === null || nps === null) continue;
      xs.push(enps);
      ys.push(nps);
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
export function laggedCorrelation(
  series: readonly MonthlyTeamScore[],
  { maxLag = 3, minPairs = MIN_CORRELATION_TEAMS }: LagOptions = {},
): LagCorrelation[] {
  if (!Number.isInteger(maxLag) || maxLag < 0) {
    throw new RangeError(`maxLag must be a non-negative integer, got ${maxLag}`);
  }
  if (!Number.isInteger(minPairs) || minPairs < 3) {
    throw new RangeError(`minPairs must be an integer ≥ 3, got ${minPairs}`);
  }
  const teams = inPairOrder(indexByTeamAndMonth(series));
  const results: LagCorrelation[] = [];
  for (let lag = 0; lag <= maxLag; lag += 1) {
    const { xs, ys } = pairsAtLag(teams, lag);
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
