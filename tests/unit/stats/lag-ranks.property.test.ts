// laggedCorrelationOnGrid ranks each lag's pairs by counting over one sort of each side
// (lib/stats/lag.ts). Its Spearman must be exactly spearman() on the pairs it takes: drawn grids
// with few distinct values (ties everywhere), holes, signed zeros and extreme magnitudes.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { laggedCorrelationOnGrid, pearson, spearman, type MonthGrid } from "@/lib/stats";
import { propertyRuns } from "./property-runs";

const cell = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: -3, max: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, -0, 0.5, 1e300, -1e300, 5e-324) },
  { weight: 1, arbitrary: fc.double({ min: -1e300, max: 1e300, noNaN: true }) },
);

const grids = fc
  .record({ teams: fc.integer({ min: 1, max: 6 }), months: fc.integer({ min: 1, max: 8 }) })
  .chain(({ teams, months }) =>
    fc.record({
      teams: fc.constant(teams),
      months: fc.constant(months),
      x: fc.array(cell, { minLength: teams * months, maxLength: teams * months }).map((v) => Float64Array.from(v)),
      y: fc.array(cell, { minLength: teams * months, maxLength: teams * months }).map((v) => Float64Array.from(v)),
    }),
  );

/** The pairs of a lag written out the plain way: team by team, month by month. */
function pairs({ teams, months, x, y }: MonthGrid, lag: number) {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let team = 0; team < teams; team++) {
    for (let month = 0; month + lag < months; month++) {
      const a = x[team * months + month]!;
      const b = y[team * months + month + lag]!;
      if (!Number.isNaN(a) && !Number.isNaN(b)) {
        xs.push(a);
        ys.push(b);
      }
    }
  }
  return { xs, ys };
}

describe("laggedCorrelationOnGrid ranks", () => {
  it("gives exactly spearman() and pearson() of each lag's pairs", () => {
    fc.assert(
      fc.property(grids, (grid) => {
        const results = laggedCorrelationOnGrid(grid, { minPairs: 3, maxLag: 4 });
        expect(results).toHaveLength(5);
        results.forEach((result, lag) => {
          const { xs, ys } = pairs(grid, lag);
          expect(result.pairs).toBe(xs.length);
          if (xs.length < 3) return;
          expect(result.spearman).toEqual(spearman(xs, ys));
          expect(result.pearson).toEqual(pearson(xs, ys));
        });
      }),
      { numRuns: propertyRuns(2000) },
    );
  });

  it("ranks ties and signed zeros as one value", () => {
    // x: 0, −0, 0, 1, 2 ranks 2, 2, 2, 4, 5 against y's 1…5: ρ = 8 / √(8 · 10), as spearman() gives it.
    const grid = { teams: 1, months: 5, x: Float64Array.of(0, -0, 0, 1, 2), y: Float64Array.of(1, 2, 3, 4, 5) };
    const [lag0] = laggedCorrelationOnGrid(grid, { minPairs: 3, maxLag: 0 });
    expect(lag0!.spearman).toEqual(spearman([0, 0, 0, 1, 2], [1, 2, 3, 4, 5]));
    expect(lag0!.spearman.status === "ok" && lag0!.spearman.rho).toBeCloseTo(8 / Math.sqrt(80), 12);
  });

  it("refuses an infinite cell once a lag has enough pairs", () => {
    const grid = { teams: 1, months: 4, x: Float64Array.of(1, 2, Number.POSITIVE_INFINITY, 4), y: Float64Array.of(1, 2, 3, 4) };
    expect(() => laggedCorrelationOnGrid(grid, { minPairs: 3, maxLag: 0 })).toThrow(/finite/);
  });
});
