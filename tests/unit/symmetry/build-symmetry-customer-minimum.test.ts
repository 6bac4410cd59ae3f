// buildSymmetry with the organisation's customer minimum n: a team whose customer side is under it
// keeps its count, is flagged tooFew, gets no gap and stays out of the correlation (which asks for
// max(k, minCustomerResponses) customer answers); the trend keeps its months, flagged.
import { describe, expect, it } from "vitest";
import { buildSymmetry } from "@/lib/symmetry/build-symmetry";
import type { DashboardTeam, RollupCounts, SymmetryDto } from "@/lib/symmetry/symmetry-types";
import type { NpsCounts } from "@/lib/stats/nps";

const team = (id: string): DashboardTeam => ({ id, parentId: null, name: id, kind: "TEAM", depth: 0, path: id, externalId: null });
const ids = ["A", "B", "C", "D", "E", "F"];
// Employee side: 8 people each (k = 5). Customer side: F has 7 answers, the others 12 to 20.
const employee = (i: number): NpsCounts => ({ promoters: 2 + (i % 3), passives: 3, detractors: 3 - (i % 3) });
const customer = (i: number): NpsCounts =>
  i === 5 ? { promoters: 7, passives: 0, detractors: 0 } : { promoters: 4 + i, passives: 4, detractors: 4 + (i % 2) };

function counts(minCustomerResponses?: number): RollupCounts {
  return {
    teams: ids.map(team),
    minGroupSize: 5,
    ...(minCustomerResponses === undefined ? {} : { minCustomerResponses }),
    employee: new Map([["2026-10", new Map(ids.map((id, i) => [id, employee(i)]))]]),
    employeePeople: new Map([["2026-10", new Map(ids.map((id) => [id, 8]))]]),
    employeeImported: new Map(),
    hiddenBefore: new Map(),
    customer: new Map([["2026-10", new Map(ids.map((id, i) => [id, customer(i)]))]]),
  };
}

function build(minCustomerResponses?: number): SymmetryDto {
  const result = buildSymmetry({
    counts: counts(minCustomerResponses),
    k: 5,
    filters: {},
    shownTeamIds: new Set(ids),
    trend: { teamId: "F" },
  });
  if (result.status !== "ok") throw new Error("refused");
  return result;
}

describe("buildSymmetry with a customer minimum n", () => {
  it("flags the team under it, keeps its count, computes no gap and leaves it out of the correlation", () => {
    const result = build(10);
    expect(result.minCustomerResponses).toBe(10);
    const f = result.teams.find((row) => row.teamId === "F")!;
    expect(f.nps).toMatchObject({ n: 7, tooFew: true });
    expect(f.gap).toBeNull();
    expect(f.usedInCorrelation).toBe(false);
    const a = result.teams.find((row) => row.teamId === "A")!;
    expect(a.nps?.tooFew).toBeUndefined();
    expect(a.gap).not.toBeNull();
    expect(result.correlation.teams).toBe(5);
  });

  it("keeps the trend's customer month, flagged so the chart can draw it as thin", () => {
    expect(build(10).trend).toEqual([
      expect.objectContaining({ period: "2026-10", nps: expect.objectContaining({ n: 7, score: 100, tooFew: true }) }),
    ]);
  });

  it("asks the correlation for max(k, minimum): with a minimum of 3, k = 5 still decides", () => {
    const result = build(3);
    expect(result.teams.every((row) => row.nps?.tooFew === undefined && row.gap !== null)).toBe(true);
    expect(result.correlation.teams).toBe(6);
  });

  it("without the setting in the counts, applies no minimum beyond k", () => {
    const result = build();
    expect(result.minCustomerResponses).toBe(1);
    expect(result.correlation.teams).toBe(6);
  });
});
