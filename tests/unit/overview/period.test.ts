import { describe, expect, it } from "vitest";
import { monthsBetween, monthsOf, previousPeriod, shownPeriod } from "@/lib/overview/period";

describe("the overview's periods", () => {
  it("counts months inclusively, across a year end", () => {
    expect(monthsBetween({ from: "2026-05", to: "2026-05" })).toBe(1);
    expect(monthsBetween({ from: "2025-11", to: "2026-02" })).toBe(4);
    expect(monthsBetween({ from: "2026-03", to: "2026-02" })).toBe(0);
  });

  it("takes the filter's bounds, an open bound from the data", () => {
    const data = ["2026-07", "2026-05", "2026-12"];
    expect(shownPeriod({}, data)).toEqual({ from: "2026-05", to: "2026-12" });
    expect(shownPeriod({ from: "2026-06" }, data)).toEqual({ from: "2026-06", to: "2026-12" });
    expect(shownPeriod({ to: "2026-08" }, data)).toEqual({ from: "2026-05", to: "2026-08" });
    expect(shownPeriod({ from: "2026-01", to: "2026-02" }, [])).toEqual({ from: "2026-01", to: "2026-02" });
    expect(shownPeriod({}, [])).toBeNull();
    expect(shownPeriod({ from: "2027-01" }, data)).toBeNull();
  });

  it("compares with the same number of months just before", () => {
    expect(previousPeriod({ from: "2026-08", to: "2026-10" })).toEqual({ from: "2026-05", to: "2026-07" });
    expect(previousPeriod({ from: "2026-12", to: "2026-12" })).toEqual({ from: "2026-11", to: "2026-11" });
    expect(previousPeriod({ from: "2026-02", to: "2026-07" })).toEqual({ from: "2025-08", to: "2026-01" });
  });

  it("lists a range's months", () => {
    expect(monthsOf({ from: "2025-11", to: "2026-02" })).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
  });
});
