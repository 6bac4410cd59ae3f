// The state the HR-system sync upload form and its server action hand each other (serialisable
// DTOs): the preview of a file (with its text, kept for "Apply" only when it can be applied), the
// outcome of applying it, or a refusal whose code is the file's problem and whose message says it.
import type { DirectoryCsvSyncDto } from "@/lib/db/directory/sync-directory-csv";
import type { CsvUploadProblem } from "@/lib/http/csv-upload-form";
import type { ActionResult } from "@/lib/http/server-action";

export type DirectorySyncProblem = CsvUploadProblem;
export type DirectorySyncOutcome = Extract<DirectoryCsvSyncDto, { ok: true }>;

export type DirectorySyncStep =
  | { step: "preview"; fileName: string; csv: string; result: DirectorySyncOutcome }
  | { step: "done"; fileName: string; result: DirectorySyncOutcome };

/** null: the upload form, nothing sent yet. */
export type DirectorySyncState = ActionResult<DirectorySyncStep> | null;

/** A preview can be applied when it has no error and changes something. */
export const canApply = (result: DirectorySyncOutcome) => result.errorCount === 0 && result.changes.some((change) => change.count > 0);
