import { describe, expect, it } from "vitest";
import { teamsToWatch } from "@/lib/overview/teams-to-watch";
import { estimateGap, estimateNps, type NpsCounts } from "@/lib/stats/nps";
import type { SymmetryTeamDto } from "@/lib/symmetry/symmetry-types";

const c = (promoters: number, passives: number, detractors: number): NpsCounts => ({ promoters, passives, detractors });

function team(name: string, nps: NpsCounts | null, enps: NpsCounts | null, extra: Partial<SymmetryTeamDto> = {}): SymmetryTeamDto {
  const hidden = extra.enpsSuppressed === true;
  return {
    teamId: `id-${name}`,
    externalId: null,
    name,
    parentId: null,
    depth: 1,
    kind: "TEAM",
    leaf: true,
    nps: nps ? estimateNps(nps) : null,
    enps: enps && !hidden ? estimateNps(enps) : null,
    enpsSuppressed: hidden,
    hiddenReason: hidden ? "anonymity" : null,
    enpsExcludedMonths: [],
    gap: nps && enps && !hidden ? estimateGap(enps, nps) : null,
    usedInCorrelation: false,
    ...extra,
  };
}

const options = { minCustomerResponses: 10 };

describe("teams to watch", () => {
  it("lists significant gaps, largest first, and leaves out the insignificant and the non-leaves", () => {
    const current = [
      team("Small gap", c(50, 20, 30), c(6, 2, 4)),
      team("Happy team", c(10, 20, 70), c(18, 2, 0)),
      team("Strained team", c(80, 10, 10), c(2, 4, 14)),
      team("Direction", c(10, 20, 70), c(18, 2, 0), { leaf: false }),
    ];
    const { gaps } = teamsToWatch(current, null, options);
    expect(gaps.map((gap) => gap.name)).toEqual(["Happy team", "Strained team"]);
    expect(gaps[0]!.gap).toBeCloseTo(150);
    expect(gaps[1]!.gap).toBeCloseTo(-130);
  });

  it("never lists a hidden team on an employee-based criterion, nor a customer figure under the minimum n", () => {
    const current = [team("Hidden", c(10, 20, 70), c(18, 2, 0), { enpsSuppressed: true }), team("Few customers", c(0, 0, 5), c(18, 2, 0))];
    const previous = [team("Hidden", c(70, 20, 10), c(0, 2, 18)), team("Few customers", c(5, 0, 0), c(0, 2, 18))];
    const { gaps, drops } = teamsToWatch(current, previous, options);
    expect(gaps).toEqual([]);
    // Hidden: its NPS fell 60 → −60 (a customer criterion, listed); its eNPS is never looked at.
    expect(drops).toEqual([{ teamId: "id-Hidden", name: "Hidden", side: "nps", delta: -120 }]);
    // Hidden in the previous period only: still no eNPS drop.
    const hiddenBefore = teamsToWatch(
      [team("Hidden", c(50, 0, 50), c(0, 2, 18))],
      [team("Hidden", c(50, 0, 50), c(18, 2, 0), { enpsSuppressed: true })],
      options,
    );
    expect(hiddenBefore.drops).toEqual([]);
  });

  it("lists significant drops on both sides, biggest first, never rises or insignificant moves", () => {
    const current = [team("A", c(20, 60, 20), c(2, 6, 12)), team("B", c(30, 40, 30), c(10, 5, 5)), team("New", c(20, 60, 20), null)];
    const previous = [team("A", c(60, 30, 10), c(12, 6, 2)), team("B", c(25, 50, 25), c(5, 5, 10))];
    const { drops } = teamsToWatch(current, previous, options);
    expect(drops.map((entry) => [entry.name, entry.side, Math.round(entry.delta)])).toEqual([
      ["A", "enps", -100],
      ["A", "nps", -50],
    ]);
  });

  it("keeps to the limit", () => {
    const current = ["A", "B", "C", "D"].map((name) => team(name, c(10, 20, 70), c(18, 2, 0)));
    expect(teamsToWatch(current, null, { ...options, limit: 2 }).gaps).toHaveLength(2);
    expect(teamsToWatch(current, null, options).gaps.map((gap) => gap.name)).toEqual(["A", "B", "C"]);
  });
});
