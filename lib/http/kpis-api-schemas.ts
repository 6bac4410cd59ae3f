// The shapes of /api/v1/kpis (issue 15 §1) for the route and its OpenAPI description: the import
// body (rows, or { rows }), its answers (counts, or the row errors with nothing stored) and a
// team's monthly series. The route validates with ZKpiImportBody; the rest documents.
import { z } from "zod";
import { KPI_ROW_CODES, MAX_KPI_ROWS, ZKpiImportRow } from "@/lib/kpis/kpi-import-schema";
import { KPI_UNITS } from "@/lib/kpis/kpi-units";
import { ZKpiSeriesQuery } from "@/lib/kpis/kpi-series-query";

const rows = z.array(z.unknown()).min(1, "must hold at least one row").max(MAX_KPI_ROWS, `must hold at most ${MAX_KPI_ROWS} rows`);

/**
 * What the route reads: a bare array or `{ rows }`. `lines` is set by the CSV reading (the file
 * line of each row, so errors name it); a JSON caller has no use for it.
 */
export const ZKpiImportBody = z.union([rows, z.strictObject({ rows, lines: z.array(z.int()).optional() })], {
  error: "must be an array of rows or an object { rows: [...] }",
});

export const ZKpiImportBodyDoc = z.object({ rows: z.array(ZKpiImportRow).min(1).max(MAX_KPI_ROWS) });

export const ZKpiImportResult = z.object({
  rows: z.int().describe("Rows imported."),
  created: z.int().describe("Team + month + KPI cells that had no value before."),
  updated: z.int().describe("Cells whose value was replaced (a row imported again is an update, never a duplicate)."),
});

export const ZKpiRowErrorDoc = z.object({
  index: z.int().describe("The row's 0-based index in `rows` (for CSV, the message starts with the file line)."),
  field: z.string().describe('"team", "month", "kpi", "value", an unknown field\'s name, or "" for the whole row.'),
  code: z.enum(KPI_ROW_CODES),
  message: z.string(),
  unit: z.enum(KPI_UNITS).optional().describe("For outOfRange: the KPI's unit, which sets the range."),
});

export const ZKpiImportProblem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.string().optional(),
  errors: z.array(ZKpiRowErrorDoc).optional(),
});

export const ZKpiSeriesQueryDoc = ZKpiSeriesQuery.in;

export const ZKpiSeries = z.object({
  team: z.object({ id: z.uuid(), name: z.string(), externalId: z.string().nullable() }),
  months: z.array(z.string()).describe("YYYY-MM, oldest first; each KPI's `values` follow them."),
  kpis: z.array(
    z.object({
      key: z.string(),
      nameFr: z.string(),
      nameEn: z.string(),
      unit: z.enum(KPI_UNITS),
      higherIsBetter: z.boolean(),
      values: z.array(z.number().nullable()).describe("One per month; null where no value was imported."),
    }),
  ),
});
export type KpiSeriesBody = z.infer<typeof ZKpiSeries>;
