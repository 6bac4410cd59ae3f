"use server";
// The CSV import's one server action: "preview" reads the uploaded file and validates it
// without storing anything; "import" re-validates the same text (sent back by the form,
// so nothing is trusted from the preview) and stores the valid rows through createContacts.
import { headers } from "next/headers";
import { getActor } from "@/lib/auth/get-actor";
import { can } from "@/lib/auth/policy";
import { decodeCsv, MAX_CSV_BYTES } from "@/lib/contacts/parse-contacts-csv";
import { importContactsCsv } from "@/lib/db/contacts/import-contacts-csv";
import { previewContactsCsv } from "@/lib/db/contacts/preview-contacts-csv";
import { env } from "@/lib/env";
import { ExpectedError } from "@/lib/errors";
import { isSameOrigin } from "@/lib/http/same-origin";
import type { ImportState } from "@/components/contacts/import-state";

async function linkBaseUrl(): Promise<string> {
  const configured = env().APP_URL ?? env().NEXTAUTH_URL;
  if (configured) return configured;
  const h = await headers();
  return `${h.get("x-forwarded-proto") ?? "http"}://${h.get("x-forwarded-host") ?? h.get("host")}`;
}

function fileName(value: FormDataEntryValue | null): string {
  return typeof value === "string" ? value.slice(0, 200) : "";
}

async function run(formData: FormData): Promise<ImportState> {
  // Server actions accept requests without Origin: check the origin ourselves (SECURITY.md).
  if (!isSameOrigin(new Request("http://action.invalid/", { headers: await headers() }))) return { step: "upload", problem: { code: "crossSite" } };
  const actor = await getActor();
  if (!actor) return { step: "upload", problem: { code: "signedOut" } };
  if (!can(actor, "contacts:manage")) return { step: "upload", problem: { code: "forbidden" } };

  if (formData.get("intent") === "import") {
    const csv = formData.get("csv");
    if (typeof csv !== "string" || csv.trim() === "") return { step: "upload", problem: { code: "noFile" } };
    if (Buffer.byteLength(csv) > MAX_CSV_BYTES) return { step: "upload", problem: { code: "tooLarge" } };
    const result = await importContactsCsv(actor, csv, { baseUrl: await linkBaseUrl() });
    return result.ok ? { step: "done", fileName: fileName(formData.get("fileName")), result } : { step: "upload", problem: result.problem };
  }

  const file = formData.get("file");
  if (!(file instanceof File) || (file.size === 0 && file.name === "")) return { step: "upload", problem: { code: "noFile" } };
  if (file.size > MAX_CSV_BYTES) return { step: "upload", problem: { code: "tooLarge" } };
  const decoded = decodeCsv(new Uint8Array(await file.arrayBuffer()));
  if (!decoded.ok) return { step: "upload", problem: decoded.problem };
  const preview = await previewContactsCsv(actor, decoded.text);
  if (!preview.ok) return { step: "upload", problem: preview.problem };
  return { step: "preview", fileName: file.name.slice(0, 200), csv: decoded.text, preview };
}

export async function contactsImportAction(_previous: ImportState, formData: FormData): Promise<ImportState> {
  try {
    return await run(formData);
  } catch (error) {
    if (error instanceof ExpectedError && error.code === "FORBIDDEN") return { step: "upload", problem: { code: "forbidden" } };
    console.error(`[contacts import] failed: ${error instanceof Error ? error.stack : String(error)}`);
    return { step: "upload", problem: { code: "unexpected" } };
  }
}
