// Pure CSV reading for the response import: text → the same row objects a JSON body carries,
// so one zod schema validates both. Comma or semicolon separated (French Excel writes
// semicolons); quoting, CRLF and embedded newlines are papaparse's job, as for contacts.
import Papa from "papaparse";
import { detectDelimiter } from "@/lib/csv/read-csv";
import type { FieldError } from "@/lib/errors";

export const IMPORT_CSV_COLUMNS = [
  "side",
  "teamExternalId",
  "period",
  "score",
  "comment",
  "channel",
  "momentOfTruth",
  "locale",
  "irritants",
] as const;
type ImportCsvColumn = (typeof IMPORT_CSV_COLUMNS)[number];
const REQUIRED: readonly ImportCsvColumn[] = ["side", "teamExternalId", "period", "score"];
/** One column per mirrored item: `item.<dimension>`. */
export const ITEM_COLUMN_PREFIX = "item.";
/** Separates the irritant keys of one cell. */
export const IRRITANT_SEPARATOR = "|";

/** A header cell: a known column, or an item column with its dimension. */
type Column = { kind: "field"; name: ImportCsvColumn } | { kind: "item"; dimension: string };

export type CsvRowError = FieldError & { index?: number };

export type ReadResponsesCsv =
  { ok: true; value: { rows: Array<Record<string, unknown>> } } | { ok: false; detail: string; errors: CsvRowError[] };

/** The row number a spreadsheet shows for data row `index` (the header is line 1). */
export function csvLineOf(index: number): number {
  return index + 2;
}

const columnByLowerName = new Map(IMPORT_CSV_COLUMNS.map((column) => [column.toLowerCase(), column]));

function readHeader(cells: string[]): { ok: true; columns: Column[] } | { ok: false; errors: FieldError[] } {
  const names = cells.map((cell) => cell.trim());
  // Excel adds empty trailing cells when a column was once used; they carry nothing.
  while (names.length > 0 && names[names.length - 1] === "") names.pop();
  const errors: FieldError[] = [];
  const columns: Column[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    const field = columnByLowerName.get(name.toLowerCase());
    const isItem = name.toLowerCase().startsWith(ITEM_COLUMN_PREFIX) && name.length > ITEM_COLUMN_PREFIX.length;
    const column: Column | null = field
      ? { kind: "field", name: field }
      : isItem
        ? { kind: "item", dimension: name.slice(ITEM_COLUMN_PREFIX.length).trim() }
        : null;
    if (!column) {
      errors.push({ field: name, message: "unknown column" });
      continue;
    }
    const key = column.kind === "field" ? column.name : `${ITEM_COLUMN_PREFIX}${column.dimension}`;
    if (seen.has(key)) errors.push({ field: name, message: "duplicate column" });
    seen.add(key);
    columns.push(column);
  }
  for (const required of REQUIRED) if (!seen.has(required)) errors.push({ field: required, message: "missing column" });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, columns };
}

/** Whole numbers and decimals become numbers (the schema then says what is wrong); other text stays text. */
function numberOrText(cell: string): number | string {
  return /^[+-]?\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell;
}

function toRow(columns: Column[], cells: string[]): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  const items: Record<string, unknown> = {};
  columns.forEach((column, c) => {
    const cell = (cells[c] ?? "").trim();
    if (cell === "") return; // empty cells are absent fields, as in the JSON API
    if (column.kind === "item") items[column.dimension] = numberOrText(cell);
    else if (column.name === "score") row.score = numberOrText(cell);
    else if (column.name === "irritants") {
      const keys = cell
        .split(IRRITANT_SEPARATOR)
        .map((key) => key.trim())
        .filter((key) => key !== "");
      if (keys.length > 0) row.irritants = keys;
    } else row[column.name] = cell;
  });
  if (Object.keys(items).length > 0) row.items = items;
  return row;
}

const isBlank = (cells: string[]) => cells.every((cell) => cell.trim() === "");

/**
 * Every record after the header is data row `index` (a blank one in the middle too: the
 * schema reports it), trailing blank records excepted. A record whose quotes or number of
 * values break the file's structure refuses the file: rows after it cannot be trusted.
 */
export function readResponsesCsv(input: string): ReadResponsesCsv {
  const text = input.replace(/^\uFEFF/, "");
  if (text.trim() === "") return { ok: false, detail: "The CSV file is empty.", errors: [] };
  const parsed = Papa.parse<string[]>(text, { delimiter: detectDelimiter(text), header: false, skipEmptyLines: false });
  const [headerCells = [], ...records] = parsed.data;
  const header = readHeader(headerCells);
  if (!header.ok) return { ok: false, detail: "The CSV header has problems: fix the columns listed in errors.", errors: header.errors };
  const { columns } = header;
  while (records.length > 0 && isBlank(records[records.length - 1]!)) records.pop();

  const badQuotes = new Set(parsed.errors.filter((e) => e.type === "Quotes" && e.row !== undefined).map((e) => e.row! - 1));
  const errors: CsvRowError[] = [];
  records.forEach((cells, index) => {
    const line = csvLineOf(index);
    if (badQuotes.has(index)) errors.push({ index, field: "", message: `line ${line}: a quoted value is not closed properly` });
    else if (cells.slice(columns.length).some((cell) => cell.trim() !== "")) {
      errors.push({ index, field: "", message: `line ${line}: has ${cells.length} values but the header has ${columns.length} columns` });
    }
  });
  if (errors.length > 0) return { ok: false, detail: "The CSV file is malformed: nothing was imported.", errors };
  return { ok: true, value: { rows: records.map((cells) => toRow(columns, cells)) } };
}
