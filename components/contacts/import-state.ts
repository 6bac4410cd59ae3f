// The state the CSV import form and its server action hand each other (serialisable DTOs): the
// step reached, or a refusal whose code is the file's problem and whose message says it.
import type { ContactsCsvImportDto, ContactsCsvPreviewDto } from "@/lib/db/contacts/contacts-csv-dto";
import type { CsvUploadProblem } from "@/lib/http/csv-upload-form";
import type { ActionResult } from "@/lib/http/server-action";

export type ImportProblem = CsvUploadProblem;

export type ImportStep =
  | { step: "preview"; fileName: string; csv: string; preview: Extract<ContactsCsvPreviewDto, { ok: true }> }
  | { step: "done"; fileName: string; result: Extract<ContactsCsvImportDto, { ok: true }> };

/** null: the upload form, nothing sent yet. */
export type ImportState = ActionResult<ImportStep> | null;
