// Edges of the special functions and distributions that distributions.test.ts leaves out: which
// branch each function takes, what it refuses and with which message, and that it stops.
// Reference values: mpmath 1.3 at 40 digits (`loggamma`, `betainc(..., regularized=True)`, and
// tan(π(p − ½)), the Cauchy (df 1) quantile), computed outside this code.
import { describe, expect, it } from "vitest";
import {
  erfc,
  logGamma,
  normalCdf,
  normalTwoSidedP,
  regularizedGammaQ,
  regularizedIncompleteBeta,
  studentTQuantile,
  studentTTwoSidedP,
} from "@/lib/stats";
import { expectRelative } from "./expect-relative";

describe("logGamma", () => {
  // Below 0.5 the Lanczos sum loses digits (its term 676.5/x dominates it); the reflection formula keeps them.
  it.each([
    [1e-10, 23.025850929882735237],
    [1e-20, 46.051701859880913735],
  ])("keeps full precision at tiny x through the reflection formula: ln Γ(%f) = %f", (x, expected) => {
    expectRelative(logGamma(x), expected, 1e-13);
  });

  // Godfrey's coefficients promise ~1e-15 in Γ, so ~1e-15 absolute in ln Γ: visible only where ln Γ is near 0.
  it("is accurate to 1e-15 absolute near its zeros: ln Γ(2) = 0, ln Γ(1.5) = ln(√π/2)", () => {
    expect(Math.abs(logGamma(2))).toBeLessThanOrEqual(1e-15);
    expect(Math.abs(logGamma(1.5) - -0.12078223763524522235)).toBeLessThanOrEqual(1e-15);
  });

  it("names the bad argument", () => {
    expect(() => logGamma(0)).toThrow("logGamma needs x > 0, got 0");
    expect(() => logGamma(Number.POSITIVE_INFINITY)).toThrow("logGamma needs x > 0, got Infinity");
  });
});

describe("regularizedIncompleteBeta", () => {
  // Each case lies on the side where only one of I_x(a, b) and 1 − I_{1−x}(b, a) converges well: a
  // wrong switch point gives 0.92 instead of 1 for (0.5, 50, 0.5), 1.004 for (5, 3, 0.99999), 1 for (50, 5000, 0.001).
  it.each([
    [0.5, 50, 0.5, 0.99999999999999990098],
    [5, 3, 0.99999, 0.999999999999965001],
    [0.5, 3, 0.999, 0.99999999968738274214],
    [50, 50, 0.7, 0.99998445220023855662],
    [50, 5000, 0.001, 2.7803847152055383899e-32],
  ])("takes the converging form: I_x(%f, %f) at x = %f is %f", (a, b, x, expected) => {
    // 1e-11: the last case, deep in the lower tail, is good to 3e-12.
    expectRelative(regularizedIncompleteBeta(a, b, x), expected, 1e-11);
  });

  it.each([
    [0, 3, 0.5],
    [-1, 3, 0.5],
    [2, 0, 0.5],
    [2, -1, 0.5],
    [Number.POSITIVE_INFINITY, 3, 0.5],
    [2, Number.POSITIVE_INFINITY, 0.5],
    [Number.NaN, 3, 0.5],
  ])("rejects a = %f, b = %f with its own message", (a, b, x) => {
    expect(() => regularizedIncompleteBeta(a, b, x)).toThrow(`Incomplete beta needs a, b > 0, got a = ${a}, b = ${b}`);
  });

  it.each([-0.1, 1.1, Number.NaN])("rejects x = %f", (x) => {
    expect(() => regularizedIncompleteBeta(2, 3, x)).toThrow(`Incomplete beta needs 0 ≤ x ≤ 1, got ${x}`);
  });

  // The continued fraction needs ~√a terms at a = b = 1e10: more than the 10 000 allowed.
  it("says so when the continued fraction does not converge, rather than return a wrong number", () => {
    expect(() => regularizedIncompleteBeta(1e10, 1e10, 0.5)).toThrow(
      "Incomplete beta did not converge for a = 10000000000, b = 10000000000, x = 0.5",
    );
  });
});

describe("regularizedGammaQ", () => {
  it.each([0, -1, Number.POSITIVE_INFINITY, Number.NaN])("rejects a = %f with its own message", (a) => {
    expect(() => regularizedGammaQ(a, 1)).toThrow(`Incomplete gamma needs a > 0, got ${a}`);
  });

  it.each([-1, Number.POSITIVE_INFINITY, Number.NaN])("rejects x = %f with its own message", (x) => {
    expect(() => regularizedGammaQ(1, x)).toThrow(`Incomplete gamma needs finite x ≥ 0, got ${x}`);
  });

  // Both need ~√a terms near x = a; a = 1e12 is far beyond the 10 000 allowed.
  it("says which expansion did not converge", () => {
    expect(() => regularizedGammaQ(1e12, 1e12)).toThrow(
      "Incomplete gamma series did not converge for a = 1000000000000, x = 1000000000000",
    );
    expect(() => regularizedGammaQ(1e12, 1e12 + 2)).toThrow(
      "Incomplete gamma fraction did not converge for a = 1000000000000, x = 1000000000002",
    );
  });
});

describe("distribution entry points", () => {
  // Without their own guard a NaN would still fail further down, but with a message about another function.
  it("name themselves when given NaN", () => {
    expect(() => erfc(Number.NaN)).toThrow("erfc of NaN");
    expect(() => normalCdf(Number.NaN)).toThrow("normalCdf of NaN");
    expect(() => normalTwoSidedP(Number.NaN)).toThrow("normalTwoSidedP of NaN");
    expect(() => studentTTwoSidedP(Number.NaN, 3)).toThrow("studentTTwoSidedP of NaN");
    expect(() => studentTTwoSidedP(1, 0.5)).toThrow("Degrees of freedom must be a finite number ≥ 1, got 0.5");
  });

  it.each([
    [Number.NaN, "Probability must be a finite number, got NaN"],
    [Number.POSITIVE_INFINITY, "Probability must be a finite number, got Infinity"],
    [0, "Probability must be in (0, 1), got 0"],
    [-0.1, "Probability must be in (0, 1), got -0.1"],
    [1, "Probability must be in (0, 1), got 1"],
  ])("studentTQuantile(%f) reports the caller's own probability", (p, message) => {
    expect(() => studentTQuantile(p, 5)).toThrow(message);
  });

  // The bisection stops at a width relative to the quantile: an absolute 1e-12 is below the spacing
  // of doubles near 3e9, and the loop would never end. Precision here is bounded by the cdf's
  // 1 − tail, which keeps ~1e-6 of a 1e-10 tail.
  it("finds a far-tail quantile in finite time (df 1: tan(π(p − ½)))", () => {
    expectRelative(studentTQuantile(1 - 1e-10, 1), 3183098598.4671477514, 1e-5);
  });
});
