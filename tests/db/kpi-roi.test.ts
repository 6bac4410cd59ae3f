// The ROI panel's data (issue 15 §1) against real PostgreSQL: teams whose eNPS rose significantly
// between the first and the last three months of the period, against the others, on each KPI's
// change; in euros with the organisation's value of a point. Cells under the group size never
// count; a period under six months is "too short"; no KPI access, no answer.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/tests/db/owner-db";
import { getKpiRoi, type KpiRoiDto } from "@/lib/db/kpis/kpi-roi";
import { markAllRollupsDirty } from "@/lib/db/rollup/refresh";
import { ForbiddenError } from "@/lib/errors";
import { createOrgFixture, type OrgFixture } from "./fixtures";

let org: OrgFixture;
let absenteeism: string;
const MONTHS = ["2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08"];
const leaves: string[] = [];

async function employees(teamId: string, month: string, promoters: number, detractors: number) {
  const period = new Date(`${month}-01T00:00:00Z`);
  const { organisationId } = org;
  const n = promoters + detractors;
  await db().employeeResponse.createMany({
    data: Array.from({ length: n }, (_, i) => ({ organisationId, teamId, period, score: i < promoters ? 10 : 2 })),
  });
  await db().employeeRespondent.createMany({
    data: Array.from({ length: n }, () => ({ organisationId, teamId, period, personId: randomUUID() })),
  });
}

const ok = (result: KpiRoiDto) => {
  if (result.status !== "ok") throw new Error(`not ok: ${JSON.stringify(result)}`);
  return result;
};

beforeAll(async () => {
  org = await createOrgFixture("kpi-roi", 0);
  absenteeism = (
    await db().kpiDefinition.create({
      data: {
        organisationId: org.organisationId,
        key: "absenteeism",
        nameFr: "Absentéisme",
        nameEn: "Absenteeism",
        unit: "PERCENT",
        higherIsBetter: false,
        valuePerPointCents: 50_000,
        assumptions: "500 € par point et par équipe et par mois",
      },
    })
  ).id;
  // Two more leaf teams under S2, so each group has enough teams to compare.
  const s2 = await db().team.findUniqueOrThrow({ where: { id: org.teams.S2 } });
  for (const name of ["T4", "T5"]) {
    const id = randomUUID();
    await db().team.create({
      data: {
        id,
        organisationId: org.organisationId,
        parentId: s2.id,
        name: `kpi-roi ${name}`,
        kind: "TEAM",
        path: `${s2.path}${id}/`,
        depth: 2,
      },
    });
    leaves.push(id);
  }
  leaves.unshift(org.teams.T1, org.teams.T2, org.teams.T3);
  // T1, T2 rise from 2 promoters of 10 to 9 of 10; T3–T5 stay at 5 of 10. Absenteeism: the risers
  // lose about 3 points between the windows, the others move by less than one.
  const drift = [-3.2, -2.8, 0.4, -0.3, 0.1];
  for (const [t, teamId] of leaves.entries()) {
    for (const [m, month] of MONTHS.entries()) {
      const rising = t < 2;
      const promoters = rising ? (m < 3 ? 2 : 9) : 5;
      await employees(teamId, month, promoters, 10 - promoters);
      await db().operationalKpi.create({
        data: {
          organisationId: org.organisationId,
          teamId,
          period: new Date(`${month}-01T00:00:00Z`),
          kpiId: absenteeism,
          value: 8 + (m < 3 ? 0 : drift[t]!) + (m % 3) * 0.1,
        },
      });
    }
  }
  await markAllRollupsDirty(org.organisationId);
});

describe("getKpiRoi", () => {
  it("compares the teams whose eNPS rose with the others, in KPI points and in euros", async () => {
    const result = ok(await getKpiRoi(org.actors.HR));
    expect(result.before).toEqual(["2026-03", "2026-05"]);
    expect(result.after).toEqual(["2026-06", "2026-08"]);
    expect([result.risingTeams, result.otherTeams]).toEqual([2, 3]);
    const row = result.rows.find((r) => r.definition.id === absenteeism)!;
    // Risers' changes −3.2, −2.8 (mean −3.0); others 0.4, −0.3, 0.1 (mean 0.0667).
    expect(row.difference!.difference).toBeCloseTo(-3.0667, 3);
    expect(row.difference!.significant).toBe(true);
    expect(row.difference!.high).toBeLessThan(0);
    expect(row.euros!.value).toBeCloseTo(-1533.33, 1);
    expect(row.definition.assumptions).toBe("500 € par point et par équipe et par mois");
  });

  it("leaves out a team whose window is under the group size", async () => {
    // A sixth team with only 3 answers a month: never compared, whatever its KPI says.
    const s = await db().team.findUniqueOrThrow({ where: { id: org.teams.S } });
    const id = randomUUID();
    await db().team.create({
      data: {
        id,
        organisationId: org.organisationId,
        parentId: s.id,
        name: "kpi-roi small",
        kind: "TEAM",
        path: `${s.path}${id}/`,
        depth: 2,
      },
    });
    for (const [m, month] of MONTHS.entries()) {
      await employees(id, month, m < 3 ? 0 : 3, m < 3 ? 3 : 0);
      await db().operationalKpi.create({
        data: {
          organisationId: org.organisationId,
          teamId: id,
          period: new Date(`${month}-01T00:00:00Z`),
          kpiId: absenteeism,
          value: m < 3 ? 50 : 0,
        },
      });
    }
    await markAllRollupsDirty(org.organisationId);
    const result = ok(await getKpiRoi(org.actors.HR));
    // Its hidden months may hide a neighbour's too (complementary suppression): fewer teams, never it.
    expect(result.risingTeams + result.otherTeams).toBeLessThanOrEqual(5);
    const difference = result.rows.find((r) => r.definition.id === absenteeism)!.difference;
    // Counted, its −50 points would pull either group's mean change far below −10.
    if (difference) expect(Math.abs(difference.difference)).toBeLessThan(10);
  });

  it("says a period under six months is too short", async () => {
    expect(await getKpiRoi(org.actors.HR, { from: "2026-04", to: "2026-08" })).toEqual({ status: "too-short", months: 5 });
  });

  it("is refused to a role without KPI access", async () => {
    await expect(getKpiRoi(org.actors.EMPLOYEE)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
