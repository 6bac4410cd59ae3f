// The KPI part of openapi.json (issue 15 §1): POST /api/v1/kpis (import, JSON or CSV) and GET
// /api/v1/kpis (a team's monthly series). Built with openapi.ts' helpers.
import type { z } from "zod";
import { KPI_CSV_COLUMNS } from "@/lib/kpis/kpi-csv";
import { MAX_KPI_ROWS } from "@/lib/kpis/kpi-import-schema";
import { MAX_SERIES_MONTHS } from "@/lib/kpis/kpi-series-query";
import { ZKpiImportBodyDoc, ZKpiImportProblem, ZKpiImportResult, ZKpiSeries, ZKpiSeriesQueryDoc } from "./kpis-api-schemas";

import type { OpenApiHelpers } from "./openapi-actions";

type Doc = Record<string, unknown>;
export type KpiOpenApiHelpers = Omit<OpenApiHelpers, "queryParameters"> & { queryParameters: (schema: z.ZodType) => Doc[] };

export const kpiInputSchemas = { KpiImportBody: ZKpiImportBodyDoc };
export const kpiOutputSchemas = { KpiImportResult: ZKpiImportResult, KpiImportProblem: ZKpiImportProblem, KpiSeries: ZKpiSeries };

const csv = {
  schema: {
    type: "string",
    description: `UTF-8 (BOM or not), comma or semicolon separated, header ${KPI_CSV_COLUMNS.join(",")}. A value may use a decimal comma (12,5). Each row is validated like a JSON row; error messages start with the file line.`,
  },
};

export function kpiPaths(h: KpiOpenApiHelpers): Record<string, Record<string, Doc>> {
  return {
    "/api/v1/kpis": {
      post: {
        operationId: "importKpis",
        summary: "Import operational KPI values per team and month",
        description: `Each row names a team (its id or its external key), a month (YYYY-MM, not in the future), a KPI (the key of an active KPI of the organisation: first_contact_resolution, average_handling_time, absenteeism, turnover or one of its own) and a value within the KPI's unit (a rate 0–100, seconds and counts not negative). Up to ${MAX_KPI_ROWS} rows. All or nothing: if any row is invalid — unknown team, month in the future, unknown or deactivated KPI, value out of range, the same team + month + KPI twice — nothing is stored and the 422 lists every refused row. Importing a team + month + KPI again replaces its value (no duplicate).`,
        requestBody: { required: true, content: { ...h.json("KpiImportBody"), "text/csv": csv } },
        responses: {
          "200": { description: "Every row stored.", content: h.json("KpiImportResult") },
          "422": {
            description: "Invalid rows, each by index, field, code and sentence (or a malformed CSV): nothing was stored.",
            content: { "application/problem+json": { schema: { $ref: "#/components/schemas/KpiImportProblem" } } },
          },
          ...h.errors,
          "400": h.bodyErrors["400"],
          "413": h.bodyErrors["413"],
          "415": h.problemResponse("The body is neither application/json nor text/csv."),
        },
      },
      get: {
        operationId: "getTeamKpis",
        summary: "A team's KPI values month by month",
        description: `Every active KPI of the organisation with one value per month (null where none was imported). \`team\` is the team's id or external key; \`from\` and \`to\` (YYYY-MM) default to the 12 months up to the current one, at most ${MAX_SERIES_MONTHS} months.`,
        parameters: h.queryParameters(ZKpiSeriesQueryDoc),
        responses: {
          "200": { description: "The series.", content: h.json("KpiSeries") },
          "404": h.problemResponse("team is not a team of this organisation."),
          "422": h.bodyErrors["422"],
          ...h.errors,
        },
      },
    },
  };
}
