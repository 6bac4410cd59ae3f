// Pure CSV reading for the contact import: bytes → UTF-8 text (BOM or not) → rows keyed by
// the API's field names, comma or semicolon separated (French Excel writes semicolons).
// Quoting, CRLF and embedded newlines are papaparse's job (RFC 4180, well kept, no deps).
import Papa from "papaparse";

export const CONTACT_CSV_COLUMNS = [
  "externalId",
  "teamId",
  "teamExternalId",
  "channel",
  "momentOfTruth",
  "locale",
  "agentExternalId",
  "customerEmail",
  "occurredAt",
] as const;
export type ContactCsvColumn = (typeof CONTACT_CSV_COLUMNS)[number];

export const MAX_CSV_BYTES = 5 * 1024 * 1024;
export const MAX_CSV_ROWS = 10_000;

/** A problem with the whole file: nothing can be imported until it is fixed. */
export type CsvFileProblem =
  | { code: "empty" }
  | { code: "tooLarge" }
  | { code: "notUtf8" }
  | { code: "tooManyRows"; rows: number }
  | { code: "unknownColumns"; columns: string[] }
  | { code: "duplicateColumns"; columns: string[] }
  | { code: "missingColumns"; columns: string[] }
  | { code: "noRows" };

/** `line` is the row number a spreadsheet shows: the header is line 1. */
export interface CsvRow {
  line: number;
  values: Partial<Record<ContactCsvColumn, string>>;
}

export type CsvRowProblem = { code: "tooManyValues"; values: number; columns: number } | { code: "badQuotes" };

export interface CsvRowError {
  line: number;
  field: string;
  message: string;
  problem?: CsvRowProblem;
}

export type ParsedContactsCsv =
  | { ok: true; delimiter: "," | ";"; columns: ContactCsvColumn[]; rows: CsvRow[]; errors: CsvRowError[] }
  | { ok: false; problem: CsvFileProblem };

/** UTF-8 only (with or without BOM): a Windows-1252 file would silently mangle accents. */
export function decodeCsv(bytes: Uint8Array): { ok: true; text: string } | { ok: false; problem: CsvFileProblem } {
  if (bytes.byteLength === 0) return { ok: false, problem: { code: "empty" } };
  if (bytes.byteLength > MAX_CSV_BYTES) return { ok: false, problem: { code: "tooLarge" } };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, problem: { code: "notUtf8" } };
  }
}

/** The header has no quoted separators, so counting them on its line is a reliable guess. */
export function detectDelimiter(text: string): "," | ";" {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => header.split(c).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

const columnByLowerName = new Map(CONTACT_CSV_COLUMNS.map((column) => [column.toLowerCase(), column]));

function readHeader(cells: string[]): { ok: true; columns: ContactCsvColumn[] } | { ok: false; problem: CsvFileProblem } {
  const names = cells.map((cell) => cell.trim());
  // Excel adds empty trailing cells when a column was once used; they carry nothing.
  while (names.length > 0 && names[names.length - 1] === "") names.pop();
  const unknown = names.filter((name) => !columnByLowerName.has(name.toLowerCase()));
  if (unknown.length > 0) return { ok: false, problem: { code: "unknownColumns", columns: unknown } };
  const columns = names.map((name) => columnByLowerName.get(name.toLowerCase())!);
  const duplicates = [...new Set(columns.filter((column, i) => columns.indexOf(column) !== i))];
  if (duplicates.length > 0) return { ok: false, problem: { code: "duplicateColumns", columns: duplicates } };
  const missing: string[] = (["channel", "momentOfTruth", "locale"] as const).filter((column) => !columns.includes(column));
  if (!columns.includes("teamId") && !columns.includes("teamExternalId")) missing.unshift("teamExternalId");
  if (missing.length > 0) return { ok: false, problem: { code: "missingColumns", columns: missing } };
  return { ok: true, columns };
}

export function parseContactsCsv(input: string): ParsedContactsCsv {
  const text = input.replace(/^\uFEFF/, "");
  if (text.trim() === "") return { ok: false, problem: { code: "empty" } };
  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, header: false, skipEmptyLines: false });
  const [headerCells = [], ...records] = parsed.data;
  const header = readHeader(headerCells);
  if (!header.ok) return header;
  const { columns } = header;

  const badQuoteRecords = new Set(parsed.errors.filter((e) => e.type === "Quotes" && e.row !== undefined).map((e) => e.row!));
  const rows: CsvRow[] = [];
  const errors: CsvRowError[] = [];
  let dataRows = 0;
  records.forEach((cells, i) => {
    const line = i + 2;
    if (cells.every((cell) => cell.trim() === "")) return; // blank lines, and the final newline
    dataRows++;
    if (badQuoteRecords.has(i + 1)) {
      errors.push({ line, field: "", message: "a quoted value is not closed properly", problem: { code: "badQuotes" } });
      return;
    }
    const extra = cells.slice(columns.length);
    if (extra.some((cell) => cell.trim() !== "")) {
      errors.push({
        line,
        field: "",
        message: `has ${cells.length} values but the header has ${columns.length} columns`,
        problem: { code: "tooManyValues", values: cells.length, columns: columns.length },
      });
      return;
    }
    const values: CsvRow["values"] = {};
    columns.forEach((column, c) => {
      values[column] = cells[c] ?? "";
    });
    rows.push({ line, values });
  });
  if (dataRows > MAX_CSV_ROWS) return { ok: false, problem: { code: "tooManyRows", rows: dataRows } };
  if (dataRows === 0) return { ok: false, problem: { code: "noRows" } };
  return { ok: true, delimiter, columns, rows, errors };
}

/** A row as createContacts' input: trimmed, and empty cells are absent fields, as in the JSON API. */
export function rowToContactInput(row: CsvRow): Record<string, string> {
  return Object.fromEntries(Object.entries(row.values).flatMap(([key, value]) => (value.trim() === "" ? [] : [[key, value.trim()]])));
}
