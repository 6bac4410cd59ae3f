// Edges of lib/stats/correlation.ts that correlation.test.ts leaves out: the overflow guard, the
// perfect correlation at n = 3, the minTeams boundary and the messages. Values worked by hand.
import { describe, expect, it } from "vitest";
import { pearson, rank, spearman, teamCorrelation } from "@/lib/stats";

describe("pearson at the edges", () => {
  // r is scale-free: this is r([1, 0, 0, 0, 0], ys). By hand: dx = (0.8, −0.2, −0.2, −0.2, −0.2),
  // dy = (3, −1, 0, −1, −1), Sxy = 3, Sxx = 0.8, Syy = 12, r = 3/√9.6 = √0.9375. A deviation near
  // 1.4e308 is fine, but its square, or |x| + |mean| = 2.04e308, would overflow.
  it("keeps values near the largest double clear of overflow", () => {
    const result = pearson([1.7e308, 0, 0, 0, 0], [5, 1, 2, 1, 1]);
    expect(result).toMatchObject({ status: "ok", r: expect.closeTo(Math.sqrt(0.9375), 12), n: 5 });
  });

  // 1.96/√(n − 3) is infinite at n = 3 and atanh(±1) is infinite: ∞ − ∞ would make the bound NaN.
  it.each([
    [[2, 4, 6], 1],
    [[6, 4, 2], -1],
  ])("gives the collapsed interval [r, r] for a perfect correlation at n = 3 (%j)", (ys, r) => {
    expect(pearson([1, 2, 3], ys)).toEqual({ status: "ok", r, low: r, high: r, p: 0, n: 3 });
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY])("names a non-finite input (%f) in either series", (bad) => {
    expect(() => pearson([1, bad, 3], [1, 2, 3])).toThrow(`Correlation inputs must be finite numbers, got ${bad}`);
    expect(() => pearson([1, 2, 3], [1, 2, bad])).toThrow(`Correlation inputs must be finite numbers, got ${bad}`);
  });

  it("names the two lengths", () => {
    expect(() => pearson([1, 2, 3], [1, 2, 3, 4])).toThrow("Series must have the same length, got 3 and 4");
    expect(() => spearman([1, 2], [1, 2, 3])).toThrow("Series must have the same length, got 2 and 3");
  });
});

describe("rank at the edges", () => {
  it("ends a run of ties at the last value", () => {
    expect(rank([2, 9, 9])).toEqual([1, 2.5, 2.5]);
    expect(rank([9, 9, 9, 1])).toEqual([3, 3, 3, 1]);
  });

  it("names a non-finite value", () => {
    expect(() => rank([1, Number.NEGATIVE_INFINITY])).toThrow("Ranked values must be finite numbers, got -Infinity");
  });
});

describe("teamCorrelation threshold", () => {
  const points = [
    { x: 1, y: 2 },
    { x: 2, y: 1 },
    { x: 3, y: 3 },
  ];

  // The smallest threshold the t-test allows: 3 points, 1 df. r = 0.5 as in correlation.test.ts.
  it("accepts minTeams = 3 and computes from 3 teams on", () => {
    expect(teamCorrelation(points, 3)).toMatchObject({ status: "ok", teams: 3, pearson: { r: expect.closeTo(0.5, 14) } });
  });

  it.each([2, 3.5, Number.NaN])("rejects minTeams = %f with its message", (minTeams) => {
    expect(() => teamCorrelation(points, minTeams)).toThrow(`minTeams must be an integer ≥ 3, got ${minTeams}`);
  });
});
