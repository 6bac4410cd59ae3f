"use server";
// Server actions of the KPI page (issue 15 §1): the definitions' plain forms (post/redirect/get,
// they work without JavaScript; the data layer checks kpis:manage, validates and audits; a
// refusal comes back as field.code pairs the page explains) and the CSV upload with preview.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import {
  createKpiDefinition,
  setKpiDefinitionActive,
  updateKpiDefinition,
  type KpiDefinitionWriteResult,
} from "@/lib/db/kpis/write-kpi-definitions";
import { ActionRefusal, redirectingAction, serverAction, type ActionResult } from "@/lib/http/server-action";
import { handleKpiImport, kpiImportSpec } from "./kpi-import-form";

const kpisPage = (locale: string) => `/${locale}/settings/kpis`;
const text = z.string().max(2_000).catch("");
const ZId = z.object({ id: z.string().max(100) });
const ZEditable = z.object({ nameFr: text, nameEn: text, higherIsBetter: text, valuePerPoint: text, assumptions: text });

/** Euros typed in the form ("1 500,50") as cents; "" for none; anything else goes on as typed, for the data layer to name. */
function cents(euros: string): number | string | null {
  const normalised = euros.replace(/[\s\u00a0\u202f€]/g, "").replace(",", ".");
  if (normalised === "") return null;
  const value = Number(normalised);
  return /^\d+(\.\d{1,2})?$/.test(normalised) && Number.isFinite(value) ? Math.round(value * 100) : euros;
}

const editable = (input: z.infer<typeof ZEditable>) => ({
  nameFr: input.nameFr,
  nameEn: input.nameEn,
  higherIsBetter: input.higherIsBetter === "on",
  valuePerPointCents: cents(input.valuePerPoint),
  assumptions: input.assumptions,
});

function settled(result: KpiDefinitionWriteResult): string {
  if (!result.ok) throw new ActionRefusal("fields", "fields", result.fieldErrors as Record<string, string>);
  revalidatePath("/[locale]/settings/kpis", "page");
  return result.id;
}

/** Back to the page with a notice and the row's anchor, or the field.code pairs in error. */
const outcome =
  (notice: string) =>
  (result: ActionResult<string>, to: string): string => {
    if (result.ok) return `${to}?notice=${notice}#kpi-${result.data}`;
    const pairs = Object.entries(result.fieldErrors ?? { form: "invalid" }).map(([field, code]) => `${field}.${code}`);
    return `${to}?error=${encodeURIComponent(pairs.join(","))}`;
  };

const create = serverAction(
  { name: "settings/kpis/create", input: ZEditable.extend({ key: text, unit: text }) },
  async ({ actor, input }) => settled(await createKpiDefinition(actor, { key: input.key, unit: input.unit, ...editable(input) })),
);
export const createKpiDefinitionAction = redirectingAction(create, kpisPage, outcome("created"));

const update = serverAction({ name: "settings/kpis/update", input: ZEditable.extend(ZId.shape) }, async ({ actor, input }) =>
  settled(await updateKpiDefinition(actor, input.id, editable(input))),
);
export const updateKpiDefinitionAction = redirectingAction(update, kpisPage, outcome("saved"));

const active = serverAction(
  { name: "settings/kpis/active", input: ZId.extend({ active: z.enum(["true", "false"]) }) },
  async ({ actor, input }) => settled(await setKpiDefinitionActive(actor, input.id, input.active === "true")),
);
export const setKpiDefinitionActiveAction = redirectingAction(active, kpisPage, (result, to, form) =>
  outcome(form.get("active") === "true" ? "reactivated" : "deactivated")(result, to),
);

export const kpiImportAction = serverAction(kpiImportSpec, handleKpiImport);
