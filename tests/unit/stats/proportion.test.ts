// Reference values recomputed independently (python3, Wilson's formula written out from the
// textbook, not from this code): p̂ ± z·sqrt(p̂(1−p̂)/n + z²/4n²), centred on (p̂ + z²/2n), all over 1 + z²/n.
import { describe, expect, it } from "vitest";
import { wilsonInterval, Z_95 } from "@/lib/stats";

const close = (actual: number, expected: number) => expect(actual).toBeCloseTo(expected, 6);

describe("wilsonInterval", () => {
  it.each([
    [3, 10, 0.107791, 0.603222],
    [50, 200, 0.195082, 0.314341],
    [7, 9, 0.452589, 0.936775],
    [1, 1, 0.206549, 1],
    [0, 10, 0, 0.277533],
    [10, 10, 0.722467, 1],
  ])("%i of %i → [%f, %f] at 95 %%", (x, n, low, high) => {
    const estimate = wilsonInterval(x, n)!;
    expect(estimate.rate).toBe(x / n);
    expect(estimate.n).toBe(n);
    close(estimate.low, low);
    close(estimate.high, high);
  });

  it("takes another z", () => {
    const estimate = wilsonInterval(3, 10, 1)!;
    close(estimate.low, 0.178821);
    close(estimate.high, 0.457543);
  });

  it("uses the 95 % z", () => {
    expect(Z_95).toBeCloseTo(1.959964, 6);
  });

  it("is exactly 0 at no citation and exactly 1 at all (no rounding residue)", () => {
    for (const n of [3, 7, 10, 13, 1000]) {
      expect(wilsonInterval(0, n)!.low).toBe(0);
      expect(wilsonInterval(n, n)!.high).toBe(1);
      expect(wilsonInterval(0, n)!.high).toBeGreaterThan(0);
      expect(wilsonInterval(n, n)!.low).toBeLessThan(1);
    }
  });

  it("contains the rate strictly inside between the ends", () => {
    for (const [x, n] of [
      [1, 3],
      [2, 3],
      [5, 11],
    ]) {
      const estimate = wilsonInterval(x!, n!)!;
      expect(estimate.low).toBeGreaterThan(0);
      expect(estimate.low).toBeLessThan(estimate.rate);
      expect(estimate.high).toBeGreaterThan(estimate.rate);
      expect(estimate.high).toBeLessThan(1);
    }
  });

  it("narrows as answers grow", () => {
    const small = wilsonInterval(2, 10)!;
    const large = wilsonInterval(200, 1000)!;
    expect(large.high - large.low).toBeLessThan(small.high - small.low);
  });

  it("has no estimate without answers", () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it.each([
    [0, -1],
    [0, 2.5],
    [-1, 5],
    [6, 5],
    [1.5, 5],
    [Number.NaN, 5],
    [0, Number.NaN],
  ])("rejects %s of %s", (x, n) => {
    expect(() => wilsonInterval(x, n)).toThrow(RangeError);
  });

  it("accepts every citation count from 0 to n", () => {
    expect(wilsonInterval(5, 5)).not.toBeNull();
    expect(wilsonInterval(0, 1)).not.toBeNull();
  });

  it.each([0, -1, Number.POSITIVE_INFINITY, Number.NaN])("rejects z = %s", (z) => {
    expect(() => wilsonInterval(1, 5, z)).toThrow(RangeError);
  });

  it("names the bad value", () => {
    expect(() => wilsonInterval(0, -1)).toThrow("-1");
    expect(() => wilsonInterval(6, 5)).toThrow("between 0 and 5, got 6");
    expect(() => wilsonInterval(1, 5, -2)).toThrow("-2");
  });
});
