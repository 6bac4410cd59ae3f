// Reference values: Python 3.11 straight from the docs/statistics.md formulas ("Before and after"),
// not from this code: adjusted-Wald NPS cells, s²/n item cells, Agresti–Caffo rate cells, the
// variance of the difference in differences the sum of the four, p = math.erfc(|z|/√2).
import { describe, expect, it } from "vitest";
import { costPerPoint, itemDid, npsDid, rateDid, type DidCells, type DidEstimate } from "@/lib/stats/did";
import type { NpsCounts } from "@/lib/stats/nps";
import { expectRelative } from "./expect-relative";

const nps = (promoters: number, passives: number, detractors: number): NpsCounts => ({ promoters, passives, detractors });
const four = <T>(treatedBefore: T, treatedAfter: T, comparisonBefore: T, comparisonAfter: T): DidCells<T> => ({
  treatedBefore,
  treatedAfter,
  comparisonBefore,
  comparisonAfter,
});

function expectEstimate(actual: DidEstimate | null, expected: Omit<DidEstimate, "significant">, significant: boolean) {
  expect(actual).not.toBeNull();
  expect(actual!.value).toBeCloseTo(expected.value, 10);
  expect(actual!.low).toBeCloseTo(expected.low, 9);
  expect(actual!.high).toBeCloseTo(expected.high, 9);
  expect(actual!.z).toBeCloseTo(expected.z, 9);
  expectRelative(actual!.p, expected.p, 1e-6);
  expect(actual!.significant).toBe(significant);
}

describe("npsDid", () => {
  it("measures the treated teams' rise against flat comparison teams", () => {
    const estimate = npsDid(four(nps(10, 10, 20), nps(30, 5, 5), nps(20, 10, 10), nps(20, 10, 10)));
    expectEstimate(
      estimate,
      { value: 87.5, low: 33.700484801958744, high: 129.0902128724599, z: 3.3449069820813486, p: 0.0008231017034315844 },
      true,
    );
  });

  it("takes away what the comparison teams gained too: the same rise everywhere is no effect", () => {
    const estimate = npsDid(four(nps(10, 10, 20), nps(30, 5, 5), nps(10, 10, 20), nps(30, 5, 5)));
    expect(estimate?.value).toBe(0);
    expect(estimate?.z).toBeCloseTo(0, 12);
    expect(estimate?.p).toBeCloseTo(1, 12);
    expect(estimate?.significant).toBe(false);
    // Symmetric interval around 0.
    expect(estimate!.low).toBeCloseTo(-estimate!.high, 9);
  });

  it("is the same change with the sides swapped, negated", () => {
    const up = npsDid(four(nps(10, 10, 20), nps(30, 5, 5), nps(20, 10, 10), nps(20, 10, 12)))!;
    const down = npsDid(four(nps(30, 5, 5), nps(10, 10, 20), nps(20, 10, 12), nps(20, 10, 10)))!;
    expect(down.value).toBeCloseTo(-up.value, 10);
    expect(down.z).toBeCloseTo(-up.z, 10);
    expect(down.low).toBeCloseTo(-up.high, 9);
    expect(down.p).toBeCloseTo(up.p, 12);
  });

  it("is null when any cell has no answer", () => {
    const some = nps(5, 5, 5);
    expect(npsDid(four(nps(0, 0, 0), some, some, some))).toBeNull();
    expect(npsDid(four(some, nps(0, 0, 0), some, some))).toBeNull();
    expect(npsDid(four(some, some, nps(0, 0, 0), some))).toBeNull();
    expect(npsDid(four(some, some, some, nps(0, 0, 0)))).toBeNull();
  });

  it("follows alpha and refuses one outside (0, 1)", () => {
    const cells = four(nps(10, 10, 20), nps(14, 10, 16), nps(20, 10, 10), nps(20, 10, 10));
    const estimate = npsDid(cells)!;
    expect(estimate.p).toBeGreaterThan(0.05);
    expect(npsDid(cells, estimate.p + 0.001)!.significant).toBe(true);
    expect(npsDid(cells, estimate.p - 0.001)!.significant).toBe(false);
    expect(() => npsDid(cells, 0)).toThrow(RangeError);
    expect(() => npsDid(cells, 1)).toThrow(RangeError);
  });
});

describe("itemDid", () => {
  it("compares the item means' changes, with s²/n per cell", () => {
    const estimate = itemDid(
      four(
        { n: 20, sum: 60, sumSquares: 200 },
        { n: 20, sum: 80, sumSquares: 340 },
        { n: 25, sum: 75, sumSquares: 250 },
        { n: 25, sum: 76, sumSquares: 256 },
      ),
    );
    expectEstimate(
      estimate,
      { value: 0.96, low: 0.1089675834405085, high: 1.8110324165594913, z: 2.2109616077926058, p: 0.02703849577986986 },
      true,
    );
  });

  it("needs two answers in every cell", () => {
    const two = { n: 2, sum: 5, sumSquares: 13 };
    const one = { n: 1, sum: 3, sumSquares: 9 };
    expect(itemDid(four(one, two, two, two))).toBeNull();
    expect(itemDid(four(two, one, two, two))).toBeNull();
    expect(itemDid(four(two, two, one, two))).toBeNull();
    expect(itemDid(four(two, two, two, one))).toBeNull();
    expect(itemDid(four(two, two, two, two))).not.toBeNull();
  });

  it("is null when every answer is the same everywhere (no spread: nothing to test)", () => {
    const flat = { n: 10, sum: 40, sumSquares: 160 };
    expect(itemDid(four(flat, flat, flat, flat))).toBeNull();
  });
});

describe("rateDid", () => {
  it("measures a fall of the citation rate, in percentage points", () => {
    const estimate = rateDid(four({ cited: 30, n: 100 }, { cited: 10, n: 100 }, { cited: 20, n: 100 }, { cited: 20, n: 100 }));
    expectEstimate(
      estimate,
      { value: -20, low: -35.06961802648889, high: -4.146068248020904, z: -2.4855731521339957, p: 0.012934300108130405 },
      true,
    );
  });

  it("keeps a spread when nobody cited the irritant", () => {
    const estimate = rateDid(four({ cited: 0, n: 40 }, { cited: 0, n: 40 }, { cited: 0, n: 40 }, { cited: 0, n: 40 }));
    expect(estimate?.value).toBe(0);
    expect(estimate!.high).toBeGreaterThan(0);
    expect(estimate!.significant).toBe(false);
  });

  it("is null when a cell has no answer, and refuses impossible counts", () => {
    const some = { cited: 1, n: 10 };
    expect(rateDid(four({ cited: 0, n: 0 }, some, some, some))).toBeNull();
    expect(rateDid(four(some, some, some, { cited: 0, n: 0 }))).toBeNull();
    expect(() => rateDid(four({ cited: 11, n: 10 }, some, some, some))).toThrow(RangeError);
    expect(() => rateDid(four({ cited: -1, n: 10 }, some, some, some))).toThrow(RangeError);
    expect(() => rateDid(four({ cited: 1.5, n: 10 }, some, some, some))).toThrow(RangeError);
    expect(() => rateDid(four(some, some, some, some), 0)).toThrow(RangeError);
  });
});

describe("costPerPoint", () => {
  const gain = (value: number, significant: boolean): DidEstimate => ({ value, low: 0, high: 0, z: 0, p: 0, significant });
  it("divides the euros spent by the points gained, only for a significant gain", () => {
    expect(costPerPoint(1_500_000, gain(12.5, true))).toBe(1200);
    expect(costPerPoint(1_500_000, gain(12.5, false))).toBeNull();
    expect(costPerPoint(1_500_000, gain(-3, true))).toBeNull();
    expect(costPerPoint(1_500_000, gain(0, true))).toBeNull();
    expect(costPerPoint(0, gain(12.5, true))).toBeNull();
    expect(costPerPoint(1_500_000, null)).toBeNull();
  });
});
