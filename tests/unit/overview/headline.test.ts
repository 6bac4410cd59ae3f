import { describe, expect, it } from "vitest";
import { buildHeadline } from "@/lib/overview/headline";
import { estimateNps, type NpsCounts } from "@/lib/stats/nps";
import type { TrendPointDto } from "@/lib/symmetry/symmetry-types";

const c = (promoters: number, passives: number, detractors: number): NpsCounts => ({ promoters, passives, detractors });
const point = (period: string, nps: NpsCounts | null, enps: NpsCounts | null): TrendPointDto => ({
  period,
  nps: nps ? estimateNps(nps) : null,
  enps: enps ? estimateNps(enps) : null,
  npsChange: null,
  enpsChange: null,
});

const open = { enpsHidden: false, minCustomerResponses: 10 };

describe("the overview's headline", () => {
  const before = [point("2026-05", c(20, 20, 20), c(10, 5, 5)), point("2026-06", c(20, 20, 20), c(10, 5, 5))];
  const now = [point("2026-07", c(60, 20, 20), c(4, 4, 12)), point("2026-08", c(60, 20, 20), null)];

  it("sums the months of the period and tests the change with lib/stats", () => {
    const headline = buildHeadline(now, before, open);
    expect(headline.nps.figure).toEqual(estimateNps(c(120, 40, 40)));
    expect(headline.enps.figure).toEqual(estimateNps(c(4, 4, 12)));
    // NPS 0 → 40 on 120 and 200 answers: significant; eNPS +25 → −40 on 40 and 20: significant too.
    expect(headline.nps.change).toEqual({ delta: 40, significant: true });
    expect(headline.enps.change?.delta).toBeCloseTo(-65);
    expect(headline.enps.change?.significant).toBe(true);
    expect(headline.gap.figure?.value).toBeCloseTo(-80);
    // eNPS − NPS was +25 − 0: the gap moved by −105, and lib/stats has no test for that.
    expect(headline.gap.change?.delta).toBeCloseTo(-105);
    expect(headline.gap.change?.significant).toBeNull();
  });

  it("says a small change is not significant", () => {
    const headline = buildHeadline([point("2026-07", c(5, 3, 2), null)], [point("2026-06", c(4, 3, 3), null)], open);
    expect(headline.nps.change).toEqual({ delta: 20, significant: false });
    expect(headline.enps.figure).toBeNull();
    expect(headline.gap.figure).toBeNull();
  });

  it("has no change without a previous period", () => {
    const headline = buildHeadline(now, null, open);
    expect(headline.nps.change).toBeNull();
    expect(headline.enps.change).toBeNull();
    expect(headline.gap.change).toBeNull();
    expect(buildHeadline(now, [], open).nps.change).toBeNull();
  });

  it("computes nothing from a hidden employee side", () => {
    const headline = buildHeadline(now, before, { ...open, enpsHidden: true });
    expect(headline.enps).toEqual({ figure: null, change: null, hidden: true });
    expect(headline.gap).toEqual({ figure: null, change: null });
    expect(headline.nps.figure).not.toBeNull();
  });

  it("shows too few customer answers as such, with no gap and no change from them", () => {
    const few = [point("2026-07", c(3, 1, 1), c(10, 5, 5))];
    const headline = buildHeadline(few, [point("2026-06", c(1, 1, 3), c(10, 5, 5))], { ...open, minCustomerResponses: 6 });
    expect(headline.nps.figure).toMatchObject({ n: 5, tooFew: true });
    expect(headline.nps.change).toBeNull();
    expect(headline.gap).toEqual({ figure: null, change: null });
    expect(headline.enps.change).toEqual({ delta: 0, significant: false });
    expect(buildHeadline(few, null, { ...open, minCustomerResponses: 5 }).nps.figure?.tooFew).toBeUndefined();
  });
});
