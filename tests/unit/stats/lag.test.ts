// Reference values: pairs listed by hand and re-derived by a separate Python 3.11 script (months added with
// year carry, not this code's month index); r by `statistics.correlation`, p by mpmath `betainc`.
import { describe, expect, it } from "vitest";
import { laggedCorrelation, laggedCorrelationOnGrid, type MonthlyTeamScore, type NotComputable, type PearsonResult } from "@/lib/stats";

const row = (teamId: string, period: string, enps: number | null, nps: number | null): MonthlyTeamScore => ({
  teamId,
  period,
  enps,
  nps,
});

// Team A skips 2025-03 entirely; nulls are months with a missing or suppressed score.
const SERIES = [
  row("B", "2024-12", -10, 0),
  row("A", "2024-11", 10, 20),
  row("A", "2024-12", 20, null),
  row("A", "2025-01", 30, 25),
  row("A", "2025-02", null, 35),
  row("A", "2025-04", 5, 15),
  row("B", "2025-01", 0, 5),
  row("B", "2025-02", 40, -5),
  row("B", "2025-03", 15, 30),
  row("C", "2024-11", 50, 60),
  row("C", "2025-01", 45, null),
  row("C", "2025-02", 55, 50),
];

function expectPearson(result: PearsonResult | NotComputable): PearsonResult {
  if (result.status !== "ok") throw new Error(`expected a coefficient, got ${result.reason}`);
  return result;
}

describe("laggedCorrelation", () => {
  it("pairs eNPS at t with NPS at t + k over calendar months, across the year boundary", () => {
    // k = 1: A 12→01 (20, 25), A 01→02 (30, 35), B 12→01 (−10, 5), B 01→02 (0, −5), B 02→03 (40, 30), C 01→02 (45, 50).
    // k = 3: A 01→04 (30, 15) reaches over the missing March; A 11→02 (10, 35) uses an NPS whose eNPS is null.
    expect(laggedCorrelation(SERIES).map((lag) => [lag.lag, lag.pairs])).toEqual([
      [0, 9],
      [1, 6],
      [2, 4],
      [3, 4],
    ]);
  });

  it("computes Pearson and Spearman on the pooled pairs", () => {
    const [lag0, lag1] = laggedCorrelation(SERIES);
    const r0 = expectPearson(lag0?.pearson ?? { status: "not-computable", reason: "too-few-points" });
    expect(r0.r).toBeCloseTo(0.6649413312942732, 12);
    expect(r0.low).toBeCloseTo(0.0014531088567967996, 12);
    expect(r0.high).toBeCloseTo(0.9219370149543085, 12);
    expect(r0.p).toBeCloseTo(0.0506799996467217, 12);
    expect(lag0?.spearman).toMatchObject({
      status: "ok",
      n: 9,
      rho: expect.closeTo(0.6166666666666667, 12),
      p: expect.closeTo(0.076928809937763, 12),
    });
    const r1 = expectPearson(lag1?.pearson ?? { status: "not-computable", reason: "too-few-points" });
    expect(r1.r).toBeCloseTo(0.9164775792042952, 12);
    expect(r1.p).toBeCloseTo(0.0101726661778051, 12);
    expect(lag1?.spearman).toMatchObject({ status: "ok", rho: expect.closeTo(0.8857142857142857, 12) });
  });

  it("gives no coefficient below 5 pairs by default", () => {
    const lag2 = laggedCorrelation(SERIES)[2];
    expect(lag2).toEqual({
      lag: 2,
      pairs: 4,
      pearson: { status: "not-computable", reason: "too-few-points" },
      spearman: { status: "not-computable", reason: "too-few-points" },
    });
  });

  it("honours minPairs and maxLag", () => {
    const lags = laggedCorrelation(SERIES, { maxLag: 3, minPairs: 4 });
    expect(expectPearson(lags[2]?.pearson ?? { status: "not-computable", reason: "too-few-points" }).r).toBeCloseTo(0.8261843893231645, 12);
    expect(expectPearson(lags[3]?.pearson ?? { status: "not-computable", reason: "too-few-points" }).p).toBeCloseTo(0.642229123600034, 12);
    expect(laggedCorrelation(SERIES, { maxLag: 1 }).map((lag) => lag.lag)).toEqual([0, 1]);
  });

  it("finds a perfect relation at the lag where it was built", () => {
    // NPS two months later = eNPS / 2 + 10, for two teams; other months' NPS is noise.
    const enps = [10, -20, 35, 0, 60, 25];
    const series = ["A", "B"].flatMap((team, t) =>
      enps.map((e, i) =>
        row(team, `2025-${String(i + 1).padStart(2, "0")}`, e + 5 * t, i >= 2 ? (enps[i - 2] ?? 0) / 2 + 2.5 * t + 10 : 7),
      ),
    );
    const lag2 = laggedCorrelation(series)[2];
    expect(lag2?.pairs).toBe(8);
    expect(lag2?.pearson).toMatchObject({ status: "ok", r: expect.closeTo(1, 12) });
    expect(lag2?.spearman).toMatchObject({ status: "ok", rho: 1, p: 0 });
  });

  it("returns empty lags for no data", () => {
    expect(laggedCorrelation([])).toHaveLength(4);
    expect(laggedCorrelation([]).every((lag) => lag.pairs === 0 && lag.pearson.status === "not-computable")).toBe(true);
  });

  it.each([
    ["a malformed period", [row("A", "2025-13", 1, 2)]],
    ["a non-padded period", [row("A", "2025-1", 1, 2)]],
    ["a NaN score", [row("A", "2025-01", Number.NaN, 2)]],
    ["two rows for one team and month", [row("A", "2025-01", 1, 2), row("A", "2025-01", 3, 4)]],
  ])("rejects %s", (_label, series) => {
    expect(() => laggedCorrelation(series)).toThrow(RangeError);
  });

  it("rejects a negative maxLag or minPairs below 3", () => {
    expect(() => laggedCorrelation(SERIES, { maxLag: -1 })).toThrow(RangeError);
    expect(() => laggedCorrelation(SERIES, { minPairs: 2 })).toThrow(RangeError);
  });
});

describe("laggedCorrelation inputs", () => {
  // Pearson and Spearman do not depend on the order of the pairs, but floating-point sums do in their
  // last bits: pairs are taken in team then month order so that the figures shown never depend on
  // the order SQL returned the rows in.
  it("gives bit-identical results whatever the order of the rows", () => {
    const expected = laggedCorrelation(SERIES);
    expect(laggedCorrelation([...SERIES].reverse())).toEqual(expected);
    const byMonthFirst = [...SERIES].sort((a, b) => a.period.localeCompare(b.period) || b.teamId.localeCompare(a.teamId));
    expect(laggedCorrelation(byMonthFirst)).toEqual(expected);
  });

  it("accepts the smallest options: maxLag 0 and minPairs 3", () => {
    expect(laggedCorrelation(SERIES, { maxLag: 0 }).map((lag) => [lag.lag, lag.pairs])).toEqual([[0, 9]]);
    // Lag 2 has 4 pairs: a coefficient with minPairs 3, none with the default 5.
    expect(laggedCorrelation(SERIES, { minPairs: 3 })[2]?.pearson.status).toBe("ok");
  });

  it.each([
    ["a date", "2025-01-15"],
    ["a five-digit year", "12025-01"],
    ["a prefix", "x2025-01"],
  ])("rejects a period with more than YYYY-MM (%s)", (_label, period) => {
    expect(() => laggedCorrelation([row("A", period, 1, 2)])).toThrow(`Period must be "YYYY-MM", got "${period}"`);
  });

  it("names what it rejects", () => {
    expect(() => laggedCorrelation([row("A", "2025-01", 1, Number.POSITIVE_INFINITY)])).toThrow(
      "Scores must be finite numbers or null, got Infinity",
    );
    expect(() => laggedCorrelation([row("A", "2025-01", 1, 2), row("A", "2025-01", 3, 4)])).toThrow("Team A has two rows for 2025-01");
    expect(() => laggedCorrelation(SERIES, { maxLag: 1.5 })).toThrow("maxLag must be a non-negative integer, got 1.5");
    expect(() => laggedCorrelation(SERIES, { minPairs: 2 })).toThrow("minPairs must be an integer ≥ 3, got 2");
  });
});

describe("laggedCorrelationOnGrid", () => {
  // SERIES as a grid: teams A, B, C (id order) × months 2024-11 … 2025-04, NaN where missing.
  const months = ["2024-11", "2024-12", "2025-01", "2025-02", "2025-03", "2025-04"];
  const grid = (pick: (r: MonthlyTeamScore) => number | null) => {
    const cells = new Float64Array(3 * months.length).fill(Number.NaN);
    for (const r of SERIES) {
      const value = pick(r);
      if (value !== null) cells["ABC".indexOf(r.teamId) * months.length + months.indexOf(r.period)] = value;
    }
    return cells;
  };

  it("gives what laggedCorrelation gives on the same series", () => {
    const onGrid = laggedCorrelationOnGrid(
      { teams: 3, months: months.length, x: grid((r) => r.enps), y: grid((r) => r.nps) },
      { minPairs: 3 },
    );
    expect(onGrid).toEqual(laggedCorrelation(SERIES, { minPairs: 3 }));
    expect(onGrid.map((lag) => lag.pairs)).toEqual([9, 6, 4, 4]);
  });

  it("refuses a grid whose sides do not hold teams × months cells", () => {
    const cells = new Float64Array(6).fill(1);
    const short = new Float64Array(5).fill(1);
    expect(() => laggedCorrelationOnGrid({ teams: 2, months: 3, x: short, y: cells })).toThrow(
      "A grid of 2 teams × 3 months needs 6 cells per side",
    );
    expect(() => laggedCorrelationOnGrid({ teams: 2, months: 3, x: cells, y: short })).toThrow("needs 6 cells per side");
    expect(() => laggedCorrelationOnGrid({ teams: 2, months: 3, x: short, y: short })).toThrow("needs 6 cells per side");
    expect(() => laggedCorrelationOnGrid({ teams: 3, months: 2, x: cells, y: cells })).not.toThrow();
  });

  it("finds a team listed twice for its last month, however far in the grid", () => {
    const rows = ["A", "B", "C"].flatMap((team) => ["2025-01", "2025-02", "2025-03"].map((month) => row(team, month, 1, 2)));
    expect(() => laggedCorrelation([...rows, row("C", "2025-03", 3, 4)])).toThrow("Team C has two rows for 2025-03");
  });
});
