// The HR-system sync upload's form handling, apart from its "use server" file so db tests run it
// through the action wrapper (runServerAction) as the page does. "preview" reads the uploaded
// file and runs the sync as a dry run; "apply" runs it again for real on the same text (sent back
// by the form: nothing is trusted from the preview, everything is checked again, all or nothing).
import { z } from "zod";
import type { DirectorySyncProblem, DirectorySyncStep } from "@/components/organisation/directory-sync-state";
import { canApply } from "@/components/organisation/directory-sync-state";
import { syncDirectoryCsv } from "@/lib/db/directory/sync-directory-csv";
import { csvUploadFields, readUploadedCsv, sentBackCsv } from "@/lib/http/csv-upload-form";
import { ActionRefusal, type ActionContext, type ActionSpec } from "@/lib/http/server-action";
import type { Messages } from "@/lib/i18n/messages";
import { MAX_DIRECTORY_CSV_BYTES, type DirectoryFile } from "@/lib/organisations/directory-csv";
import { syncProblemText } from "./problem-text";

export const ZDirectorySyncForm = z.object({
  sync: z.enum(["teams", "people"]),
  intent: z.enum(["preview", "apply"]).catch("preview"),
  mirror: z.literal("on").nullable().catch(null),
  ...csvUploadFields,
});
type DirectorySyncForm = z.infer<typeof ZDirectorySyncForm>;

export const directorySyncSpec: ActionSpec<typeof ZDirectorySyncForm> = {
  name: "organisation/sync",
  input: ZDirectorySyncForm,
  can: "directory:sync",
  read: (form) => Object.fromEntries(["sync", "intent", "mirror", "csv", "fileName", "file"].map((key) => [key, form.get(key)])),
};

const refuse = (problem: DirectorySyncProblem, file: DirectoryFile, t: Messages): never => {
  throw new ActionRefusal(problem.code, syncProblemText(problem, file, t));
};

export async function handleDirectorySync({ actor, input, t }: ActionContext<DirectorySyncForm>): Promise<DirectorySyncStep> {
  const { sync } = input;
  const mirror = input.mirror === "on";
  if (input.intent === "apply") {
    const sent = sentBackCsv(input.csv, MAX_DIRECTORY_CSV_BYTES[sync]);
    if (!sent.ok) return refuse(sent.problem, sync, t);
    const result = await syncDirectoryCsv(actor, sync, input.csv, { dryRun: false, mirror });
    return result.ok ? { step: "done", fileName: input.fileName, result } : refuse(result.problem, sync, t);
  }
  const upload = await readUploadedCsv(input.file, MAX_DIRECTORY_CSV_BYTES[sync]);
  if (!upload.ok) return refuse(upload.problem, sync, t);
  const { fileName, text } = upload;
  const result = await syncDirectoryCsv(actor, sync, text, { dryRun: true, mirror });
  if (!result.ok) return refuse(result.problem, sync, t);
  // The text goes back only when "Apply" can use it: a file with errors is never sent twice.
  return { step: "preview", fileName, csv: canApply(result) ? text : "", result };
}
