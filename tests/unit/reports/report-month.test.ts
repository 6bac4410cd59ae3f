// The monthly report's month (lib/reports/report-month.ts): well-formed, not in the future, its
// Paris bounds across both clock changes, and the last full month the links point at.
import { describe, expect, it } from "vitest";
import { lastFullMonth, parisMonthBounds, parseReportMonth, reportHref, trendRange } from "@/lib/reports/report-month";
import { currentParisMonth, shiftMonth } from "@/lib/surveys/release-calendar";

describe("parseReportMonth", () => {
  it("accepts a well-formed month up to the current one", () => {
    expect(parseReportMonth("2026-10")).toBe("2026-10");
    expect(parseReportMonth(currentParisMonth())).toBe(currentParisMonth());
  });

  it.each(["2026-13", "2026-00", "2026-1", "26-10", "octobre", "", "2026-10-01", "1999-12", null, 202610])("refuses %j", (value) => {
    expect(parseReportMonth(value)).toBeNull();
  });

  it("refuses next month", () => {
    expect(parseReportMonth(shiftMonth(currentParisMonth(), 1))).toBeNull();
  });
});

describe("parisMonthBounds", () => {
  it("starts and ends at Paris midnight, summer and winter time alike", () => {
    expect(parisMonthBounds("2026-10")).toEqual({ start: new Date("2026-09-30T22:00:00Z"), end: new Date("2026-10-31T23:00:00Z") });
    expect(parisMonthBounds("2026-03")).toEqual({ start: new Date("2026-02-28T23:00:00Z"), end: new Date("2026-03-31T22:00:00Z") });
    expect(parisMonthBounds("2026-12").end).toEqual(new Date("2026-12-31T23:00:00Z"));
  });
});

describe("links", () => {
  it("point at the month before the current Paris month", () => {
    expect(lastFullMonth(new Date("2026-12-04T12:00:00Z"))).toBe("2026-11");
    // 1 January 00:30 in Paris is still 31 December in UTC: December is then the last full month.
    expect(lastFullMonth(new Date("2026-12-31T23:30:00Z"))).toBe("2026-12");
    expect(reportHref("fr", "2026-11")).toBe("/fr/reports/2026-11");
    expect(reportHref("en", "2026-11", "abc")).toBe("/en/reports/2026-11/teams/abc");
  });

  it("the trend covers the twelve months ending with the report's month", () => {
    expect(trendRange("2026-10")).toEqual({ from: "2025-11", to: "2026-10" });
  });
});
