// The HR-system sync's CSV files (issue 12 §4): teams `externalId; name; parentExternalId` (and an
// optional `kind`), people `employeeId; email; givenName; familyName; teamExternalId; role`. Pure:
// a file's rows become the sync body's rows, and the sync's row errors (by body index) come back
// as file lines and column names. The reading itself is lib/csv/read-csv.ts.
import { readCsv, type CsvRow, type CsvRowError, type CsvSpec, type ParsedCsv } from "@/lib/csv/read-csv";
import type { SyncRowError } from "./team-sync";
import { MAX_SYNC_TEAMS } from "./team-sync";

export type DirectoryFile = "teams" | "people";

export const TEAM_CSV_COLUMNS = ["externalId", "name", "parentExternalId", "kind"] as const;
export const PEOPLE_CSV_COLUMNS = ["employeeId", "email", "givenName", "familyName", "teamExternalId", "role"] as const;
type TeamCsvColumn = (typeof TEAM_CSV_COLUMNS)[number];
type PeopleCsvColumn = (typeof PEOPLE_CSV_COLUMNS)[number];

/** The columns a file must have, in the order the help shows them. */
export const REQUIRED_COLUMNS: Record<DirectoryFile, readonly string[]> = {
  teams: ["externalId", "name", "parentExternalId"],
  people: PEOPLE_CSV_COLUMNS,
};

/** 2 000 teams fit in ~100 KB and 100 000 people in ~8 MB: the limits leave room, not abuse. */
export const MAX_DIRECTORY_CSV_BYTES: Record<DirectoryFile, number> = { teams: 2 * 1024 * 1024, people: 10 * 1024 * 1024 };
export const MAX_DIRECTORY_CSV_ROWS: Record<DirectoryFile, number> = { teams: MAX_SYNC_TEAMS, people: 100_000 };

const spec = <C extends string>(file: DirectoryFile, columns: readonly C[]): CsvSpec<C> => ({
  columns,
  missing: (present) => REQUIRED_COLUMNS[file].filter((column) => !present.includes(column as C)),
  maxRows: MAX_DIRECTORY_CSV_ROWS[file],
});
const TEAMS_CSV = spec<TeamCsvColumn>("teams", TEAM_CSV_COLUMNS);
const PEOPLE_CSV = spec<PeopleCsvColumn>("people", PEOPLE_CSV_COLUMNS);

/** A file read as the sync body's rows, with the line each one came from. */
export type DirectoryCsvRows =
  { ok: true; rows: Record<string, string>[]; lines: number[]; errors: CsvRowError[] } | Extract<ParsedCsv<string>, { ok: false }>;

// Cells are passed as written: the sync's schemas trim them and read "" as "no parent / no team".
function teamRow({ values }: CsvRow<TeamCsvColumn>): Record<string, string> {
  const row = { externalId: values.externalId ?? "", name: values.name ?? "", parentExternalId: values.parentExternalId ?? "" };
  return values.kind?.trim() ? { ...row, kind: values.kind.trim().toUpperCase() } : row;
}

function personRow({ values }: CsvRow<PeopleCsvColumn>): Record<string, string> {
  return {
    externalId: values.employeeId ?? "",
    email: values.email ?? "",
    givenName: values.givenName ?? "",
    familyName: values.familyName ?? "",
    teamExternalId: values.teamExternalId ?? "",
    role: (values.role ?? "").trim().toUpperCase(),
  };
}

export function readDirectoryCsv(file: DirectoryFile, text: string): DirectoryCsvRows {
  const parsed = file === "teams" ? readCsv(text, TEAMS_CSV) : readCsv(text, PEOPLE_CSV);
  if (!parsed.ok) return parsed;
  const rows =
    file === "teams" ? (parsed.rows as CsvRow<TeamCsvColumn>[]).map(teamRow) : (parsed.rows as CsvRow<PeopleCsvColumn>[]).map(personRow);
  return { ok: true, rows, lines: parsed.rows.map((row) => row.line), errors: parsed.errors };
}

/** An error as the page shows it: its line (null: the whole file) and the file's column name. */
export interface DirectoryCsvError {
  line: number | null;
  field: string;
  message: string;
  problem?: CsvRowError["problem"];
}

const COLUMN_OF_FIELD: Record<DirectoryFile, Record<string, string>> = { teams: {}, people: { externalId: "employeeId" } };

/** The sync's errors by body index → by file line; "also at index 3" becomes "also on line 5". */
export function errorsByLine(file: DirectoryFile, errors: readonly SyncRowError[], lines: readonly number[]): DirectoryCsvError[] {
  const lineOf = (index: number) => (index >= 0 ? (lines[index] ?? null) : null);
  return errors.map(({ index, field, message }) => ({
    line: lineOf(index),
    field: field
      .split(",")
      .map((name) => COLUMN_OF_FIELD[file][name] ?? name)
      .join(","),
    message: message.replace(/\bat index (\d+)\b/g, (_match, i: string) => `on line ${lineOf(Number(i)) ?? "?"}`),
  }));
}

/** Whole-file errors first, then by line, as the CSV reader and the sync found them. */
export function sortErrors(errors: DirectoryCsvError[]): DirectoryCsvError[] {
  return [...errors].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
