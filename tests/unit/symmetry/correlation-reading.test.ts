// The plain reading of the correlation, branch by branch of docs/statistics.md's decision table,
// with the case: r's interval [+0.05; +0.91] and Spearman p = 0.29 is "probable but imprecise".
import { describe, expect, it } from "vitest";
import { readCorrelation, strengthOf } from "@/lib/symmetry/correlation-reading";
import type { CorrelationDto } from "@/lib/symmetry/symmetry-types";

const dto = (r: number, low: number, high: number, p: number, spearman: { rho: number; p: number } | null): CorrelationDto => ({
  status: "ok",
  teams: 12,
  pearson: { r, low, high, p },
  spearman,
});

describe("strengthOf (Cohen's bands)", () => {
  it.each([
    [0.05, "none"],
    [-0.1, "weak"],
    [0.29, "weak"],
    [0.3, "moderate"],
    [-0.49, "moderate"],
    [0.5, "strong"],
    [-0.9, "strong"],
  ] as const)("|%s| is %s", (r, strength) => expect(strengthOf(r)).toBe(strength));
});

describe("readCorrelation", () => {
  it("the issue's case: significant r, wide interval, Spearman not significant → probable but imprecise, unconfirmed", () => {
    expect(readCorrelation(dto(0.61, 0.05, 0.91, 0.035, { rho: 0.33, p: 0.29 }))).toEqual({
      verdict: "probable",
      strength: "strong",
      direction: "positive",
      precise: false,
      agree: false,
    });
  });

  it.each([
    ["strong", 0.8, 0.62, 0.9],
    ["moderate", 0.45, 0.3, 0.58],
    ["weak", -0.2, -0.32, -0.08],
  ] as const)("significant, precise and confirmed by Spearman → clear, %s", (strength, r, low, high) => {
    expect(readCorrelation(dto(r, low, high, 0.001, { rho: r, p: 0.002 }))).toMatchObject({
      verdict: "clear",
      strength,
      precise: true,
      agree: true,
    });
  });

  it("a negative link keeps its direction", () => {
    expect(readCorrelation(dto(-0.8, -0.9, -0.62, 0.001, { rho: -0.7, p: 0.01 }))).toMatchObject({
      verdict: "clear",
      direction: "negative",
    });
  });

  it("significant and confirmed but imprecise → probable", () => {
    expect(readCorrelation(dto(0.6, 0.1, 0.85, 0.02, { rho: 0.58, p: 0.04 }))).toMatchObject({
      verdict: "probable",
      precise: false,
      agree: true,
    });
  });

  it("significant and precise, Spearman not significant → fragile", () => {
    expect(readCorrelation(dto(0.5, 0.3, 0.66, 0.001, { rho: 0.2, p: 0.2 }))).toMatchObject({
      verdict: "fragile",
      precise: true,
      agree: false,
    });
  });

  it("significant and precise, Spearman significant the other way → fragile", () => {
    expect(readCorrelation(dto(0.5, 0.3, 0.66, 0.001, { rho: -0.4, p: 0.01 }))).toMatchObject({ verdict: "fragile", agree: false });
  });

  it("significant, Spearman not computable → not confirmed", () => {
    expect(readCorrelation(dto(0.5, 0.3, 0.66, 0.001, null))).toMatchObject({ verdict: "fragile", agree: false });
  });

  it("Pearson not significant, Spearman significant → disagree", () => {
    expect(readCorrelation(dto(0.4, -0.2, 0.78, 0.19, { rho: 0.65, p: 0.02 }))).toMatchObject({ verdict: "disagree" });
  });

  it("neither significant → none", () => {
    expect(readCorrelation(dto(0.4, -0.2, 0.78, 0.19, { rho: 0.3, p: 0.3 }))).toMatchObject({ verdict: "none" });
  });

  it("a p under 0.05 with an interval holding 0 is not read as significant", () => {
    expect(readCorrelation(dto(0.5, -0.01, 0.8, 0.049, { rho: 0.3, p: 0.3 }))).toMatchObject({ verdict: "none" });
  });

  it("a significant but negligible r (|r| < 0.1) is no link", () => {
    expect(readCorrelation(dto(0.08, 0.02, 0.14, 0.01, { rho: 0.07, p: 0.3 }))).toMatchObject({ verdict: "none", strength: "none" });
  });

  it("gives no reading without r", () => {
    expect(readCorrelation({ status: "ok", teams: 6, pearson: null, spearman: { rho: 0.1, p: 0.8 } })).toBeNull();
    expect(readCorrelation({ status: "not-enough-teams", teams: 3, pearson: null, spearman: null })).toBeNull();
  });
});
