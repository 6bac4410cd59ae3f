// The HR-system sync upload's form handling, apart from its "use server" file so db tests run it
// through the action wrapper (runServerAction) as the page does. "preview" reads the uploaded
// file and runs the sync as a dry run; "apply" reads the same file again (the digest of the
// previewed text says it is the same) and runs the sync for real: nothing is trusted from the
// preview, everything is checked again, all or nothing. Each post carries the file once.
import { z } from "zod";
import type { DirectorySyncProblem, DirectorySyncStep } from "@/components/organisation/directory-sync-state";
import { syncDirectoryCsv } from "@/lib/db/directory/sync-directory-csv";
import { csvDigest, csvUploadFields, readUploadedCsv } from "@/lib/http/csv-upload-form";
import { ActionRefusal, type ActionContext, type ActionSpec } from "@/lib/http/server-action";
import type { Messages } from "@/lib/i18n/messages";
import { MAX_DIRECTORY_CSV_BYTES, type DirectoryFile } from "@/lib/organisations/directory-csv";
import { syncProblemText } from "./problem-text";

export const ZDirectorySyncForm = z.object({
  sync: z.enum(["teams", "people"]),
  intent: z.enum(["preview", "apply"]).catch("preview"),
  mirror: z.literal("on").nullable().catch(null),
  digest: z.string().catch(""),
  file: csvUploadFields.file,
});
type DirectorySyncForm = z.infer<typeof ZDirectorySyncForm>;

export const directorySyncSpec: ActionSpec<typeof ZDirectorySyncForm> = {
  name: "organisation/sync",
  input: ZDirectorySyncForm,
  can: "directory:sync",
  read: (form) => Object.fromEntries(["sync", "intent", "mirror", "digest", "file"].map((key) => [key, form.get(key)])),
};

const refuse = (problem: DirectorySyncProblem, file: DirectoryFile, t: Messages): never => {
  throw new ActionRefusal(problem.code, syncProblemText(problem, file, t));
};

export async function handleDirectorySync({ actor, input, t }: ActionContext<DirectorySyncForm>): Promise<DirectorySyncStep> {
  const { sync } = input;
  const mirror = input.mirror === "on";
  const upload = await readUploadedCsv(input.file, MAX_DIRECTORY_CSV_BYTES[sync]);
  if (!upload.ok) return refuse(upload.problem, sync, t);
  const { fileName, text } = upload;
  const digest = csvDigest(text);
  if (input.intent === "apply") {
    if (digest !== input.digest) return refuse({ code: "notPreviewed" }, sync, t);
    const result = await syncDirectoryCsv(actor, sync, text, { dryRun: false, mirror });
    return result.ok ? { step: "done", fileName, result } : refuse(result.problem, sync, t);
  }
  const result = await syncDirectoryCsv(actor, sync, text, { dryRun: true, mirror });
  return result.ok ? { step: "preview", fileName, digest, result } : refuse(result.problem, sync, t);
}
