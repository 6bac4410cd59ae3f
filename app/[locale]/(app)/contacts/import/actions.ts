"use server";
// The CSV import's one server action, built with the one action wrapper (same-origin,
// contacts:manage, error contract): "preview" reads the uploaded file and validates it without
// storing anything; "import" re-validates the same text (sent back by the form, so nothing is
// trusted from the preview) and stores the valid rows through createContacts.
import { headers } from "next/headers";
import { z } from "zod";
import { decodeCsv, MAX_CSV_BYTES } from "@/lib/contacts/parse-contacts-csv";
import { importContactsCsv } from "@/lib/db/contacts/import-contacts-csv";
import { previewContactsCsv } from "@/lib/db/contacts/preview-contacts-csv";
import { env } from "@/lib/env";
import { ActionRefusal, serverAction } from "@/lib/http/server-action";
import type { Messages } from "@/lib/i18n/messages";
import type { ImportProblem, ImportStep } from "@/components/contacts/import-state";
import { problemText } from "./problem-text";

async function linkBaseUrl(): Promise<string> {
  const configured = env().APP_URL ?? env().NEXTAUTH_URL;
  if (configured) return configured;
  const h = await headers();
  return `${h.get("x-forwarded-proto") ?? "http"}://${h.get("x-forwarded-host") ?? h.get("host")}`;
}

const refuse = (problem: ImportProblem, t: Messages): never => {
  throw new ActionRefusal(problem.code, problemText(problem, t.contacts));
};

// Anything absent or of the wrong kind reads as missing: the handler says "choose a file".
const ZImportForm = z.object({
  intent: z.enum(["preview", "import"]).catch("preview"),
  csv: z.string().catch(""),
  fileName: z
    .string()
    .catch("")
    .transform((name) => name.slice(0, 200)),
  file: z.instanceof(File).nullable().catch(null),
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
      if (input.csv.trim() === "") return refuse({ code: "noFile" }, t);
      if (Buffer.byteLength(input.csv) > MAX_CSV_BYTES) return refuse({ code: "tooLarge" }, t);
      const result = await importContactsCsv(actor, input.csv, { baseUrl: await linkBaseUrl() });
      return result.ok ? { step: "done", fileName: input.fileName, result } : refuse(result.problem, t);
    }
    const { file } = input;
    if (!file || (file.size === 0 && file.name === "")) return refuse({ code: "noFile" }, t);
    if (file.size > MAX_CSV_BYTES) return refuse({ code: "tooLarge" }, t);
    const decoded = decodeCsv(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) return refuse(decoded.problem, t);
    const preview = await previewContactsCsv(actor, decoded.text);
    return preview.ok ? { step: "preview", fileName: file.name.slice(0, 200), csv: decoded.text, preview } : refuse(preview.problem, t);
  },
);
