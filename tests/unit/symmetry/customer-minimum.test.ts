// The customer minimum n: below it a customer NPS is flagged (kept n, never shown as a score), no
// gap is computed from it, and the correlation asks for max(k, min) customer answers.
import { describe, expect, it } from "vitest";
import { correlationCustomerMinimum, customerGap, isTooFew, markCustomerNps } from "@/lib/symmetry/customer-minimum";

const one = { score: 100, n: 1, low: -49, high: 99 };
const ten = { score: 20, n: 10, low: -19, high: 55 };
const gap = { value: -147.4, low: -145.7, high: 7.9 };

describe("markCustomerNps", () => {
  it("flags a figure below the minimum and keeps its counts", () => {
    expect(markCustomerNps(one, 10)).toEqual({ ...one, tooFew: true });
  });
  it("leaves a figure at the minimum unflagged", () => {
    expect(markCustomerNps(ten, 10)).toEqual(ten);
    expect(markCustomerNps(ten, 11)).toEqual({ ...ten, tooFew: true });
  });
  it("drops a stale flag when the minimum is lowered, and keeps null", () => {
    expect(markCustomerNps({ ...one, tooFew: true }, 1)).toEqual(one);
    expect(markCustomerNps(null, 10)).toBeNull();
  });
});

describe("customerGap and isTooFew", () => {
  it("computes no gap from a customer side with too few answers", () => {
    expect(customerGap(gap, { ...one, tooFew: true })).toBeNull();
    expect(customerGap(gap, ten)).toBe(gap);
    expect(customerGap(null, ten)).toBeNull();
  });
  it("reads the flag", () => {
    expect(isTooFew({ ...one, tooFew: true })).toBe(true);
    expect(isTooFew(one)).toBe(false);
    expect(isTooFew(null)).toBe(false);
  });
});

describe("correlationCustomerMinimum", () => {
  it("is the larger of k and the customer minimum", () => {
    expect(correlationCustomerMinimum(5, 10)).toBe(10);
    expect(correlationCustomerMinimum(12, 10)).toBe(12);
    expect(correlationCustomerMinimum(5, 1)).toBe(5);
  });
});
