// Operational KPIs (issue 15 §1): the built-ins every organisation starts with, definitions
// managed by ADMIN/HR/CX (audited, a nameless or duplicate one stores nothing), the import (all
// or nothing, each refusal named by row and field, idempotent on team + month + KPI) and a team's
// monthly series (kpis:read, the team in scope; another organisation's team is not found).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/tests/db/owner-db";
import { createDefaultKpis } from "@/lib/db/internal/kpis/create-default-kpis";
import { insertOrganisation } from "@/lib/db/internal/organisations/insert-organisation";
import { getTeamKpiSeries } from "@/lib/db/kpis/get-team-kpi-series";
import { importKpis } from "@/lib/db/kpis/import-kpis";
import { listKpiDefinitions } from "@/lib/db/kpis/list-kpi-definitions";
import { createKpiDefinition, setKpiDefinitionActive, updateKpiDefinition } from "@/lib/db/kpis/write-kpi-definitions";
import { ExpectedError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { BUILTIN_KPIS } from "@/lib/kpis/builtin-kpis";
import { currentUtcMonth } from "@/lib/kpis/kpi-import-schema";
import { en } from "@/lib/i18n/messages/en";
import { fr } from "@/lib/i18n/messages/fr";
import { auditActionLabel } from "@/lib/organisations/audit-log";
import { shiftMonth } from "@/lib/surveys/release-calendar";
import { createOrgFixture, type OrgFixture } from "./fixtures";

let org: OrgFixture;
let other: OrgFixture;
const lastMonth = shiftMonth(currentUtcMonth(), -1);

const valueCount = (organisationId = org.organisationId) => db().operationalKpi.count({ where: { organisationId } });
const auditCount = (action: string) => db().auditLog.count({ where: { organisationId: org.organisationId, action } });
const row = (over: Record<string, unknown> = {}) => ({ team: "kpis-T1", month: lastMonth, kpi: "absenteeism", value: 4.2, ...over });

beforeAll(async () => {
  org = await createOrgFixture("kpis", 0);
  other = await createOrgFixture("kpis-other", 0);
  await createDefaultKpis(db(), org.organisationId);
  await createDefaultKpis(db(), other.organisationId);
});

describe("built-in definitions", () => {
  it("are created with every organisation", async () => {
    const created = await db().$transaction((tx) =>
      insertOrganisation(tx, { name: "Neuve", slug: "kpis-neuve", adminEmail: "admin@kpis-neuve.test", adminName: "Ada", locale: "fr" }),
    );
    const keys = await db().kpiDefinition.findMany({ where: { organisationId: created.organisationId }, orderBy: { position: "asc" } });
    expect(keys.map((k) => [k.key, k.unit, k.higherIsBetter])).toEqual(BUILTIN_KPIS.map((k) => [k.key, k.unit, k.higherIsBetter]));
  });

  it("are listed for kpis:read and refused to an employee", async () => {
    const list = await listKpiDefinitions(org.actors.MANAGER);
    expect(list.map((d) => d.key)).toEqual(BUILTIN_KPIS.map((k) => k.key));
    expect(list.every((d) => d.builtin && d.active)).toBe(true);
    await expect(listKpiDefinitions(org.actors.EMPLOYEE)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("definitions", () => {
  const input = {
    key: "taux_escalade",
    nameFr: "Taux d’escalade",
    nameEn: "Escalation rate",
    unit: "PERCENT",
    higherIsBetter: false,
    valuePerPointCents: 150_000,
    assumptions: "Une escalade coûte 30 minutes de responsable.",
  };

  it("are added by HR, last in order, and audited", async () => {
    const result = await createKpiDefinition(org.actors.HR, input);
    expect(result.ok).toBe(true);
    const stored = await db().kpiDefinition.findFirstOrThrow({ where: { organisationId: org.organisationId, key: "taux_escalade" } });
    expect(stored).toMatchObject({ position: 4, valuePerPointCents: 150_000, active: true });
    expect(await auditCount("kpiDefinition.create")).toBe(1);
  });

  it("refuses a definition without a name, or a taken key, and stores nothing", async () => {
    const before = await db().kpiDefinition.count({ where: { organisationId: org.organisationId } });
    expect(await createKpiDefinition(org.actors.CX, { ...input, key: "sans_nom", nameFr: "  " })).toEqual({
      ok: false,
      fieldErrors: { nameFr: "required" },
    });
    expect(await createKpiDefinition(org.actors.CX, { ...input, key: "sans_nom", nameEn: undefined })).toEqual({
      ok: false,
      fieldErrors: { nameEn: "required" },
    });
    expect(await createKpiDefinition(org.actors.ADMIN, { ...input, key: "absenteeism" })).toEqual({
      ok: false,
      fieldErrors: { key: "keyTaken" },
    });
    expect(await createKpiDefinition(org.actors.ADMIN, { ...input, key: "Taux escalade", unit: "EUROS", valuePerPointCents: -1 })).toEqual({
      ok: false,
      fieldErrors: { key: "keyFormat", unit: "unit", valuePerPointCents: "money" },
    });
    expect(await db().kpiDefinition.count({ where: { organisationId: org.organisationId } })).toBe(before);
  });

  it("are managed by ADMIN, HR and CX only", async () => {
    await expect(createKpiDefinition(org.actors.MANAGER, { ...input, key: "x" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createKpiDefinition(org.actors.EMPLOYEE, { ...input, key: "x" })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("edit names, direction, money and assumptions but keep key and unit", async () => {
    const { id } = await db().kpiDefinition.findFirstOrThrow({ where: { organisationId: org.organisationId, key: "taux_escalade" } });
    const edit = { nameFr: "Escalades", nameEn: "Escalations", higherIsBetter: false, valuePerPointCents: null, assumptions: "" };
    expect(await updateKpiDefinition(org.actors.CX, id, edit)).toEqual({ ok: true, id });
    expect(await db().kpiDefinition.findUniqueOrThrow({ where: { id } })).toMatchObject({
      nameFr: "Escalades",
      valuePerPointCents: null,
      assumptions: null,
      unit: "PERCENT",
    });
    expect(await updateKpiDefinition(org.actors.CX, id, { ...edit, unit: "COUNT" })).toEqual({
      ok: false,
      fieldErrors: { form: "invalid" },
    });
    expect(await updateKpiDefinition(org.actors.CX, id, { ...edit, assumptions: "a".repeat(1001) })).toEqual({
      ok: false,
      fieldErrors: { assumptions: "tooLong" },
    });
    expect(await auditCount("kpiDefinition.update")).toBe(1);
  });

  it("answer not found for another organisation's definition", async () => {
    const foreign = await db().kpiDefinition.findFirstOrThrow({ where: { organisationId: other.organisationId } });
    await expect(
      updateKpiDefinition(org.actors.ADMIN, foreign.id, { nameFr: "x", nameEn: "x", higherIsBetter: true }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(setKpiDefinitionActive(org.actors.ADMIN, foreign.id, false)).rejects.toBeInstanceOf(NotFoundError);
    await expect(setKpiDefinitionActive(org.actors.ADMIN, "not-a-uuid", false)).rejects.toBeInstanceOf(NotFoundError);
    expect((await db().kpiDefinition.findUniqueOrThrow({ where: { id: foreign.id } })).active).toBe(true);
  });
});

describe("import", () => {
  it("stores rows by team external key or id, then updates them on a second import (no duplicate)", async () => {
    const rows = [row({ team: "kpis-T1" }), row({ team: org.teams.T2, kpi: "average_handling_time", value: 312 })];
    expect(await importKpis(org.actors.HR, rows)).toEqual({ ok: true, rows: 2, created: 2, updated: 0, dryRun: false });
    expect(await importKpis(org.actors.HR, [row({ team: "kpis-T1", value: 5 })])).toEqual({
      ok: true,
      rows: 1,
      created: 0,
      updated: 1,
      dryRun: false,
    });
    const stored = await db().operationalKpi.findMany({ where: { organisationId: org.organisationId, teamId: org.teams.T1 } });
    expect(stored.map((s) => s.value)).toEqual([5]);
    expect(await valueCount()).toBe(2);
    expect(await auditCount("kpis.import")).toBe(2);
  });

  it("checks without writing on a dry run", async () => {
    const before = await valueCount();
    expect(await importKpis(org.actors.CX, [row({ team: "kpis-T1", month: shiftMonth(lastMonth, -1) })], { dryRun: true })).toEqual({
      ok: true,
      rows: 1,
      created: 1,
      updated: 0,
      dryRun: true,
    });
    expect(await valueCount()).toBe(before);
  });

  const refusals: Array<[string, Record<string, unknown>, { field: string; code: string }]> = [
    ["an unknown team", { team: "nowhere" }, { field: "team", code: "unknownTeam" }],
    ["another organisation's team", { team: "kpis-other-T1" }, { field: "team", code: "unknownTeam" }],
    ["a month in the future", { month: shiftMonth(currentUtcMonth(), 1) }, { field: "month", code: "futureMonth" }],
    ["a malformed month", { month: "2026-13" }, { field: "month", code: "month" }],
    ["an unknown KPI", { kpi: "nps" }, { field: "kpi", code: "unknownKpi" }],
    ["a rate above 100 %", { value: 100.5 }, { field: "value", code: "outOfRange" }],
    ["a negative rate", { value: -0.1 }, { field: "value", code: "outOfRange" }],
    ["negative seconds", { kpi: "average_handling_time", value: -3 }, { field: "value", code: "outOfRange" }],
    ["a value that is not a number", { value: "4,2" }, { field: "value", code: "number" }],
    ["a missing value", { value: undefined }, { field: "value", code: "required" }],
    ["an unknown field", { comment: "x" }, { field: "comment", code: "unknownField" }],
  ];
  it.each(refusals)("refuses %s, naming the row and field, and stores nothing of the import", async (_name, over, error) => {
    const before = await valueCount();
    const good = row({ team: "kpis-T1", month: shiftMonth(lastMonth, -2) });
    const result = await importKpis(org.actors.HR, [good, row({ team: "kpis-T1", ...over })]);
    expect(result).toMatchObject({ ok: false, rows: 2, errors: [{ index: 1, ...error }] });
    if (!result.ok) expect(result.errors[0]!.message.length).toBeGreaterThan(5);
    expect(await valueCount()).toBe(before);
  });

  it("refuses the same team, month and KPI twice in one import (team named by id then by key)", async () => {
    const before = await valueCount();
    const result = await importKpis(org.actors.HR, [row({ team: org.teams.T1, value: 3 }), row({ team: "kpis-T1", value: 4 })]);
    expect(result).toMatchObject({ ok: false, errors: [{ index: 1, field: "", code: "duplicate", firstIndex: 0 }] });
    expect(await valueCount()).toBe(before);
  });

  it("refuses a deactivated KPI until it is reactivated", async () => {
    const { id } = await db().kpiDefinition.findFirstOrThrow({ where: { organisationId: org.organisationId, key: "turnover" } });
    expect(await setKpiDefinitionActive(org.actors.ADMIN, id, false)).toEqual({ ok: true, id });
    const before = await valueCount();
    expect(await importKpis(org.actors.HR, [row({ team: "kpis-T1", kpi: "turnover", value: 1 })])).toMatchObject({
      ok: false,
      errors: [{ field: "kpi", code: "inactiveKpi" }],
    });
    expect(await valueCount()).toBe(before);
    expect((await listKpiDefinitions(org.actors.HR)).find((d) => d.key === "turnover")?.active).toBe(false);
    await setKpiDefinitionActive(org.actors.ADMIN, id, true);
    expect(await auditCount("kpiDefinition.deactivate")).toBe(1);
    expect(await auditCount("kpiDefinition.activate")).toBe(1);
  });

  it("refuses an empty import and one that is not rows, and anyone without kpis:manage", async () => {
    await expect(importKpis(org.actors.HR, [])).rejects.toBeInstanceOf(ExpectedError);
    expect(await importKpis(org.actors.HR, ["team,month"])).toMatchObject({ ok: false, errors: [{ index: 0, field: "", code: "row" }] });
    await expect(importKpis(org.actors.MANAGER, [row({ team: "kpis-T1" })])).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("a team's series", () => {
  it("gives each active KPI's values month by month, null where none was imported", async () => {
    const series = await getTeamKpiSeries(org.actors.MANAGER, { team: org.teams.T1, to: lastMonth });
    expect(series.months).toHaveLength(12);
    expect(series.months.at(-1)).toBe(lastMonth);
    const absenteeism = series.kpis.find((k) => k.definition.key === "absenteeism")!;
    expect(absenteeism.values.at(-1)).toBe(5);
    expect(absenteeism.values.slice(0, -1).every((v) => v === null)).toBe(true);
    expect(series.kpis.map((k) => k.definition.key)).toContain("taux_escalade");
    expect((await getTeamKpiSeries(org.actors.ADMIN, { team: "kpis-T1", from: lastMonth, to: lastMonth })).months).toEqual([lastMonth]);
  });

  it("is refused to an employee, and not found for a team out of scope or of another organisation", async () => {
    await expect(getTeamKpiSeries(org.actors.EMPLOYEE, { team: org.teams.T1 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getTeamKpiSeries(org.actors.MANAGER, { team: org.teams.T3 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getTeamKpiSeries(org.actors.ADMIN, { team: other.teams.T1 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getTeamKpiSeries(org.actors.ADMIN, { team: "kpis-other-T1" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses a reversed or too long range", async () => {
    await expect(getTeamKpiSeries(org.actors.ADMIN, { team: org.teams.T1, from: "2026-05", to: "2026-01" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(getTeamKpiSeries(org.actors.ADMIN, { team: org.teams.T1, from: "2020-01", to: "2026-01" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
  });
});

it("names every KPI audit entry in the audit log, in French and English", async () => {
  const rows = await db().auditLog.findMany({ where: { organisationId: org.organisationId }, select: { action: true } });
  const actions = [...new Set(rows.map((row) => row.action))].sort();
  expect(actions).toEqual([
    "kpiDefinition.activate",
    "kpiDefinition.create",
    "kpiDefinition.deactivate",
    "kpiDefinition.update",
    "kpis.import",
  ]);
  for (const action of actions) {
    expect(auditActionLabel(action, fr.audit.actions)).not.toBe(action);
    expect(auditActionLabel(action, en.audit.actions)).not.toBe(action);
  }
});
