// KPI correlations (issue 15 §1) against real PostgreSQL: across leaf teams and months, eNPS in month
// t against a KPI in month t + k and the KPI against NPS, with the dashboard's own eNPS series — a
// team-month under the group size gives no pair, whatever KPI it has; a manager correlates over
// their subtree only; the lag pairs a month with a later one; no KPI access, no answer.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/tests/db/owner-db";
import { getKpiCorrelations, type KpiCorrelationsDto } from "@/lib/db/kpis/kpi-correlations";
import { markAllRollupsDirty } from "@/lib/db/rollup/refresh";
import { ForbiddenError } from "@/lib/errors";
import { createOrgFixture, type OrgFixture } from "./fixtures";

let org: OrgFixture;
let absenteeism: string;
const MONTHS = ["2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08"];

/** `n` employee answers of a team in a month, giving an eNPS of about `enps` (promoters 10, detractors 0). */
async function employees(teamId: string, month: string, n: number, promoters: number) {
  const period = new Date(`${month}-01T00:00:00Z`);
  const { organisationId } = org;
  await db().employeeResponse.createMany({
    data: Array.from({ length: n }, (_, i) => ({ organisationId, teamId, period, score: i < promoters ? 10 : 0 })),
  });
  await db().employeeRespondent.createMany({
    data: Array.from({ length: n }, () => ({ organisationId, teamId, period, personId: randomUUID() })),
  });
}

const kpiOf = (result: KpiCorrelationsDto) => {
  if (result.status !== "ok") throw new Error(`refused: ${JSON.stringify(result)}`);
  return result.kpis.find((kpi) => kpi.definition.id === absenteeism)!;
};
const pearsonR = (lag: { pearson: { status: string; r?: number } }) => (lag.pearson.status === "ok" ? lag.pearson.r! : null);

beforeAll(async () => {
  org = await createOrgFixture("kpi-corr", 0);
  absenteeism = (
    await db().kpiDefinition.create({
      data: {
        organisationId: org.organisationId,
        key: "absenteeism",
        nameFr: "Absentéisme",
        nameEn: "Absenteeism",
        unit: "PERCENT",
        higherIsBetter: false,
      },
    })
  ).id;
  // Three leaf teams (T1, T2 under S; T3 under S2), six months: 8 answers each, promoters rising
  // with the team and the month; absenteeism the month after falls as the eNPS rises.
  let cellIndex = 0;
  for (const [t, teamId] of [org.teams.T1, org.teams.T2, org.teams.T3].entries()) {
    for (const [m, month] of MONTHS.entries()) {
      const promoters = (t + m + (cellIndex++ % 3)) % 9; // 0..8 of 8 answers
      await employees(teamId, month, 8, Math.min(8, promoters));
      const next = MONTHS[m + 1];
      if (next) {
        await db().operationalKpi.create({
          data: {
            organisationId: org.organisationId,
            teamId,
            period: new Date(`${next}-01T00:00:00Z`),
            kpiId: absenteeism,
            value: 12 - Math.min(8, promoters), // one point less absenteeism per promoter
          },
        });
      }
    }
  }
  await markAllRollupsDirty(org.organisationId);
});

describe("getKpiCorrelations", () => {
  it("finds the KPI of the month after going with the eNPS (lag 1), over every leaf team", async () => {
    const kpi = kpiOf(await getKpiCorrelations(org.actors.HR));
    expect(kpi.withEnps.map((lag) => lag.lag)).toEqual([0, 1, 2, 3]);
    const lag1 = kpi.withEnps[1]!;
    expect(lag1.pairs).toBe(15); // 3 teams × the 5 months that have a next one
    expect(pearsonR(lag1)).toBeCloseTo(-1, 6);
    // Absenteeism of the same month is another month's story: not the perfect line.
    expect(Math.abs(pearsonR(kpi.withEnps[0]!) ?? 0)).toBeLessThan(0.99);
    expect(kpi.values).toBe(15);
  });

  it("correlates a manager's subtree only", async () => {
    const result = await getKpiCorrelations(org.actors.MANAGER); // S ⊃ T1, T2
    expect(result.status === "ok" && result.leafTeams).toBe(2);
    expect(kpiOf(result).withEnps[1]!.pairs).toBe(10);
  });

  it("reads only the view's leaf teams and its months, plus three after, under a period filter", async () => {
    // A service's own value pairs with nothing: only leaf teams are correlated.
    await db().operationalKpi.createMany({
      data: [
        {
          organisationId: org.organisationId,
          teamId: org.teams.S,
          period: new Date("2026-06-01T00:00:00Z"),
          kpiId: absenteeism,
          value: 50,
        },
      ],
    });
    await markAllRollupsDirty(org.organisationId);
    const kpi = kpiOf(await getKpiCorrelations(org.actors.HR, { from: "2026-05", to: "2026-06" }));
    // The months 2026-05 … 2026-09 of the three leaves hold the values of 05, 06, 07 and 08 (04 is before the filter).
    expect(kpi.values).toBe(12);
    expect(kpi.withEnps.map((lag) => lag.pairs)).toEqual([6, 6, 6, 3]);
    expect(pearsonR(kpi.withEnps[1]!)).toBeCloseTo(-1, 6);
    await db().operationalKpi.deleteMany({ where: { organisationId: org.organisationId, teamId: org.teams.S } });
  });

  it("takes no pair from a team-month under the group size, whatever its KPI", async () => {
    // T3's last full months get a fourth team-month below the group size: 3 answers in 2026-09.
    await employees(org.teams.T3, "2026-09", 3, 3);
    await db().operationalKpi.create({
      data: {
        organisationId: org.organisationId,
        teamId: org.teams.T3,
        period: new Date("2026-10-01T00:00:00Z"),
        kpiId: absenteeism,
        value: 99,
      },
    });
    await markAllRollupsDirty(org.organisationId);
    const lag1 = kpiOf(await getKpiCorrelations(org.actors.HR)).withEnps[1]!;
    expect(lag1.pairs).toBe(15);
    expect(pearsonR(lag1)).toBeCloseTo(-1, 6);
  });

  it("is refused to a role without KPI access", async () => {
    await expect(getKpiCorrelations(org.actors.EMPLOYEE)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
