// Reference values were recomputed independently (python3, straight from the docs/statistics.md formulas,
// not from this code) before being written here; they are compared after rounding to 1 decimal, as displayed.
import { describe, expect, it } from "vitest";
import { classifyScore, countScores, effectiveMinGroupSize, estimateGap, estimateNps, isReportable } from "@/lib/stats";

const round1 = (x: number) => Math.round(x * 10) / 10;

describe("classifyScore", () => {
  it.each([
    [0, "detractor"],
    [6, "detractor"],
    [7, "passive"],
    [8, "passive"],
    [9, "promoter"],
    [10, "promoter"],
  ] as const)("%i is a %s", (score, category) => {
    expect(classifyScore(score)).toBe(category);
  });

  it.each([-1, 11, 6.5, Number.NaN, Number.POSITIVE_INFINITY])("rejects %s", (score) => {
    expect(() => classifyScore(score)).toThrow(RangeError);
  });
});

describe("countScores", () => {
  it("counts each band", () => {
    expect(countScores([0, 6, 7, 8, 9, 10, 10])).toEqual({ promoters: 3, passives: 2, detractors: 2 });
  });

  it("returns zeros for no answers", () => {
    expect(countScores([])).toEqual({ promoters: 0, passives: 0, detractors: 0 });
  });

  it("rejects an invalid answer", () => {
    expect(() => countScores([9, 12])).toThrow(RangeError);
  });
});

describe("estimateNps", () => {
  // docs/statistics.md example: n = 30, 15 P, 5 D. Interval [4.8, 55.8] confirmed (4.778, 55.828).
  // The raw score is 100·(15 − 5)/30 = 33.3, not the "30" written in the sketch's comment.
  it("matches the docs/statistics.md NPS worked example", () => {
    const e = estimateNps({ promoters: 15, passives: 10, detractors: 5 });
    expect(e).not.toBeNull();
    expect(e?.n).toBe(30);
    expect(round1(e?.score ?? Number.NaN)).toBe(33.3);
    expect(round1(e?.low ?? Number.NaN)).toBe(4.8);
    expect(round1(e?.high ?? Number.NaN)).toBe(55.8);
  });

  it("returns null when nobody answered", () => {
    expect(estimateNps({ promoters: 0, passives: 0, detractors: 0 })).toBeNull();
  });

  // 10 promoters: unclipped bounds 47.503 and 106.343.
  it("clips the upper bound of an all-promoter group to 100", () => {
    const e = estimateNps({ promoters: 10, passives: 0, detractors: 0 });
    expect(e?.score).toBe(100);
    expect(e?.high).toBe(100);
    expect(round1(e?.low ?? Number.NaN)).toBe(47.5);
  });

  it("clips the lower bound of an all-detractor group to −100", () => {
    const e = estimateNps({ promoters: 0, passives: 0, detractors: 10 });
    expect(e?.score).toBe(-100);
    expect(e?.low).toBe(-100);
    expect(round1(e?.high ?? Number.NaN)).toBe(-47.5);
  });

  // n = 1: n' = 4, pP = 0.4375, pD = 0.1875, var = 0.140625, so 100·(0.25 ± 1.96·0.375) = [−48.5, 98.5].
  it("gives a wide but finite interval for a single answer", () => {
    const e = estimateNps({ promoters: 1, passives: 0, detractors: 0 });
    expect(e?.score).toBe(100);
    expect(round1(e?.low ?? Number.NaN)).toBe(-48.5);
    expect(round1(e?.high ?? Number.NaN)).toBe(98.5);
  });

  it.each([
    { promoters: -1, passives: 0, detractors: 0 },
    { promoters: 1.5, passives: 0, detractors: 0 },
  ])("rejects invalid counts %o", (counts) => {
    expect(() => estimateNps(counts)).toThrow(RangeError);
  });
});

describe("estimateGap", () => {
  const enps = { promoters: 6, passives: 4, detractors: 2 };
  const nps = { promoters: 40, passives: 24, detractors: 16 };

  // docs/statistics.md: eNPS 33.3 − NPS 30 = +3.3, interval [−43.7, 39.2] (−43.744, 39.246).
  it("matches the docs/statistics.md gap worked example", () => {
    const g = estimateGap(enps, nps);
    expect(g).not.toBeNull();
    expect(round1(g?.value ?? Number.NaN)).toBe(3.3);
    expect(round1(g?.low ?? Number.NaN)).toBe(-43.7);
    expect(round1(g?.high ?? Number.NaN)).toBe(39.2);
  });

  it("returns null when either side has no answers", () => {
    const empty = { promoters: 0, passives: 0, detractors: 0 };
    expect(estimateGap(empty, nps)).toBeNull();
    expect(estimateGap(enps, empty)).toBeNull();
  });

  it("stays within [−200, 200] at the extremes", () => {
    const g = estimateGap({ promoters: 1, passives: 0, detractors: 0 }, { promoters: 0, passives: 0, detractors: 1 });
    expect(g?.value).toBe(200);
    expect(g?.high).toBeLessThanOrEqual(200);
    expect(g?.low).toBeGreaterThanOrEqual(-200);
  });

  // A gap runs from −200 to 200: its interval may leave [−100, 100], which is a score's range, not a gap's.
  it("keeps interval bounds beyond ±100 (a gap is not clipped like a score)", () => {
    const one = estimateGap({ promoters: 1, passives: 0, detractors: 0 }, { promoters: 0, passives: 0, detractors: 1 });
    // 100·(0.25 + 0.25 ± 1.96·√(2·0.140625)) = 50 ± 103.94.
    expect(round1(one?.high ?? Number.NaN)).toBe(153.9);
    expect(round1(one?.low ?? Number.NaN)).toBe(-53.9);
    const mirrored = estimateGap({ promoters: 0, passives: 0, detractors: 100 }, { promoters: 100, passives: 0, detractors: 0 });
    expect(round1(mirrored?.low ?? Number.NaN)).toBe(-199.8);
    expect(round1(mirrored?.high ?? Number.NaN)).toBe(-188.5);
  });
});

// suppression.ts is small enough to be covered here until the anonymity engine gets its own tests.
describe("suppression", () => {
  it("never lets the minimum group size drop below 3", () => {
    expect(effectiveMinGroupSize(1)).toBe(3);
    expect(effectiveMinGroupSize(5)).toBe(5);
  });

  it("reports a group only from the effective minimum up", () => {
    expect(isReportable(4, 5)).toBe(false);
    expect(isReportable(5, 5)).toBe(true);
    expect(isReportable(2, 0)).toBe(false);
    expect(isReportable(3, 0)).toBe(true);
  });

  it("reports no empty group, and refuses negative sizes with a message", () => {
    expect(isReportable(0, 5)).toBe(false);
    expect(() => isReportable(-1, 5)).toThrow("Group size must be a non-negative integer, got -1");
    expect(() => effectiveMinGroupSize(4.5)).toThrow("Minimum group size must be an integer, got 4.5");
  });

  it("rejects nonsensical sizes", () => {
    expect(() => isReportable(-1, 5)).toThrow(RangeError);
    expect(() => effectiveMinGroupSize(4.5)).toThrow(RangeError);
  });
});

describe("countScores, one answer of each kind", () => {
  it("files 6 as a detractor, 7 and 8 as passives, 9 as a promoter, and explains a bad score", () => {
    expect(countScores([6, 7, 8, 9])).toEqual({ promoters: 1, passives: 2, detractors: 1 });
    expect(() => countScores([11])).toThrow("NPS answer must be an integer from 0 to 10, got 11");
    expect(() => estimateNps({ promoters: -1, passives: 0, detractors: 0 })).toThrow("NPS counts must be non-negative integers, got -1");
  });
});
