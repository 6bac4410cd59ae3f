// Welch's difference of means against SciPy 1.17 (scipy.stats.ttest_ind(a, b, equal_var=False) and
// its confidence_interval(0.95)), computed outside this code base.
import { describe, expect, it } from "vitest";
import { welchDifference } from "@/lib/stats/welch";

const A = [19.8, 20.4, 19.6, 17.8, 18.5, 18.9, 18.3, 18.9, 19.5, 22.0];
const B = [28.2, 26.6, 20.1, 23.3, 25.2, 22.1, 17.7, 27.6, 20.6, 13.7, 23.2, 17.5, 20.6, 18.0, 23.9, 21.6, 24.3, 20.4, 23.9, 13.3];

describe("welchDifference", () => {
  it("matches SciPy on unequal samples with unequal spreads", () => {
    const result = welchDifference(A, B)!;
    expect(result.difference).toBeCloseTo(-2.22, 10);
    expect(result.t).toBeCloseTo(-2.225512039969852, 9);
    expect(result.df).toBeCloseTo(24.524634944257343, 9);
    expect(result.p).toBeCloseTo(0.035484530830010394, 6);
    expect(result.low).toBeCloseTo(-4.276458650120555, 6);
    expect(result.high).toBeCloseTo(-0.16354134987944358, 6);
    expect(result.significant).toBe(true);
    expect(result.n).toEqual([10, 20]);
  });

  it("matches SciPy on small samples (KPI changes of a few teams)", () => {
    const result = welchDifference([-3.1, -2.0, -4.2, -1.5], [0.3, -0.8, 1.1, 0.2, -0.4])!;
    expect(result.t).toBeCloseTo(-4.067760351740165, 9);
    expect(result.df).toBeCloseTo(4.703744349707988, 9);
    expect(result.p).toBeCloseTo(0.010956681127863513, 5);
    expect(result.low).toBeCloseTo(-4.57060200620196, 5);
    expect(result.high).toBeCloseTo(-0.9893979937980408, 5);
  });

  it("is not significant when the interval holds 0, and symmetric when the samples swap", () => {
    const result = welchDifference([1, 2, 3], [1.5, 2.5, 2])!;
    expect(result.significant).toBe(false);
    expect(result.low).toBeLessThan(0);
    expect(result.high).toBeGreaterThan(0);
    const swapped = welchDifference([1.5, 2.5, 2], [1, 2, 3])!;
    expect(swapped.difference).toBeCloseTo(-result.difference, 12);
    expect(swapped.p).toBeCloseTo(result.p, 12);
    expect(welchDifference(A, B, 0.01)!.significant).toBe(false); // p ≈ 0.035
  });

  it("has nothing to say below two values a side or without any spread", () => {
    expect(welchDifference([1], [1, 2, 3])).toBeNull();
    expect(welchDifference([1, 2, 3], [4])).toBeNull();
    expect(welchDifference([2, 2, 2], [5, 5])).toBeNull();
    // Two values a side are enough (a variance each).
    expect(welchDifference([1, 2], [3, 5])?.df).toBeGreaterThan(1);
    // One constant side is fine: the other's spread carries the test.
    expect(welchDifference([2, 2, 2], [4, 5, 6])?.df).toBeCloseTo(2, 12);
  });

  it("refuses a bad alpha and non-finite values", () => {
    expect(() => welchDifference(A, B, 0)).toThrow(/^alpha must be in \(0, 1\), got 0$/);
    expect(() => welchDifference(A, B, 1)).toThrow(/^alpha must be in \(0, 1\), got 1$/);
    expect(() => welchDifference([1, Number.NaN], B)).toThrow(/^values must be finite, got NaN$/);
    expect(() => welchDifference(A, [1, Number.POSITIVE_INFINITY])).toThrow(/^values must be finite, got Infinity$/);
  });
});
