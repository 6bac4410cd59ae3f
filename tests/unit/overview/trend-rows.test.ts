import { describe, expect, it } from "vitest";
import { DEFAULT_MIN_CUSTOMER_RESPONSES, minCustomerResponsesOf, trendRows } from "@/lib/overview/trend-rows";
import { estimateNps, type NpsCounts } from "@/lib/stats/nps";
import type { TrendPointDto } from "@/lib/symmetry/symmetry-types";

const c = (promoters: number, passives: number, detractors: number): NpsCounts => ({ promoters, passives, detractors });
const point = (period: string, nps: NpsCounts | null, enps: NpsCounts | null, significant = false): TrendPointDto => ({
  period,
  nps: nps ? estimateNps(nps) : null,
  enps: enps ? estimateNps(enps) : null,
  npsChange: significant ? { delta: 30, p: 0.01, significant: true } : null,
  enpsChange: significant ? { delta: 30, p: 0.01, significant: true } : null,
});

const options = { openMonth: "2026-12", minCustomerResponses: 10, enpsHidden: false };

describe("the trend's rows", () => {
  const points = [
    point("2026-08", c(10, 5, 5), c(6, 2, 2)),
    point("2026-10", c(3, 2, 2), c(6, 2, 2), true),
    point("2026-12", c(1, 1, 0), null),
  ];
  const rows = trendRows(points, options);

  it("fills missing months with empty rows, so lines break there", () => {
    expect(rows.map((row) => row.period)).toEqual(["2026-08", "2026-09", "2026-10", "2026-11", "2026-12"]);
    expect(rows[1]).toMatchObject({ nps: null, enps: null, npsSolid: null, enpsSolid: null, npsN: null, npsWeak: null, npsFlag: false });
  });

  it("marks the open month and thin months, keeping them off the solid line", () => {
    expect(rows[0]).toMatchObject({ nps: 25, npsSolid: 25, npsN: 20, npsWeak: null, enps: 40, enpsSolid: 40, enpsWeak: null });
    expect(rows[2]).toMatchObject({ npsN: 7, npsWeak: "thin", npsSolid: null, npsFlag: true, enpsWeak: null, enpsFlag: true });
    expect(rows[2]!.nps).toBeCloseTo(14.29, 2);
    expect(rows[4]).toMatchObject({ nps: 50, npsN: 2, npsWeak: "open", npsSolid: null });
  });

  it("thin follows the organisation's minimum and the data layer's tooFew flag", () => {
    expect(trendRows(points, { ...options, minCustomerResponses: 5 })[2]!.npsWeak).toBeNull();
    const flagged = { ...point("2026-08", c(30, 0, 0), null), nps: { ...estimateNps(c(30, 0, 0))!, tooFew: true } };
    expect(trendRows([flagged], options)[0]!.npsWeak).toBe("thin");
  });

  it("marks an employee month that is still open, and shows nothing of a hidden employee side", () => {
    expect(trendRows([point("2026-12", null, c(5, 0, 0))], options)[0]).toMatchObject({ enps: 100, enpsWeak: "open", enpsSolid: null });
    const hidden = trendRows(points, { ...options, enpsHidden: true });
    expect(hidden.every((row) => row.enps === null && row.enpsN === null && !row.enpsFlag)).toBe(true);
  });

  it("is empty without points", () => {
    expect(trendRows([], options)).toEqual([]);
  });
});

describe("the organisation's minimum of customer answers", () => {
  it("reads the field when the result has it, else the default", () => {
    expect(minCustomerResponsesOf({ minCustomerResponses: 25 })).toBe(25);
    expect(minCustomerResponsesOf({})).toBe(DEFAULT_MIN_CUSTOMER_RESPONSES);
    expect(minCustomerResponsesOf({ minCustomerResponses: "25" })).toBe(10);
    expect(minCustomerResponsesOf(null)).toBe(10);
  });
});
