// The KPI CSV upload through its action handler and wrapper, as the page posts it (issue 15 §1):
// a preview lists the first rows and every refused row by line with a French sentence, stores
// nothing, and offers no import while a row is refused; the text sent back imports all rows;
// a broken file is refused with its sentence; a manager (no kpis:manage) gets 403.
import { beforeAll, describe, expect, it } from "vitest";
import { handleKpiImport, kpiImportSpec } from "@/app/[locale]/(app)/settings/kpis/kpi-import-form";
import type { KpiImportStep } from "@/components/kpis/kpi-import-state";
import type { Actor } from "@/lib/auth/actor-types";
import { db } from "@/tests/db/owner-db";
import { createDefaultKpis } from "@/lib/db/internal/kpis/create-default-kpis";
import { runServerAction, type ActionResult } from "@/lib/http/server-action";
import { currentUtcMonth } from "@/lib/kpis/kpi-import-schema";
import { shiftMonth } from "@/lib/surveys/release-calendar";
import { createOrgFixture, type OrgFixture } from "./fixtures";

let org: OrgFixture;
const month = shiftMonth(currentUtcMonth(), -1);
const future = shiftMonth(currentUtcMonth(), 1);

beforeAll(async () => {
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
  org = await createOrgFixture("kif", 0);
  await createDefaultKpis(db(), org.organisationId);
});

function post(fields: Record<string, string | File>, actor: Actor = org.actors.HR): Promise<ActionResult<KpiImportStep>> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  const request = { headers: new Headers({ "sec-fetch-site": "same-origin" }), getActor: async () => actor };
  return runServerAction(request, kpiImportSpec, handleKpiImport, form);
}
const file = (text: string) => new File([text], "kpis.csv", { type: "text/csv" });
const stored = () => db().operationalKpi.count({ where: { organisationId: org.organisationId } });

describe("the KPI CSV upload", () => {
  it("previews refused rows by line with a sentence, stores nothing and offers no import", async () => {
    const text = `team;month;kpi;value\nkif-T1;${month};absenteeism;4,5\nkif-T1;${future};absenteeism;4\nkif-T2;${month};turnover;120\nkif-T2;${month};nps;3\n`;
    const result = await post({ intent: "preview", file: file(text) });
    expect(result.ok).toBe(true);
    if (!result.ok || result.data.step !== "preview") throw new Error("no preview");
    expect(result.data.sample[0]).toEqual({ line: 2, team: "kif-T1", month, kpi: "absenteeism", value: "4.5" });
    expect(result.data.errors).toEqual([
      { line: 3, field: "month", message: "ce mois est dans le futur." },
      { line: 4, field: "value", message: "un taux doit être compris entre 0 et 100." },
      { line: 5, field: "kpi", message: "aucun indicateur de l'organisation n'a cette clé." },
    ]);
    expect(result.data.refusedRows).toBe(3);
    expect(await stored()).toBe(0);
  });

  it("previews a valid file with its counts, then imports the text sent back", async () => {
    const text = `team,month,kpi,value\nkif-T1,${month},absenteeism,4.5\nkif-T2,${month},average_handling_time,290\n`;
    const preview = await post({ intent: "preview", file: file(text) });
    expect(preview).toMatchObject({ ok: true, data: { step: "preview", rows: 2, created: 2, updated: 0, errors: [] } });
    expect(await stored()).toBe(0);
    const done = await post({ intent: "import", csv: text, fileName: "kpis.csv" });
    expect(done).toEqual({ ok: true, data: { step: "done", fileName: "kpis.csv", rows: 2, created: 2, updated: 0 } });
    expect(await stored()).toBe(2);
  });

  it("refuses a broken file with its sentence and nothing stored", async () => {
    const before = await stored();
    const missing = await post({ intent: "preview", file: file("team,month,value\nkif-T1,2026-01,3\n") });
    expect(missing).toMatchObject({ ok: false, code: "missingColumns", message: "Colonnes manquantes : kpi." });
    const none = await post({ intent: "preview", file: new File([], "") });
    expect(none).toMatchObject({ ok: false, code: "noFile" });
    expect(await stored()).toBe(before);
  });

  it("is refused to a manager", async () => {
    await expect(post({ intent: "preview", file: file("team,month,kpi,value\n") }, org.actors.MANAGER)).rejects.toThrow();
  });
});
