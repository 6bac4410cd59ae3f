// Reference values: Python 3.11, straight from the docs/statistics.md adjusted-Wald formulas (not from this code),
// p = math.erfc(|z|/√2); plus a cross-check against estimateGap's interval, which uses the same ingredients.
import { describe, expect, it } from "vitest";
import { adjustedNps, estimateChange, estimateGap, type NpsCounts } from "@/lib/stats";

const counts = (promoters: number, passives: number, detractors: number): NpsCounts => ({
  promoters,
  passives,
  detractors,
});

describe("adjustedNps", () => {
  // docs/statistics.md example n = 30, 15 P, 5 D: pP = 15.75/33, pD = 5.75/33.
  it("gives NPS' = pP − pD and var = (pP + pD − (pP − pD)²)/n' on the 0..1 scale", () => {
    const pP = 15.75 / 33;
    const pD = 5.75 / 33;
    const a = adjustedNps(counts(15, 10, 5));
    expect(a?.value).toBeCloseTo(pP - pD, 15);
    expect(a?.variance).toBeCloseTo((pP + pD - (pP - pD) ** 2) / 33, 15);
  });

  it("is null with no answers and rejects bad counts", () => {
    expect(adjustedNps(counts(0, 0, 0))).toBeNull();
    expect(() => adjustedNps(counts(1, -1, 0))).toThrow(RangeError);
  });
});

describe("estimateChange", () => {
  it("finds nothing in an unchanged team", () => {
    expect(estimateChange(counts(15, 10, 5), counts(15, 10, 5))).toEqual({ delta: 0, z: 0, p: 1, significant: false });
  });

  it.each([
    // earlier, later, delta (raw points), z, p
    [counts(20, 30, 50), counts(45, 35, 20), 55, 4.955273195841493, 7.222873084697586e-7, true],
    [counts(30, 40, 30), counts(38, 35, 27), 11, 0.9767644259391015, 0.3286857914687997, false],
    [counts(1, 0, 0), counts(0, 0, 1), -200, -0.9428090415820635, 0.3457785861511603, false],
  ])("%j → %j: Δ %f, z %f, p %f", (earlier, later, delta, z, p, significant) => {
    const change = estimateChange(earlier, later);
    expect(change?.delta).toBeCloseTo(delta, 10);
    expect(change?.z).toBeCloseTo(z, 12);
    expect(Math.abs((change?.p ?? Number.NaN) - p)).toBeLessThanOrEqual(1e-12 * p);
    expect(change?.significant).toBe(significant);
  });

  // docs/statistics.md gap example's two samples, read as two periods: the raw score falls by 3.3 points
  // while the adjusted (shrunk) difference rises, so z > 0 with Δ < 0. Small samples: only p is meaningful.
  it("may give z and Δ opposite signs on small samples", () => {
    const change = estimateChange(counts(6, 4, 2), counts(40, 24, 16));
    expect(change?.delta).toBeCloseTo(-10 / 3, 10);
    expect(change?.z).toBeCloseTo(0.10623047075162376, 12);
    expect(change?.p).toBeCloseTo(0.9153994955601604, 12);
    expect(change?.significant).toBe(false);
  });

  it.each([
    [counts(20, 30, 50), counts(45, 35, 20)],
    [counts(30, 40, 30), counts(38, 35, 27)],
    [counts(10, 5, 15), counts(25, 3, 2)],
    [counts(6, 4, 2), counts(40, 24, 16)],
  ])("agrees with the gap interval: significant ⇔ 0 lies outside it (%j → %j)", (earlier, later) => {
    const gap = estimateGap(later, earlier);
    const change = estimateChange(earlier, later);
    if (!gap || !change) throw new Error("both samples have answers");
    expect(change.significant).toBe(gap.low > 0 || gap.high < 0);
  });

  it("applies a custom alpha", () => {
    const change = estimateChange(counts(30, 40, 30), counts(38, 35, 27), 0.5);
    expect(change?.significant).toBe(true);
    expect(() => estimateChange(counts(1, 0, 0), counts(1, 0, 0), 0)).toThrow(RangeError);
    expect(() => estimateChange(counts(1, 0, 0), counts(1, 0, 0), Number.NaN)).toThrow(RangeError);
  });

  it("is null when either period has no answers", () => {
    expect(estimateChange(counts(0, 0, 0), counts(3, 1, 1))).toBeNull();
    expect(estimateChange(counts(3, 1, 1), counts(0, 0, 0))).toBeNull();
  });
});

describe("estimateChange alpha", () => {
  it.each([1, 1.5, -0.1])("rejects alpha = %f with its message", (alpha) => {
    expect(() => estimateChange(counts(1, 0, 0), counts(1, 0, 0), alpha)).toThrow(`alpha must be in (0, 1), got ${alpha}`);
  });

  // significant is p < alpha, strictly: at alpha = p the change is not significant, just above it is.
  it("calls a change significant only when p is strictly below alpha", () => {
    const change = estimateChange(counts(30, 40, 30), counts(38, 35, 27));
    if (!change) throw new Error("both samples have answers");
    expect(estimateChange(counts(30, 40, 30), counts(38, 35, 27), change.p)?.significant).toBe(false);
    expect(estimateChange(counts(30, 40, 30), counts(38, 35, 27), change.p * (1 + 1e-12))?.significant).toBe(true);
  });
});
