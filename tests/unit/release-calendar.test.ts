import { describe, expect, it } from "vitest";
import { currentParisMonth, publicationDay, releaseCalendar, shiftMonth } from "@/lib/surveys/release-calendar";

describe("the release calendar of employee results (Paris months)", () => {
  it("seals the running month and publishes it on the first of the next, across a year end", () => {
    expect(releaseCalendar(new Date("2026-12-15T12:00:00Z"))).toEqual({
      openMonth: "2026-12",
      lastReleasedMonth: "2026-11",
      publishedOn: "2027-01-01",
    });
    expect(releaseCalendar(new Date("2027-01-02T08:00:00Z"))).toEqual({
      openMonth: "2027-01",
      lastReleasedMonth: "2026-12",
      publishedOn: "2027-02-01",
    });
  });

  it("turns the month at midnight in Paris, in winter and in summer time", () => {
    // 23:30 UTC on 31 January is 00:30 on 1 February in Paris (UTC+1).
    expect(currentParisMonth(new Date("2027-01-31T23:30:00Z"))).toBe("2027-02");
    expect(currentParisMonth(new Date("2027-01-31T22:30:00Z"))).toBe("2027-01");
    // 22:30 UTC on 31 March is 00:30 on 1 April in Paris (UTC+2).
    expect(currentParisMonth(new Date("2026-03-31T22:30:00Z"))).toBe("2026-04");
    expect(currentParisMonth(new Date("2026-03-31T21:30:00Z"))).toBe("2026-03");
  });

  it("shifts months both ways", () => {
    expect(shiftMonth("2026-01", -1)).toBe("2025-12");
    expect(shiftMonth("2026-12", 1)).toBe("2027-01");
    expect(shiftMonth("2026-05", -13)).toBe("2025-04");
  });
});

describe("the publication day of a window", () => {
  it("is the first of the month after the Paris month the window closes in", () => {
    expect(publicationDay(new Date("2026-12-14T22:59:00Z"))).toBe("2027-01-01");
    // 30 November 23:30 UTC is already 1 December in Paris: published on 1 January.
    expect(publicationDay(new Date("2026-11-30T23:30:00Z"))).toBe("2027-01-01");
    expect(publicationDay(new Date("2026-11-30T22:30:00Z"))).toBe("2026-12-01");
  });
});
