// One row of a KPI import (issue 15 §1), for JSON and CSV alike: a team (its id or its key in
// your systems), a month "YYYY-MM" not in the future, a KPI key and a value. Pure zod; each
// message is a code (KPI_ROW_SENTENCES is the API's English, the pages translate the codes).
// The references and the unit's range are checked against the organisation by the data layer.
import { z } from "zod";
import { MONTH_PATTERN } from "@/lib/patterns";
import type { KpiUnit } from "./kpi-units";

/** Most rows one import may carry: 2 000 teams × 12 months × a handful of KPIs fit in a few calls. */
export const MAX_KPI_ROWS = 20_000;
export const MAX_KPI_BODY_BYTES = 4 * 1024 * 1024;
/** A guard against typos such as "0225-03". */
export const EARLIEST_KPI_MONTH = "2000-01";

export const KPI_ROW_CODES = [
  "required",
  "tooLong",
  "unknownField",
  "month",
  "tooOld",
  "futureMonth",
  "number",
  "unknownTeam",
  "unknownKpi",
  "inactiveKpi",
  "outOfRange",
  "duplicate",
  "row",
] as const;
export type KpiRowCode = (typeof KPI_ROW_CODES)[number];

/** "YYYY-MM" of the current month (UTC). */
export const currentUtcMonth = (now = new Date()) => now.toISOString().slice(0, 7);

const text = (max: number) => z.string({ error: "required" }).trim().min(1, "required").max(max, "tooLong");

export const ZKpiImportRow = z.strictObject(
  {
    team: text(200),
    month: z
      .string({ error: "required" })
      .trim()
      .regex(MONTH_PATTERN, { error: "month", abort: true })
      .refine((month) => month >= EARLIEST_KPI_MONTH, "tooOld")
      .refine((month) => month <= currentUtcMonth(), "futureMonth"),
    kpi: text(50),
    value: z.number({ error: (issue) => (issue.input === undefined ? "required" : "number") }).finite("number"),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? "unknownField" : "row") },
);
export type KpiImportRow = z.infer<typeof ZKpiImportRow>;

/** The body of POST /api/v1/kpis: `{ rows }` (or a bare array); each row is checked on its own. */
export const ZKpiImportEnvelope = z
  .union([z.array(z.unknown()), z.object({ rows: z.array(z.unknown()) })], {
    error: "must be an array of rows or an object { rows: [...] }",
  })
  .transform((body) => (Array.isArray(body) ? body : body.rows))
  .refine((rows) => rows.length > 0, "must hold at least one row")
  .refine((rows) => rows.length <= MAX_KPI_ROWS, `must hold at most ${MAX_KPI_ROWS} rows`);

/** One refused row: its 0-based index, its field ("" for the whole row), a code and an English sentence. */
export interface KpiRowError {
  index: number;
  field: string;
  code: KpiRowCode;
  message: string;
  /** For "duplicate": the 0-based index of the first row with the same team, month and KPI. */
  firstIndex?: number;
  /** For "outOfRange": the KPI's unit, which sets the range. */
  unit?: KpiUnit;
}

export const KPI_ROW_SENTENCES: Record<Exclude<KpiRowCode, "outOfRange">, string> = {
  required: "is required",
  tooLong: "is too long",
  unknownField: "is not a field of a KPI row (team, month, kpi, value)",
  month: "must be a month as YYYY-MM, e.g. 2026-03",
  tooOld: `must not be before ${EARLIEST_KPI_MONTH}`,
  futureMonth: "is in the future: import months that have begun",
  number: "must be a number",
  unknownTeam: "is not a team of the organisation (give its id or its external key)",
  unknownKpi: "is not the key of a KPI of the organisation",
  inactiveKpi: "is a deactivated KPI: reactivate it before importing values",
  duplicate: "the same team, month and KPI appear on an earlier row of this import",
  row: "must be an object with team, month, kpi and value",
};

/** The problems zod found in one row, as row errors. */
export function rowShapeErrors(index: number, error: z.ZodError): KpiRowError[] {
  const seen = new Set<string>();
  const errors: KpiRowError[] = [];
  for (const issue of error.issues) {
    const unknownKeys = issue.code === "unrecognized_keys" ? issue.keys : null;
    const fields = unknownKeys ?? [String(issue.path[0] ?? "")];
    for (const field of fields) {
      if (seen.has(field)) continue;
      seen.add(field);
      const code = unknownKeys
        ? "unknownField"
        : (KPI_ROW_CODES as readonly string[]).includes(issue.message)
          ? (issue.message as KpiRowCode)
          : "required";
      errors.push({ index, field, code, message: code === "outOfRange" ? "" : KPI_ROW_SENTENCES[code] });
    }
  }
  return errors;
}
