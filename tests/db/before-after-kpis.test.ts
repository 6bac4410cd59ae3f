// Operational KPIs in the before/after of a done action (issue 15 §1): each team × month value is an
// observation of its group (teams concerned, comparable teams) and window (three months before,
// three after, the action's month left out); the difference in differences of the means, read
// against the KPI's direction (absenteeism is better lower). A KPI without values around the action
// is left out; another organisation's values never count.
import { beforeAll, expect, it } from "vitest";
import { getActionBeforeAfter } from "@/lib/db/actions/before-after";
import { db } from "@/tests/db/owner-db";
import { createActionOrg, type ActionOrgFixture } from "./action-fixtures";

let a: ActionOrgFixture;
let b: ActionOrgFixture;
let actionId: string;
const NOW = new Date("2026-12-02T10:00:00Z");
const month = (m: number) => new Date(Date.UTC(2026, m - 1, 1));

async function kpiValues(org: ActionOrgFixture, key: string, teamId: string, values: Record<number, number>) {
  const kpi = await db().kpiDefinition.findFirstOrThrow({ where: { organisationId: org.organisationId, key } });
  await db().operationalKpi.createMany({
    data: Object.entries(values).map(([m, value]) => ({
      organisationId: org.organisationId,
      teamId,
      period: month(Number(m)),
      kpiId: kpi.id,
      value,
    })),
  });
}

beforeAll(async () => {
  a = await createActionOrg("bak-a");
  b = await createActionOrg("bak-b");
  // T1 (treated): absenteeism 8.33 % → 4.33 %; the action's month (June) is an outlier left out.
  await kpiValues(a, "absenteeism", a.teams.T1, { 3: 8, 4: 9, 5: 8, 6: 40, 7: 4, 8: 5, 9: 4 });
  // T2 and T3 (comparison): flat around 6.33 %.
  for (const team of [a.teams.T2, a.teams.T3]) await kpiValues(a, "absenteeism", team, { 3: 6, 4: 7, 5: 6, 7: 6, 8: 7, 9: 6 });
  // Organisation B: the same team names, absurd values.
  for (const team of [b.teams.T1, b.teams.T2]) await kpiValues(b, "absenteeism", team, { 3: 90, 7: 0, 8: 90 });
  const action = await db().action.create({
    data: {
      organisationId: a.organisationId,
      teamId: a.teams.T1,
      title: "Retour progressif après absence",
      status: "DONE",
      doneAt: new Date("2026-06-15T09:00:00Z"),
      teams: { create: [{ organisationId: a.organisationId, teamId: a.teams.T1 }] },
    },
  });
  actionId = action.id;
});

it("measures a KPI's difference in differences, read against its direction", async () => {
  const result = await getActionBeforeAfter(a.actors.HR, actionId, NOW);
  if (result.state !== "ready") throw new Error(result.state);
  const kpis = result.outcomes.filter((outcome) => outcome.kind === "kpi");
  // Only absenteeism has values: the other built-in KPIs are left out.
  expect(kpis.map((outcome) => outcome.key)).toEqual(["kpi:absenteeism"]);
  const [absenteeism] = kpis;
  expect(absenteeism).toMatchObject({ side: "KPI", unit: "PERCENT", higherIsBetter: false, labelFr: "Absentéisme", answers: null });
  expect(absenteeism!.treated.before).toBeCloseTo(25 / 3);
  expect(absenteeism!.treated.after).toBeCloseTo(13 / 3);
  expect(absenteeism!.comparison.before).toBeCloseTo(19 / 3);
  expect(absenteeism!.comparison.after).toBeCloseTo(19 / 3);
  expect(absenteeism!.estimate!.value).toBeCloseTo(-4);
  expect(absenteeism!.estimate!.significant).toBe(true);
  expect(absenteeism!.reading).toBe("better");
});

it("says « insufficient » when a window has fewer than two values, and is not found from another organisation", async () => {
  await db().operationalKpi.deleteMany({ where: { organisationId: a.organisationId, teamId: a.teams.T1, period: { gte: month(8) } } });
  const result = await getActionBeforeAfter(a.actors.HR, actionId, NOW);
  if (result.state !== "ready") throw new Error(result.state);
  const absenteeism = result.outcomes.find((outcome) => outcome.key === "kpi:absenteeism")!;
  expect([absenteeism.treated.after, absenteeism.estimate, absenteeism.reading]).toEqual([4, null, "insufficient"]);
  await expect(getActionBeforeAfter(b.actors.HR, actionId, NOW)).rejects.toThrow();
});
