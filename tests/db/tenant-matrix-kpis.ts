// The tenant matrix's entries for the KPI data layer (issue 15 §1), spread into
// tenant-matrix-entries.ts: called by organisation A's principals, each answers "not found" for
// B's definitions and teams, lists none of B's, and changes none of B's definitions or values.
import { expect } from "vitest";
import { db } from "@/tests/db/owner-db";
import { getTeamKpiSeries } from "@/lib/db/kpis/get-team-kpi-series";
import { importKpis } from "@/lib/db/kpis/import-kpis";
import { listKpiDefinitions } from "@/lib/db/kpis/list-kpi-definitions";
import { createKpiDefinition, setKpiDefinitionActive, updateKpiDefinition } from "@/lib/db/kpis/write-kpi-definitions";
import { NotFoundError } from "@/lib/errors";
import { currentUtcMonth } from "@/lib/kpis/kpi-import-schema";
import { leaksOf, type TenantWorld } from "./tenant-world";

type Check = (w: TenantWorld) => Promise<void>;

/** B's definitions and values as stored: nothing A does may change them. */
const bKpis = async (w: TenantWorld) => {
  const where = { organisationId: w.b.organisationId };
  return [
    await db().kpiDefinition.findMany({ where, orderBy: { id: "asc" } }),
    await db().operationalKpi.findMany({ where, orderBy: [{ teamId: "asc" }, { period: "asc" }, { kpiId: "asc" }] }),
  ];
};
const bDefinitionIds = async (w: TenantWorld) =>
  (await db().kpiDefinition.findMany({ where: { organisationId: w.b.organisationId }, select: { id: true } })).map((d) => d.id);

async function bKpisUntouched(w: TenantWorld, call: () => Promise<unknown>, expectNotFound: boolean) {
  const before = await bKpis(w);
  if (expectNotFound) await expect(call()).rejects.toBeInstanceOf(NotFoundError);
  else await call();
  expect(await bKpis(w)).toEqual(before);
}

const edit = { nameFr: "Pris", nameEn: "Taken", higherIsBetter: true };

export const kpiEntries: Record<string, Check> = {
  listKpiDefinitions: async (w) => {
    const list = await listKpiDefinitions(w.a.actors.HR);
    expect(list.length).toBeGreaterThan(0);
    const text = JSON.stringify(list);
    expect((await bDefinitionIds(w)).filter((id) => text.includes(id))).toEqual([]);
    expect(leaksOf(list, w.b)).toEqual([]);
  },
  createKpiDefinition: (w) =>
    bKpisUntouched(
      w,
      () =>
        createKpiDefinition(w.a.actors.ADMIN, {
          key: "tenant_probe",
          nameFr: "Sonde",
          nameEn: "Probe",
          unit: "COUNT",
          higherIsBetter: true,
        }),
      false,
    ),
  updateKpiDefinition: async (w) => {
    const [bId] = await bDefinitionIds(w);
    await bKpisUntouched(w, () => updateKpiDefinition(w.a.actors.ADMIN, bId!, edit), true);
  },
  setKpiDefinitionActive: async (w) => {
    const [bId] = await bDefinitionIds(w);
    await bKpisUntouched(w, () => setKpiDefinitionActive(w.a.actors.ADMIN, bId!, false), true);
  },
  importKpis: async (w) => {
    const row = (team: string) => ({ team, month: currentUtcMonth(), kpi: "absenteeism", value: 3 });
    for (const principal of [w.a.actors.HR, w.a.key]) {
      await bKpisUntouched(
        w,
        async () => {
          const result = await importKpis(principal, [row("beta-T1"), row(w.b.teams.T2)]);
          expect(result).toMatchObject({ ok: false, errors: [{ code: "unknownTeam" }, { code: "unknownTeam" }] });
          expect(leaksOf(result, w.b)).toEqual([]);
        },
        false,
      );
    }
  },
  getTeamKpiSeries: async (w) => {
    for (const team of [w.b.teams.T1, "beta-T1"]) {
      await expect(getTeamKpiSeries(w.a.actors.ADMIN, { team })).rejects.toBeInstanceOf(NotFoundError);
      await expect(getTeamKpiSeries(w.a.key, { team })).rejects.toBeInstanceOf(NotFoundError);
    }
    const own = await getTeamKpiSeries(w.a.actors.MANAGER, { team: w.a.teams.T1 });
    expect(leaksOf(own, w.b)).toEqual([]);
  },
};
