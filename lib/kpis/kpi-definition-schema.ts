// What a KPI definition accepts (issue 15 §1): a stable key (set once), FR and EN names, a unit,
// whether higher is better, an optional money value per point (cents) and its assumptions. Pure
// zod; each message is a code the pages translate (KPI_DEFINITION_SENTENCES is the API's English).
import { z } from "zod";
import { KPI_UNITS } from "./kpi-units";

export const KPI_NAME_MAX = 100;
export const KPI_ASSUMPTIONS_MAX = 1000;
/** A million euros per point is far beyond any real value: a typo guard that also fits an Int. */
export const KPI_VALUE_PER_POINT_MAX_CENTS = 100_000_000;

export const KPI_DEFINITION_CODES = ["required", "tooLong", "keyFormat", "keyTaken", "unit", "money", "invalid"] as const;
export type KpiDefinitionCode = (typeof KPI_DEFINITION_CODES)[number];

export const KPI_DEFINITION_SENTENCES: Record<KpiDefinitionCode, string> = {
  required: "is required",
  tooLong: "is too long",
  keyFormat: "must be lowercase letters, digits and single underscores (e.g. taux_escalade)",
  keyTaken: "is already the key of another KPI of the organisation",
  unit: "must be PERCENT, SECONDS, COUNT or NUMBER",
  money: "must be a whole number of cents between 0 and 100000000",
  invalid: "is invalid",
};

const name = z.string({ error: "required" }).trim().min(1, "required").max(KPI_NAME_MAX, "tooLong");

const editable = {
  nameFr: name,
  nameEn: name,
  higherIsBetter: z.boolean({ error: "invalid" }),
  valuePerPointCents: z.int({ error: "money" }).min(0, "money").max(KPI_VALUE_PER_POINT_MAX_CENTS, "money").nullable().default(null),
  assumptions: z
    .string({ error: "invalid" })
    .trim()
    .max(KPI_ASSUMPTIONS_MAX, "tooLong")
    .transform((text) => (text === "" ? null : text))
    .nullable()
    .default(null),
};

export const ZCreateKpiDefinition = z.strictObject({
  key: z
    .string({ error: "required" })
    .trim()
    .min(1, "required")
    .max(50, "tooLong")
    .regex(/^[a-z0-9]+(?:_[a-z0-9]+)*$/, "keyFormat"),
  unit: z.enum(KPI_UNITS, { error: "unit" }),
  ...editable,
});
export type CreateKpiDefinitionInput = z.infer<typeof ZCreateKpiDefinition>;

/** The key and the unit stay: imports name the KPI by its key, and its values were checked against its unit. */
export const ZUpdateKpiDefinition = z.strictObject(editable);
export type UpdateKpiDefinitionInput = z.infer<typeof ZUpdateKpiDefinition>;

export type KpiDefinitionFieldErrors = Partial<Record<keyof CreateKpiDefinitionInput | "form", KpiDefinitionCode>>;

/** The first code of each field; an unknown field is reported on "form". */
export function kpiDefinitionErrors(error: z.ZodError): KpiDefinitionFieldErrors {
  const errors: Record<string, KpiDefinitionCode> = {};
  for (const issue of error.issues) {
    const field = issue.code === "unrecognized_keys" ? "form" : String(issue.path[0] ?? "form");
    const code = (KPI_DEFINITION_CODES as readonly string[]).includes(issue.message) ? (issue.message as KpiDefinitionCode) : "invalid";
    errors[field] ??= code;
  }
  return errors;
}
