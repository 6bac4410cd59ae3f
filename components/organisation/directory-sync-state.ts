// The state the HR-system sync upload form and its server action hand each other (serialisable
// DTOs): the preview of a file (with the digest of its text: "Apply" sends the same file again,
// never the text, because React posts the previous state back with every action call and a 10 MB
// text would travel twice), the outcome of applying it, or a refusal whose code says why.
import type { DirectoryCsvSyncDto } from "@/lib/db/directory/sync-directory-csv";
import type { CsvUploadProblem } from "@/lib/http/csv-upload-form";
import type { ActionResult } from "@/lib/http/server-action";

export type DirectorySyncProblem = CsvUploadProblem | { code: "notPreviewed" };
export type DirectorySyncOutcome = Extract<DirectoryCsvSyncDto, { ok: true }>;

export type DirectorySyncStep =
  | { step: "preview"; fileName: string; digest: string; result: DirectorySyncOutcome }
  | { step: "done"; fileName: string; result: DirectorySyncOutcome };

/** null: the upload form, nothing sent yet. */
export type DirectorySyncState = ActionResult<DirectorySyncStep> | null;

/** A preview can be applied when it has no error and changes something. */
export const canApply = (result: DirectorySyncOutcome) => result.errorCount === 0 && result.changes.some((change) => change.count > 0);
