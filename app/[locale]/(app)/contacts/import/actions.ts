"use server";
// The CSV import's one server action, built with the one action wrapper (same-origin,
// contacts:manage, error contract): "preview" reads the uploaded file and validates it without
// storing anything; "import" re-validates the same text (sent back by the form, so nothing is
// trusted from the preview) and stores the valid rows through createContacts.
import { z } from "zod";
import { MAX_CSV_BYTES } from "@/lib/contacts/parse-contacts-csv";
import { importContactsCsv } from "@/lib/db/contacts/import-contacts-csv";
import { previewContactsCsv } from "@/lib/db/contacts/preview-contacts-csv";
import { pageBaseUrl } from "@/lib/http/page-base-url";
import { csvUploadFields, readUploadedCsv, sentBackCsv } from "@/lib/http/csv-upload-form";
import { ActionRefusal, serverAction } from "@/lib/http/server-action";
import type { Messages } from "@/lib/i18n/messages";
import type { ImportProblem, ImportStep } from "@/components/contacts/import-state";
import { problemText } from "./problem-text";

const refuse = (problem: ImportProblem, t: Messages): never => {
  throw new ActionRefusal(problem.code, problemText(problem, t.contacts));
};

const ZImportForm = z.object({
  intent: z.enum(["preview", "import"]).catch("preview"),
  ...csvUploadFields,
});

export const contactsImportAction = serverAction(
  {
    name: "contacts/import",
    input: ZImportForm,
    can: "contacts:manage",
    read: (form) => ({ intent: form.get("intent"), csv: form.get("csv"), fileName: form.get("fileName"), file: form.get("file") }),
  },
  async ({ actor, input, t }): Promise<ImportStep> => {
    if (input.intent === "import") {
      const sent = sentBackCsv(input.csv, MAX_CSV_BYTES);
      if (!sent.ok) return refuse(sent.problem, t);
      const result = await importContactsCsv(actor, input.csv, { baseUrl: await pageBaseUrl() });
      return result.ok ? { step: "done", fileName: input.fileName, result } : refuse(result.problem, t);
    }
    const upload = await readUploadedCsv(input.file, MAX_CSV_BYTES);
    if (!upload.ok) return refuse(upload.problem, t);
    const preview = await previewContactsCsv(actor, upload.text);
    return preview.ok ? { step: "preview", fileName: upload.fileName, csv: upload.text, preview } : refuse(preview.problem, t);
  },
);
