// Pure CSV reading for the KPI import (issue 15 §1): header team,month,kpi,value (any order,
// any case), comma or semicolon separated. A value in French notation ("12,5") reads as 12.5;
// any other text stays text, so the row schema names it. Each row keeps the line a spreadsheet
// shows; a malformed line (unclosed quote, too many values) refuses the whole file.
import { readCsv, type CsvFileProblem, type CsvRowError } from "@/lib/csv/read-csv";
import { MAX_KPI_ROWS } from "./kpi-import-schema";

export const KPI_CSV_COLUMNS = ["team", "month", "kpi", "value"] as const;
type KpiCsvColumn = (typeof KPI_CSV_COLUMNS)[number];

export type KpiCsvRead =
  | { ok: true; rows: Array<Record<string, unknown>>; lines: number[] }
  | { ok: false; problem: CsvFileProblem }
  | { ok: false; problem: { code: "malformed" }; errors: CsvRowError[] };

/** Decimals with a point or a comma become numbers; anything else stays as typed. */
export function kpiCsvValue(cell: string): number | string {
  return /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(cell) ? Number(cell.replace(",", ".")) : cell;
}

export function readKpisCsv(text: string): KpiCsvRead {
  const parsed = readCsv<KpiCsvColumn>(text, {
    columns: KPI_CSV_COLUMNS,
    missing: (columns) => KPI_CSV_COLUMNS.filter((column) => !columns.includes(column)),
    maxRows: MAX_KPI_ROWS,
  });
  if (!parsed.ok) return parsed;
  if (parsed.errors.length > 0) return { ok: false, problem: { code: "malformed" }, errors: parsed.errors };
  const rows = parsed.rows.map(({ values }) => {
    const row: Record<string, unknown> = {};
    for (const column of KPI_CSV_COLUMNS) {
      const cell = (values[column] ?? "").trim();
      // An empty cell is an absent field, as in JSON: the schema says it is required.
      if (cell !== "") row[column] = column === "value" ? kpiCsvValue(cell) : cell;
    }
    return row;
  });
  return { ok: true, rows, lines: parsed.rows.map((row) => row.line) };
}
