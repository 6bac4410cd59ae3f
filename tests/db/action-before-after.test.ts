// Before and after a done action (issue 14 §5), read from the monthly rollups: the treated team's
// NPS rises while comparison teams stay flat (a significant difference in differences), the
// irritant's citation rate falls, an employee cell under the group size or hidden that month is
// left out (and the employee side gives no n), an action not done has no panel, a foreign or
// out-of-scope action is not found.
import { beforeAll, describe, expect, it } from "vitest";
import { getActionBeforeAfter } from "@/lib/db/actions/before-after";
import { db } from "@/tests/db/owner-db";
import { NotFoundError } from "@/lib/errors";
import { createActionOrg, type ActionOrgFixture } from "./action-fixtures";

let a: ActionOrgFixture;
let b: ActionOrgFixture;
let actionId: string;
let flatActionId: string;
const NOW = new Date("2026-12-02T10:00:00Z");
const month = (m: number) => new Date(Date.UTC(2026, m - 1, 1));
const BEFORE = [3, 4, 5];
const AFTER = [7, 8, 9];

async function customer(org: ActionOrgFixture, teamId: string, months: number[], p: number, pa: number, d: number, cited: number) {
  const mot = await db().momentOfTruth.findFirstOrThrow({ where: { organisationId: org.organisationId, side: "CUSTOMER" } });
  for (const m of months) {
    await db().customerTeamRollup.create({
      data: { organisationId: org.organisationId, period: month(m), teamId, promoters: p, passives: pa, detractors: d },
    });
    await db().customerIrritantRollup.create({
      data: {
        organisationId: org.organisationId,
        period: month(m),
        teamId,
        channel: "PHONE",
        momentOfTruthId: mot.id,
        irritantId: org.irritantIds.customer,
        count: cited,
      },
    });
  }
}

async function employee(org: ActionOrgFixture, teamId: string, months: number[], people: number, p: number, pa: number, d: number) {
  for (const m of months)
    await db().employeeRollup.create({
      data: {
        organisationId: org.organisationId,
        period: month(m),
        teamId,
        promoters: p,
        passives: pa,
        detractors: d,
        eventAnswers: 0,
        people,
      },
    });
}

async function doneAction(org: ActionOrgFixture, teamId: string, title: string, doneAt: Date, status: "DONE" | "IN_PROGRESS" = "DONE") {
  const action = await db().action.create({
    data: {
      organisationId: org.organisationId,
      teamId,
      title,
      status,
      doneAt: status === "DONE" ? doneAt : null,
      spentCents: 1_500_000,
      teams: { create: [{ organisationId: org.organisationId, teamId }] },
      irritants: { create: [{ organisationId: org.organisationId, irritantId: org.irritantIds.customer }] },
    },
  });
  return action.id;
}

beforeAll(async () => {
  a = await createActionOrg("ba-a");
  b = await createActionOrg("ba-b");
  // T1 (treated): NPS −25 → +62.5 and the irritant cited 12 → 2 times in 40 answers a month.
  await customer(a, a.teams.T1, BEFORE, 10, 10, 20, 12);
  await customer(a, a.teams.T1, AFTER, 30, 5, 5, 2);
  // T2 and T3 (comparison): flat.
  for (const team of [a.teams.T2, a.teams.T3]) await customer(a, team, [...BEFORE, ...AFTER], 20, 10, 10, 6);
  // Employees: T1 has 4 people a month (under the group size of 5), T2 and T3 ten.
  await employee(a, a.teams.T1, [...BEFORE, ...AFTER], 4, 1, 1, 2);
  for (const team of [a.teams.T2, a.teams.T3]) await employee(a, team, [...BEFORE, ...AFTER], 10, 5, 3, 2);
  actionId = await doneAction(a, a.teams.T1, "Geste commercial sans validation", new Date("2026-06-15T09:00:00Z"));
  flatActionId = await doneAction(a, a.teams.T2, "Rien de mesurable", new Date("2026-06-20T09:00:00Z"));
});

describe("getActionBeforeAfter", () => {
  it("finds a significant rise of the treated team's NPS against comparison teams, and the irritant cited less", async () => {
    const result = await getActionBeforeAfter(a.actors.HR, actionId, NOW);
    expect(result.state).toBe("ready");
    if (result.state !== "ready") return;
    expect(result).toMatchObject({
      pivot: "2026-06",
      before: { from: "2026-03", to: "2026-05" },
      after: { from: "2026-07", to: "2026-09" },
    });
    expect(result.treatedTeams).toBe(1);
    expect(result.comparisonTeams).toBe(1); // T2 is treated by the other action on the same irritant: not comparable
    const nps = result.outcomes.find((o) => o.kind === "nps")!;
    expect(nps.treated).toEqual({ before: -25, after: 62.5 });
    expect(nps.comparison).toEqual({ before: 25, after: 25 });
    expect(nps.answers).toEqual({ treated: [120, 120], comparison: [120, 120] });
    expect(nps.estimate?.value).toBeCloseTo(87.5, 10);
    expect(nps.estimate?.significant).toBe(true);
    expect(nps.reading).toBe("better");
    expect(nps.costPerPoint).toBeCloseTo(15_000 / 87.5, 8);
    const irritant = result.outcomes.find((o) => o.kind === "irritant")!;
    expect(irritant.treated.before).toBeCloseTo(30, 10);
    expect(irritant.treated.after).toBeCloseTo(5, 10);
    expect(irritant.higherIsBetter).toBe(false);
    expect(irritant.reading).toBe("better");
  });

  it("leaves out employee cells under the group size, and gives no employee n", async () => {
    const result = await getActionBeforeAfter(a.actors.HR, actionId, NOW);
    if (result.state !== "ready") throw new Error(result.state);
    const enps = result.outcomes.find((o) => o.kind === "enps")!;
    expect(enps.treated).toEqual({ before: null, after: null });
    expect(enps.comparison.before).toBeCloseTo(30, 10);
    expect(enps.answers).toBeNull();
    expect(enps.estimate).toBeNull();
    expect(enps.reading).toBe("insufficient");
    expect(JSON.stringify(enps)).not.toContain('"n"');
  });

  it("leaves out an employee cell hidden that month, even with enough people", async () => {
    await db().employeeHiddenNode.createMany({
      data: AFTER.map((m) => ({ organisationId: a.organisationId, period: month(m), node: a.teams.T3 })),
    });
    const result = await getActionBeforeAfter(a.actors.HR, actionId, NOW);
    if (result.state !== "ready") throw new Error(result.state);
    const enps = result.outcomes.find((o) => o.kind === "enps")!;
    expect(enps.comparison.before).toBeCloseTo(30, 10);
    expect(enps.comparison.after).toBeNull();
    await db().employeeHiddenNode.deleteMany({ where: { organisationId: a.organisationId } });
  });

  it("says « no significant difference » for a team that moved like the others", async () => {
    const result = await getActionBeforeAfter(a.actors.ADMIN, flatActionId, NOW);
    if (result.state !== "ready") throw new Error(result.state);
    const nps = result.outcomes.find((o) => o.kind === "nps")!;
    expect(nps.estimate?.value).toBeCloseTo(0, 10);
    expect(nps.reading).toBe("none");
    expect(nps.costPerPoint).toBeNull();
  });

  it("has no panel before the action is done, nor before a full month has passed since", async () => {
    const open = await doneAction(a, a.teams.T1, "Pas encore faite", new Date(), "IN_PROGRESS");
    expect(await getActionBeforeAfter(a.actors.HR, open, NOW)).toEqual({ state: "not-done" });
    const recent = await doneAction(a, a.teams.T1, "Faite ce mois-ci", new Date("2026-12-01T09:00:00Z"));
    expect(await getActionBeforeAfter(a.actors.HR, recent, NOW)).toEqual({ state: "too-early", pivot: "2026-12" });
  });

  it("is not found for another organisation, an employee who does not own it, or a garbage id", async () => {
    await expect(getActionBeforeAfter(b.actors.ADMIN, actionId, NOW)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getActionBeforeAfter(a.actors.EMPLOYEE, actionId, NOW)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getActionBeforeAfter(a.actors.HR, "not-an-id", NOW)).rejects.toBeInstanceOf(NotFoundError);
    // The manager of S sees T1's action.
    expect((await getActionBeforeAfter(a.actors.MANAGER, actionId, NOW)).state).toBe("ready");
  });
});
