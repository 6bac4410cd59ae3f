// Reference values: Python 3.11 `statistics.mean`/`statistics.stdev` on the raw answers (not the sums used
// here), t quantiles from mpmath `findroot` on `betainc`; t_{0.975, 9} = 2.262 in any t table.
import { describe, expect, it } from "vitest";
import { estimateItemMean } from "@/lib/stats";

function sumsOf(answers: number[]) {
  return {
    n: answers.length,
    sum: answers.reduce((s, a) => s + a, 0),
    sumSquares: answers.reduce((s, a) => s + a * a, 0),
  };
}

describe("estimateItemMean", () => {
  it.each([
    // answers, mean, low, high
    [[4, 5, 3, 4, 4, 2, 5, 4, 3, 4], 3.8, 3.1426323688637288, 4.457367631136271],
    [Array.from({ length: 20 }, () => [1, 2, 3, 4, 5]).flat(), 3, 2.71797568301122, 3.28202431698878],
  ])("%j: mean %f, t interval [%f, %f]", (answers, mean, low, high) => {
    const estimate = estimateItemMean(sumsOf(answers));
    expect(estimate?.n).toBe(answers.length);
    expect(estimate?.mean).toBeCloseTo(mean, 12);
    expect(estimate?.low).toBeCloseTo(low, 9);
    expect(estimate?.high).toBeCloseTo(high, 9);
  });

  it("uses the t table's 2.262 for 10 answers: half-width = 2.262·s/√10", () => {
    const estimate = estimateItemMean(sumsOf([4, 5, 3, 4, 4, 2, 5, 4, 3, 4]));
    const s = 0.9189365834726815;
    expect(((estimate?.high ?? 0) - (estimate?.low ?? 0)) / 2).toBeCloseTo((2.262 * s) / Math.sqrt(10), 3);
  });

  it("clips the interval to the 1–5 scale", () => {
    // Raw interval [4.586, 5.081]: only the top is clipped.
    expect(estimateItemMean(sumsOf([5, 5, 4, 5, 5, 5, 5, 4, 5, 5, 5, 5]))).toEqual({
      n: 12,
      mean: 29 / 6,
      low: expect.closeTo(4.586016017963763, 9),
      high: 5,
    });
    // Raw interval [−3.40, 8.07] and [−9.71, 15.71]: both ends clipped.
    expect(estimateItemMean(sumsOf([1, 1, 5]))).toMatchObject({ low: 1, high: 5 });
    expect(estimateItemMean(sumsOf([2, 4]))).toMatchObject({ mean: 3, low: 1, high: 5 });
  });

  it("returns null for no answers", () => {
    expect(estimateItemMean({ n: 0, sum: 0, sumSquares: 0 })).toBeNull();
  });

  it("gives one answer the whole scale as its interval", () => {
    expect(estimateItemMean({ n: 1, sum: 4, sumSquares: 16 })).toEqual({ n: 1, mean: 4, low: 1, high: 5 });
  });

  it("collapses the interval when every answer is the same", () => {
    expect(estimateItemMean(sumsOf([3, 3]))).toEqual({ n: 2, mean: 3, low: 3, high: 3 });
    // Three answers of 2.7 in floating point: sumSquares − sum²/n = −3.6e-15, which must not become a NaN.
    const rounded = estimateItemMean({ n: 3, sum: 8.100000000000001, sumSquares: 21.870000000000005 });
    expect(rounded?.low).toBe(rounded?.mean);
    expect(rounded?.high).toBe(rounded?.mean);
  });

  it.each([
    ["a negative n", { n: -1, sum: 0, sumSquares: 0 }],
    ["a fractional n", { n: 2.5, sum: 5, sumSquares: 10 }],
    ["a NaN sum", { n: 2, sum: Number.NaN, sumSquares: 10 }],
    ["an infinite sum of squares", { n: 2, sum: 6, sumSquares: Number.POSITIVE_INFINITY }],
    ["a mean above 5", { n: 2, sum: 12, sumSquares: 72 }],
    ["a mean below 1", { n: 2, sum: 1, sumSquares: 1 }],
    ["a sum of squares beyond 25·n", { n: 2, sum: 6, sumSquares: 60 }],
  ])("rejects %s", (_label, sums) => {
    expect(() => estimateItemMean(sums)).toThrow(RangeError);
  });
});

describe("estimateItemMean input checks", () => {
  // Each case passes the sum-of-squares check, so only the check on the sum can refuse it.
  it.each([
    ["a mean of 5.5", { n: 2, sum: 11, sumSquares: 50 }, "A sum of 2 answers from 1 to 5 cannot be 11"],
    ["a mean of 0.75", { n: 2, sum: 1.5, sumSquares: 2 }, "A sum of 2 answers from 1 to 5 cannot be 1.5"],
    ["a sum without answers", { n: 0, sum: 3, sumSquares: 0 }, "A sum of 0 answers from 1 to 5 cannot be 3"],
  ])("rejects %s", (_label, sums, message) => {
    expect(() => estimateItemMean(sums)).toThrow(message);
  });

  // Each case passes the check on the sum, so only the sum-of-squares check can refuse it.
  it.each([
    [{ n: 2, sum: 3, sumSquares: 1.5 }, "A sum of squares of 2 answers from 1 to 5 cannot be 1.5"],
    [{ n: 2, sum: 9, sumSquares: 51 }, "A sum of squares of 2 answers from 1 to 5 cannot be 51"],
  ])("rejects sums of squares outside n..25n (%j)", (sums, message) => {
    expect(() => estimateItemMean(sums)).toThrow(message);
  });

  it("names a bad count and non-finite sums", () => {
    expect(() => estimateItemMean({ n: -1, sum: 0, sumSquares: 0 })).toThrow("n must be a non-negative integer, got -1");
    expect(() => estimateItemMean({ n: 2, sum: Number.NaN, sumSquares: 10 })).toThrow("sum and sumSquares must be finite, got NaN and 10");
  });

  // The bounds themselves are answers: all 1s (sum n, squares n) and all 5s (sum 5n, squares 25n).
  it("accepts the extreme answers", () => {
    expect(estimateItemMean({ n: 2, sum: 2, sumSquares: 2 })).toEqual({ n: 2, mean: 1, low: 1, high: 1 });
    expect(estimateItemMean({ n: 2, sum: 10, sumSquares: 50 })).toEqual({ n: 2, mean: 5, low: 5, high: 5 });
  });
});
