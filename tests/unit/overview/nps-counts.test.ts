import { describe, expect, it } from "vitest";
import { countsOf, sumCounts } from "@/lib/overview/nps-counts";
import { estimateNps, type NpsCounts } from "@/lib/stats/nps";

const dto = (c: NpsCounts) => estimateNps(c)!;

describe("reading the counts back from a dashboard figure", () => {
  it("round-trips every split of small samples, clipped bounds included", () => {
    for (let n = 1; n <= 25; n++)
      for (let promoters = 0; promoters <= n; promoters++)
        for (let detractors = 0; detractors <= n - promoters; detractors++) {
          const counts = { promoters, passives: n - promoters - detractors, detractors };
          expect(countsOf(dto(counts))).toEqual(counts);
        }
  });

  it("round-trips large samples", () => {
    const counts = { promoters: 5123, passives: 3011, detractors: 2077 };
    expect(countsOf(dto(counts))).toEqual(counts);
    const all = { promoters: 4000, passives: 0, detractors: 0 };
    expect(countsOf(dto(all))).toEqual(all);
  });

  it("claims nothing from a figure that estimateNps did not make", () => {
    expect(countsOf(null)).toBeNull();
    expect(countsOf({ score: 10, n: 0, low: 0, high: 0 })).toBeNull();
    expect(countsOf({ score: 33.3, n: 30, low: 0, high: 60 })).toBeNull();
    expect(countsOf({ score: 50, n: 2.5, low: 0, high: 60 })).toBeNull();
  });

  it("sums months, and gives up when one month cannot be read", () => {
    const a = { promoters: 3, passives: 2, detractors: 1 };
    const b = { promoters: 1, passives: 0, detractors: 4 };
    expect(sumCounts([dto(a), null, dto(b)])).toEqual({ promoters: 4, passives: 2, detractors: 5 });
    expect(sumCounts([dto(a), { score: 1, n: 3, low: 0, high: 1 }])).toBeNull();
    expect(sumCounts([null, undefined])).toBeNull();
  });
});
