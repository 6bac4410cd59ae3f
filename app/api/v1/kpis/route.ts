// POST /api/v1/kpis: KPI values per team and month, as JSON (rows, or { rows }) or CSV (header
// team,month,kpi,value). All or nothing: any invalid row is a 422 listing every refused row by
// index, field and sentence (CSV: with its line), nothing stored; else 200 with the counts.
// Idempotent on team + month + KPI. GET: a team's monthly values (?team=&from=&to=). Issue 15 §1.
import type { CsvReader } from "@/lib/http/api-route";
import { apiRoute } from "@/lib/http/api-route";
import { ZKpiImportBody, type KpiSeriesBody } from "@/lib/http/kpis-api-schemas";
import { problem } from "@/lib/http/problem";
import { getTeamKpiSeries } from "@/lib/db/kpis/get-team-kpi-series";
import { importKpis } from "@/lib/db/kpis/import-kpis";
import { KPI_CSV_COLUMNS, readKpisCsv } from "@/lib/kpis/kpi-csv";
import { MAX_KPI_BODY_BYTES } from "@/lib/kpis/kpi-import-schema";
import { ZKpiSeriesQuery } from "@/lib/kpis/kpi-series-query";

const fileProblems: Record<string, string> = {
  empty: "The CSV file is empty.",
  noRows: "The CSV file has a header but no row.",
  tooManyRows: "The CSV file has too many rows: split it.",
  unknownColumns: `The CSV header has unknown columns: the columns are ${KPI_CSV_COLUMNS.join(", ")}.`,
  duplicateColumns: "The CSV header names a column twice.",
  missingColumns: `The CSV header lacks columns: it needs ${KPI_CSV_COLUMNS.join(", ")}.`,
};

const readCsvBody: CsvReader = (text) => {
  const read = readKpisCsv(text);
  if (read.ok) return { ok: true, value: { rows: read.rows, lines: read.lines } };
  if (read.problem.code === "malformed" && "errors" in read) {
    return {
      ok: false,
      detail: "The CSV file is malformed: nothing was imported.",
      errors: read.errors.map((error) => ({ field: error.field, message: `line ${error.line}: ${error.message}` })),
    };
  }
  return { ok: false, detail: fileProblems[read.problem.code] ?? "The CSV file cannot be read.", errors: [] };
};

export const POST = apiRoute(
  { scope: "kpis:write", body: ZKpiImportBody, csv: readCsvBody, maxBodyBytes: MAX_KPI_BODY_BYTES },
  async ({ principal, body }) => {
    const { rows, lines } = Array.isArray(body) ? { rows: body, lines: undefined } : body;
    const result = await importKpis(principal, rows);
    if (result.ok) return Response.json({ rows: result.rows, created: result.created, updated: result.updated });
    // A CSV's author reads line numbers, not indexes: say which line each error is on.
    const errors = result.errors.map(({ firstIndex: _first, ...error }) => {
      const line = lines?.[error.index];
      return line === undefined ? error : { ...error, message: `line ${line}: ${error.message}` };
    });
    const refused = new Set(errors.map((error) => error.index)).size;
    return problem(422, `${refused} of ${result.rows} rows are invalid: nothing was imported.`, { errors });
  },
);

export const GET = apiRoute({ scope: "kpis:read", query: ZKpiSeriesQuery }, async ({ principal, request }) => {
  // The data layer parses the same query again (it is shared with the team page): hand it the raw one.
  const series = await getTeamKpiSeries(principal, Object.fromEntries(new URL(request.url).searchParams));
  const body: KpiSeriesBody = {
    team: series.team,
    months: series.months,
    kpis: series.kpis.map(({ definition: d, values }) => ({
      key: d.key,
      nameFr: d.nameFr,
      nameEn: d.nameEn,
      unit: d.unit,
      higherIsBetter: d.higherIsBetter,
      values,
    })),
  };
  return Response.json(body);
});
