// Pure CSV reading shared by the uploads (contacts, HR-system sync): bytes → UTF-8 text (BOM or
// not) → rows keyed by the caller's column names, comma or semicolon separated (French Excel
// writes semicolons), each with the line a spreadsheet shows. Quoting, CRLF and embedded
// newlines are papaparse's job (RFC 4180, well kept, no deps).
import Papa from "papaparse";

/** A problem with the whole file: nothing can be read until it is fixed. */
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
export interface CsvRow<C extends string = string> {
  line: number;
  values: Partial<Record<C, string>>;
}

export type CsvRowProblem = { code: "tooManyValues"; values: number; columns: number } | { code: "badQuotes" };

export interface CsvRowError {
  line: number;
  field: string;
  message: string;
  problem?: CsvRowProblem;
}

export type ParsedCsv<C extends string> =
  { ok: true; delimiter: "," | ";"; columns: C[]; rows: CsvRow<C>[]; errors: CsvRowError[] } | { ok: false; problem: CsvFileProblem };

/** What a file must look like: its known columns (matched case-insensitively) and its limits. */
export interface CsvSpec<C extends string> {
  columns: readonly C[];
  /** The required columns the header lacks, as the file should spell them. */
  missing: (columns: readonly C[]) => string[];
  maxRows: number;
}

/** UTF-8 only (with or without BOM): a Windows-1252 file would silently mangle accents. */
export function decodeCsv(bytes: Uint8Array, maxBytes: number): { ok: true; text: string } | { ok: false; problem: CsvFileProblem } {
  if (bytes.byteLength === 0) return { ok: false, problem: { code: "empty" } };
  if (bytes.byteLength > maxBytes) return { ok: false, problem: { code: "tooLarge" } };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: { code: "notUtf8" } };
  }
  // A NUL is no CSV text (most often a UTF-16 file: "Unicode text" in Excel), and PostgreSQL text
  // cannot hold it (lib/http/nul-character.ts): refused as not UTF-8, whose message says what to do.
  return text.includes("\u0000") ? { ok: false, problem: { code: "notUtf8" } } : { ok: true, text };
}

/** The header has no quoted separators, so counting them on its line is a reliable guess. */
export function detectDelimiter(text: string): "," | ";" {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => header.split(c).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

function readHeader<C extends string>(
  cells: string[],
  spec: CsvSpec<C>,
): { ok: true; columns: C[] } | { ok: false; problem: CsvFileProblem } {
  const byLowerName = new Map(spec.columns.map((column) => [column.toLowerCase(), column]));
  const names = cells.map((cell) => cell.trim());
  // Excel adds empty trailing cells when a column was once used; they carry nothing.
  while (names.length > 0 && names[names.length - 1] === "") names.pop();
  const unknown = names.filter((name) => !byLowerName.has(name.toLowerCase()));
  if (unknown.length > 0) return { ok: false, problem: { code: "unknownColumns", columns: unknown } };
  const columns = names.map((name) => byLowerName.get(name.toLowerCase())!);
  const duplicates = [...new Set(columns.filter((column, i) => columns.indexOf(column) !== i))];
  if (duplicates.length > 0) return { ok: false, problem: { code: "duplicateColumns", columns: duplicates } };
  const missing = spec.missing(columns);
  if (missing.length > 0) return { ok: false, problem: { code: "missingColumns", columns: missing } };
  return { ok: true, columns };
}

export function readCsv<C extends string>(input: string, spec: CsvSpec<C>): ParsedCsv<C> {
  const text = input.replace(/^\uFEFF/, "");
  if (text.trim() === "") return { ok: false, problem: { code: "empty" } };
  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, header: false, skipEmptyLines: false });
  const [headerCells = [], ...records] = parsed.data;
  const header = readHeader(headerCells, spec);
  if (!header.ok) return header;
  const { columns } = header;

  const badQuoteRecords = new Set(parsed.errors.filter((e) => e.type === "Quotes" && e.row !== undefined).map((e) => e.row!));
  const rows: CsvRow<C>[] = [];
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
    const values: CsvRow<C>["values"] = {};
    columns.forEach((column, c) => {
      values[column] = cells[c] ?? "";
    });
    rows.push({ line, values });
  });
  if (dataRows > spec.maxRows) return { ok: false, problem: { code: "tooManyRows", rows: dataRows } };
  if (dataRows === 0) return { ok: false, problem: { code: "noRows" } };
  return { ok: true, delimiter, columns, rows, errors };
}
