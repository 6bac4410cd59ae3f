// The contact import's CSV file: its columns (the API's field names), which are required, its
// limits, and a row as createContacts' input. The reading itself is lib/csv/read-csv.ts.
import { readCsv, type CsvRow, type CsvSpec, type ParsedCsv } from "@/lib/csv/read-csv";

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

export type ContactCsvRow = CsvRow<ContactCsvColumn>;
export type ParsedContactsCsv = ParsedCsv<ContactCsvColumn>;

const CONTACTS_CSV: CsvSpec<ContactCsvColumn> = {
  columns: CONTACT_CSV_COLUMNS,
  missing: (columns) => {
    const missing: string[] = (["channel", "locale"] as const).filter((column) => !columns.includes(column));
    if (!columns.includes("teamId") && !columns.includes("teamExternalId")) missing.unshift("teamExternalId");
    return missing;
  },
  maxRows: MAX_CSV_ROWS,
};

export function parseContactsCsv(input: string): ParsedContactsCsv {
  return readCsv(input, CONTACTS_CSV);
}

/** A row as createContacts' input: trimmed, and empty cells are absent fields, as in the JSON API. */
export function rowToContactInput(row: ContactCsvRow): Record<string, string> {
  return Object.fromEntries(Object.entries(row.values).flatMap(([key, value]) => (value.trim() === "" ? [] : [[key, value.trim()]])));
}
