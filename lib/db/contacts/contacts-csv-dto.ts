// What the contact CSV import shows: the DTOs of its preview and of its result, and the
// helpers both build them with (errors sorted by line, capped for the page).
import type { ContactCsvColumn, ContactCsvRow } from "@/lib/contacts/parse-contacts-csv";
import type { CsvFileProblem, CsvRowError } from "@/lib/csv/read-csv";

export const PREVIEW_ROWS = 20;
/** More errors than this are counted, not listed: a page of 30 000 errors helps nobody. */
export const MAX_LISTED_ERRORS = 200;

export type ContactsCsvPreviewDto =
  | { ok: false; problem: CsvFileProblem }
  | {
      ok: true;
      delimiter: "," | ";";
      columns: ContactCsvColumn[];
      totalRows: number;
      validRows: number;
      invalidRows: number;
      sample: Array<ContactCsvRow & { valid: boolean }>;
      errors: CsvRowError[];
      errorCount: number;
    };

export type ContactsCsvImportDto =
  | { ok: false; problem: CsvFileProblem }
  | { ok: true; created: number; existing: number; invalidRows: number; errors: CsvRowError[]; errorCount: number };

export function listErrors(errors: CsvRowError[]): { errors: CsvRowError[]; errorCount: number } {
  const sorted = [...errors].sort((a, b) => a.line - b.line);
  return { errors: sorted.slice(0, MAX_LISTED_ERRORS), errorCount: sorted.length };
}

export function invalidLineCount(errors: CsvRowError[]): number {
  return new Set(errors.map((error) => error.line)).size;
}
