// The dashboard's reading of its URL: valid filters kept, garbage dropped (never a failed page),
// an unknown moment of truth dropped and reported, and the same names written back.
import { describe, expect, it } from "vitest";
import { filtersQuery, hasCustomerFilter, readUrlFilters, withKnownMoment } from "@/lib/dashboard/url-filters";

const MOT = "0192a3b4-c5d6-7e8f-9a0b-1c2d3e4f5a6b";

describe("readUrlFilters", () => {
  it("keeps a valid period, team, channel and moment of truth", () => {
    expect(readUrlFilters({ from: "2026-09", to: "2026-10", team: "abc", channel: "CHAT", mot: MOT }, true)).toEqual({
      from: "2026-09",
      to: "2026-10",
      teamId: "abc",
      channel: "CHAT",
      momentOfTruth: MOT,
    });
  });

  it("reads a channel in any case and a moment of truth id in upper case", () => {
    expect(readUrlFilters({ channel: "phone", mot: MOT.toUpperCase() }, false)).toEqual({ channel: "PHONE", momentOfTruth: MOT });
  });

  it.each([
    ["an unknown channel", { channel: "FAX" }],
    ["a channel other engineers may add but the filter does not offer", { channel: "UNKNOWN" }],
    ["an empty channel", { channel: "" }],
    ["a moment of truth that is not an id", { mot: "reclamation" }],
    ["an injected moment of truth", { mot: "'; DROP TABLE x; --" }],
    ["malformed months", { from: "2026-13", to: "26-10" }],
  ])("drops %s", (_, params) => {
    expect(readUrlFilters(params, true)).toEqual({});
  });

  it("takes the first of repeated parameters, puts a reversed period in order and ignores team on a team page", () => {
    expect(readUrlFilters({ channel: ["EMAIL", "CHAT"], from: "2026-10", to: "2026-05", team: "abc" }, false)).toEqual({
      channel: "EMAIL",
      from: "2026-05",
      to: "2026-10",
    });
  });
});

describe("withKnownMoment", () => {
  it("keeps a moment of truth among the options", () => {
    expect(withKnownMoment({ channel: "CHAT", momentOfTruth: MOT }, [{ id: MOT }])).toEqual({
      filters: { channel: "CHAT", momentOfTruth: MOT },
      unknownMoment: false,
    });
  });

  it("drops and reports one that is not (unknown, retired, another organisation's)", () => {
    expect(withKnownMoment({ channel: "CHAT", momentOfTruth: MOT }, [])).toEqual({ filters: { channel: "CHAT" }, unknownMoment: true });
  });

  it("reports nothing when no moment of truth was asked for", () => {
    expect(withKnownMoment({ from: "2026-09" }, [])).toEqual({ filters: { from: "2026-09" }, unknownMoment: false });
  });
});

describe("filtersQuery", () => {
  it("writes the URL's own names, the team only for the dashboard", () => {
    const filters = { from: "2026-09", to: "2026-10", teamId: "abc", channel: "STORE" as const, momentOfTruth: MOT };
    expect(filtersQuery(filters)).toBe(`?from=2026-09&to=2026-10&channel=STORE&mot=${MOT}`);
    expect(filtersQuery(filters, true)).toBe(`?from=2026-09&to=2026-10&team=abc&channel=STORE&mot=${MOT}`);
    expect(filtersQuery({})).toBe("");
  });

  it("reads back what it writes", () => {
    const filters = { from: "2026-09", channel: "FIELD" as const, momentOfTruth: MOT };
    expect(readUrlFilters(Object.fromEntries(new URLSearchParams(filtersQuery(filters))), false)).toEqual(filters);
  });

  it("tells customer-only filters apart", () => {
    expect(hasCustomerFilter({ from: "2026-09", teamId: "abc" })).toBe(false);
    expect(hasCustomerFilter({ channel: "CHAT" })).toBe(true);
    expect(hasCustomerFilter({ momentOfTruth: MOT })).toBe(true);
  });
});
