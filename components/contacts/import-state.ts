// The state the CSV import form and its server action hand each other (serialisable DTOs).
import type { ContactsCsvImportDto, ContactsCsvPreviewDto } from "@/lib/db/contacts/contacts-csv-dto";
import type { CsvFileProblem } from "@/lib/contacts/parse-contacts-csv";

export type ImportProblem = CsvFileProblem | { code: "noFile" | "forbidden" | "signedOut" | "crossSite" | "unexpected" };

export type ImportState =
  | { step: "upload"; problem?: ImportProblem }
  | { step: "preview"; fileName: string; csv: string; preview: Extract<ContactsCsvPreviewDto, { ok: true }> }
  | { step: "done"; fileName: string; result: Extract<ContactsCsvImportDto, { ok: true }> };

export const initialImportState: ImportState = { step: "upload" };
