// rollUpTree (one bottom-up pass, parent links) against the definition it implements: a
// node's figures are the sum of the own counts of every team whose materialised path runs
// through it; the organisation node sums every team. Random forests, any team order.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rollUpTree } from "@/lib/symmetry/subtree-counts";
import type { DashboardTeam } from "@/lib/symmetry/symmetry-types";
import { ORGANISATION_NODE } from "@/lib/stats/anonymity";
import type { NpsCounts } from "@/lib/stats/nps";

const arbForest = fc.integer({ min: 1, max: 40 }).chain((size) =>
  fc.record({
    parents: fc.tuple(
      ...Array.from({ length: size }, (_, i) => (i === 0 ? fc.constant(null) : fc.option(fc.integer({ min: 0, max: i - 1 }), { freq: 6 }))),
    ),
    counts: fc.array(fc.option(fc.tuple(fc.nat(20), fc.nat(20), fc.nat(20)), { freq: 3 }), { minLength: size, maxLength: size }),
    order: fc.array(fc.nat(), { minLength: size, maxLength: size }),
  }),
);

function teamsOf(parents: Array<number | null>): DashboardTeam[] {
  const paths: string[] = [];
  parents.forEach((parent, i) => (paths[i] = `${parent === null ? "/" : paths[parent]}t${i}/`));
  return parents.map((parent, i) => ({
    id: `t${i}`,
    parentId: parent === null ? null : `t${parent}`,
    name: `T${i}`,
    kind: "TEAM",
    depth: paths[i]!.split("/").length - 2,
    path: paths[i]!,
    externalId: null,
  }));
}

function naive(teams: DashboardTeam[], own: Map<string, NpsCounts>, node: string): NpsCounts {
  const sum = { promoters: 0, passives: 0, detractors: 0 };
  for (const team of teams) {
    const counts = own.get(team.id);
    if (!counts || (node !== ORGANISATION_NODE && !team.path.includes(`/${node}/`))) continue;
    sum.promoters += counts.promoters;
    sum.passives += counts.passives;
    sum.detractors += counts.detractors;
  }
  return sum;
}

describe("rollUpTree", () => {
  it("gives every node the sum of its subtree's own counts, whatever the order of the team list", () => {
    fc.assert(
      fc.property(arbForest, ({ parents, counts, order }) => {
        const teams = teamsOf(parents);
        const shuffled = teams
          .map((team, i) => ({ team, key: order[i] ?? 0 }))
          .sort((a, b) => a.key - b.key)
          .map(({ team }) => team);
        const own = new Map<string, NpsCounts>();
        counts.forEach((c, i) => c && own.set(`t${i}`, { promoters: c[0], passives: c[1], detractors: c[2] }));
        const before = JSON.stringify([...own]);
        const totals = rollUpTree(shuffled, own);
        for (const node of [ORGANISATION_NODE, ...teams.map((team) => team.id)]) expect(totals.get(node)).toEqual(naive(teams, own, node));
        expect(JSON.stringify([...own])).toBe(before); // the input counts are not mutated
      }),
      { numRuns: 500 },
    );
  });

  it("ignores counts of teams that are not in the list, and gives empty counts without any", () => {
    const teams = teamsOf([null, 0]);
    const totals = rollUpTree(teams, new Map([["elsewhere", { promoters: 3, passives: 0, detractors: 0 }]]));
    expect(totals.get(ORGANISATION_NODE)).toEqual({ promoters: 0, passives: 0, detractors: 0 });
    expect(rollUpTree(teams, undefined).get("t1")).toEqual({ promoters: 0, passives: 0, detractors: 0 });
  });
});
