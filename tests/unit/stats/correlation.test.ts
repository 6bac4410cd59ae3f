// Reference values: Python 3.11 `statistics.correlation` (Pearson) on the raw data and on ranks computed
// independently (rank = #smaller + (#equal + 1)/2), Fisher bounds with `math.atanh`/`math.tanh`, p-values
// from mpmath 1.3 `betainc`; published values cite their source inline.
import { describe, expect, it } from "vitest";
import { pearson, rank, spearman, teamCorrelation, type NotComputable } from "@/lib/stats";

function expectOk<T extends { status: string }>(result: T | NotComputable): T {
  expect(result.status).toBe("ok");
  if (result.status !== "ok") throw new Error("not computable");
  return result as T;
}

// Anscombe, F. J. (1973). "Graphs in Statistical Analysis". The American Statistician 27(1), 17–21:
// four data sets with the same correlation coefficient, printed as 0.82 (the often-quoted 0.816 holds within
// 0.001: set IV is 0.8165). Exact values below are statistics.correlation's.
const ANSCOMBE_X = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5];
const ANSCOMBE = [
  {
    name: "I",
    x: ANSCOMBE_X,
    y: [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68],
    r: 0.81642051634484,
    low: 0.4243807733326161,
    high: 0.950694478498751,
    p: 0.00216962887307879,
    rho: 0.8181818181818182,
    pRho: 0.00208314484047869,
  },
  {
    name: "II",
    x: ANSCOMBE_X,
    y: [9.14, 8.14, 8.74, 8.77, 9.26, 8.1, 6.13, 3.1, 9.13, 7.26, 4.74],
    r: 0.8162365060002428,
    low: 0.4239284290071985,
    high: 0.9506413999930319,
    p: 0.0021788162369108,
    rho: 0.6909090909090909,
    pRho: 0.0185650333815951,
  },
  {
    name: "III",
    x: ANSCOMBE_X,
    y: [7.46, 6.77, 12.74, 7.11, 7.81, 8.84, 6.08, 5.39, 8.15, 6.42, 5.73],
    r: 0.8162867394895981,
    low: 0.4240518963081517,
    high: 0.9506558908206825,
    p: 0.00217630527922803,
    rho: 0.990909090909091,
    pRho: 3.76257180708542e-9,
  },
  {
    name: "IV",
    x: [8, 8, 8, 8, 8, 8, 8, 19, 8, 8, 8],
    y: [6.58, 5.76, 7.71, 8.84, 8.47, 7.04, 5.25, 12.5, 5.56, 7.91, 6.89],
    r: 0.8165214368885029,
    low: 0.42462894486685654,
    high: 0.9507235860855859,
    p: 0.00216460234719722,
    rho: 0.5,
    pRho: 0.117306803014238,
  },
];

describe("pearson", () => {
  it.each(ANSCOMBE)("Anscombe $name: r = 0.82, Fisher interval and p", (set) => {
    const result = expectOk(pearson(set.x, set.y));
    expect(result.r).toBeCloseTo(0.82, 2);
    expect(Math.abs(result.r - 0.816)).toBeLessThan(0.001);
    expect(result.r).toBeCloseTo(set.r, 12);
    expect(result.low).toBeCloseTo(set.low, 12);
    expect(result.high).toBeCloseTo(set.high, 12);
    expect(result.p).toBeCloseTo(set.p, 12);
    expect(result.n).toBe(11);
  });

  it("handles a negative correlation with ties", () => {
    const result = expectOk(pearson([12, -5, 30, 30, 8, -20, 45, 12, 0, 60], [20, 10, -10, -5, 15, 40, -30, 25, 5, -40]));
    expect(result.r).toBeCloseTo(-0.9127187388747922, 12);
    expect(result.low).toBeCloseTo(-0.9794713958040215, 12);
    expect(result.high).toBeCloseTo(-0.6655781634319301, 12);
    expect(result.p).toBeCloseTo(0.000228261882744763, 12);
  });

  // Hand-derived: r = 0.8, t = 0.8·√(2/0.36) = 4/√4.5, and for df 2, p = 1 − t/√(t² + 2) = 1 − 0.8 = 0.2.
  it("matches the df = 2 closed form at n = 4", () => {
    const result = expectOk(pearson([1, 2, 3, 4], [1, 3, 2, 4]));
    expect(result.r).toBeCloseTo(0.8, 14);
    expect(result.p).toBeCloseTo(0.2, 12);
    expect(result.low).toBeCloseTo(-0.6969719659970159, 12);
    expect(result.high).toBeCloseTo(0.9956005666760734, 12);
  });

  // Hand-derived: r = 0.5, t = 1/√3, df 1 is Cauchy: p = 1 − 2·atan(1/√3)/π = 2/3. 1.96/√0 is infinite.
  it("gives p but the whole [−1, 1] interval at n = 3", () => {
    const result = expectOk(pearson([1, 2, 3], [2, 1, 3]));
    expect(result.r).toBeCloseTo(0.5, 14);
    expect(result.p).toBeCloseTo(2 / 3, 12);
    expect([result.low, result.high]).toEqual([-1, 1]);
  });

  it.each([
    [[2, 4, 6, 8, 10], 1],
    [[10, 8, 6, 4, 2], -1],
  ])("perfect correlation %j: r = %i, p = 0, interval collapses", (ys, r) => {
    const result = expectOk(pearson([1, 2, 3, 4, 5], ys));
    expect(result).toEqual({ status: "ok", r, low: r, high: r, p: 0, n: 5 });
  });

  it("is unchanged by shifting and scaling, even with tiny spreads", () => {
    const base = expectOk(pearson(ANSCOMBE_X, ANSCOMBE[0]?.y ?? []));
    const tiny = expectOk(
      pearson(
        ANSCOMBE_X.map((x) => 1e-200 * x),
        (ANSCOMBE[0]?.y ?? []).map((y) => 1e6 + y),
      ),
    );
    expect(tiny.r).toBeCloseTo(base.r, 8);
  });

  it.each([
    [[], [], "too-few-points"],
    [[1], [2], "too-few-points"],
    [[1, 2], [3, 5], "too-few-points"],
    [[4, 4, 4, 4, 4], [1, 2, 3, 4, 5], "constant-series"],
    [[1, 2, 3, 4, 5], [0.1, 0.1, 0.1, 0.1, 0.1], "constant-series"],
  ])("%j vs %j is not computable (%s), never NaN", (xs, ys, reason) => {
    expect(pearson(xs, ys)).toEqual({ status: "not-computable", reason });
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY])("rejects %f in either series", (bad) => {
    expect(() => pearson([1, 2, bad, 4], [1, 2, 3, 4])).toThrow(RangeError);
    expect(() => pearson([1, 2, 3, 4], [1, bad, 3, 4])).toThrow(RangeError);
  });

  it("rejects series of different lengths", () => {
    expect(() => pearson([1, 2, 3], [1, 2, 3, 4])).toThrow(RangeError);
  });
});

describe("rank", () => {
  it("gives tied values the average of their ranks", () => {
    expect(rank([5, 7, 7])).toEqual([1, 2.5, 2.5]);
    expect(rank([3, 1, 2, 2, 5, 2])).toEqual([5, 1, 3, 3, 6, 3]);
    expect(rank([12, -5, 30, 30, 8, -20, 45, 12, 0, 60])).toEqual([5.5, 2, 7.5, 7.5, 4, 1, 9, 5.5, 3, 10]);
  });

  it("gives all ties the middle rank, and nothing for nothing", () => {
    expect(rank([4, 4, 4, 4])).toEqual([2.5, 2.5, 2.5, 2.5]);
    expect(rank([])).toEqual([]);
  });

  it("rejects NaN", () => {
    expect(() => rank([1, Number.NaN])).toThrow(RangeError);
  });
});

describe("spearman", () => {
  // Wikipedia, "Spearman's rank correlation coefficient", worked example (IQ vs hours of TV per week):
  // ρ = −29/165 ≈ −0.175757575, p = 0.627188 with the t distribution.
  it("matches the published IQ / TV example", () => {
    const iq = [106, 100, 86, 101, 99, 103, 97, 113, 112, 110];
    const tv = [7, 27, 2, 50, 28, 29, 20, 12, 6, 17];
    const result = expectOk(spearman(iq, tv));
    expect(result.rho).toBeCloseTo(-29 / 165, 14);
    expect(result.p).toBeCloseTo(0.627188, 6);
    expect(result.n).toBe(10);
  });

  it.each(ANSCOMBE)("Anscombe $name (set IV has ties in x)", (set) => {
    const result = expectOk(spearman(set.x, set.y));
    expect(result.rho).toBeCloseTo(set.rho, 12);
    expect(result.p).toBeCloseTo(set.pRho, 12);
  });

  it("uses average ranks on a negative, tied sample", () => {
    const result = expectOk(spearman([12, -5, 30, 30, 8, -20, 45, 12, 0, 60], [20, 10, -10, -5, 15, 40, -30, 25, 5, -40]));
    expect(result.rho).toBeCloseTo(-0.7744046403152623, 12);
    expect(result.p).toBeCloseTo(0.00854317742446717, 12);
  });

  it("is 1 with p = 0 for any increasing relation", () => {
    expect(spearman([1, 2, 3, 4, 5], [1, 8, 27, 64, 125])).toEqual({ status: "ok", rho: 1, p: 0, n: 5 });
  });

  it("is not computable when one side is all ties, or too short", () => {
    expect(spearman([1, 2, 3, 4], [7, 7, 7, 7])).toEqual({ status: "not-computable", reason: "constant-series" });
    expect(spearman([], [])).toEqual({ status: "not-computable", reason: "too-few-points" });
  });

  it("rejects NaN and mismatched lengths", () => {
    expect(() => spearman([1, 2, Number.NaN], [1, 2, 3])).toThrow(RangeError);
    expect(() => spearman([1, 2, 3], [1, 2])).toThrow(RangeError);
  });
});

describe("teamCorrelation", () => {
  const points = (n: number) => ANSCOMBE_X.slice(0, n).map((x, i) => ({ x, y: ANSCOMBE[0]?.y[i] ?? 0 }));

  it("gives no number below 5 teams", () => {
    expect(teamCorrelation(points(4))).toEqual({ status: "not-enough-teams", teams: 4 });
    expect(teamCorrelation([])).toEqual({ status: "not-enough-teams", teams: 0 });
  });

  it("computes both coefficients from 5 teams on", () => {
    const result = teamCorrelation(points(11));
    expect(result.status).toBe("ok");
    if (result.status !== "ok") return;
    expect(result.teams).toBe(11);
    expect(expectOk(result.pearson).r).toBeCloseTo(0.81642051634484, 12);
    expect(expectOk(result.spearman).rho).toBeCloseTo(0.8181818181818182, 12);
    expect(teamCorrelation(points(5)).status).toBe("ok");
  });

  it("honours a stricter threshold and rejects one below 3", () => {
    expect(teamCorrelation(points(6), 8)).toEqual({ status: "not-enough-teams", teams: 6 });
    expect(() => teamCorrelation(points(6), 2)).toThrow(RangeError);
  });

  it("reports identical team scores as not computable rather than NaN", () => {
    const flat = [1, 2, 3, 4, 5].map((x) => ({ x, y: 40 }));
    expect(teamCorrelation(flat)).toEqual({
      status: "ok",
      teams: 5,
      pearson: { status: "not-computable", reason: "constant-series" },
      spearman: { status: "not-computable", reason: "constant-series" },
    });
  });
});
