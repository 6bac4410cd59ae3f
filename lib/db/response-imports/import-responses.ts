// importResponses: historical answers of both sides from a previous tool (issue 5). Validates
// every row itself (the same schema for JSON and CSV), resolves its references against the
// organisation's catalogue, stores the valid rows as ONE import and reports the invalid ones
// by index and field, nothing of them stored. No valid row: nothing at all is stored.
import type { Principal } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ExpectedError, ForbiddenError } from "@/lib/errors";
import { contactFieldErrors } from "@/lib/surveys/contact-schema";
import { MAX_IMPORT_ROWS, ZImportResponseRow, type ImportResponseRow } from "@/lib/surveys/import-response-schema";
import { loadImportCatalogue, type ResolvedAnswer } from "./resolve-import-refs";
import { storeResponseImport } from "./store-response-import";

export interface ImportRowError {
  index: number;
  field: string;
  message: string;
}

export interface ImportResponsesResult {
  /** null when no row was valid (nothing stored). */
  importId: string | null;
  created: { customer: number; employee: number };
  errors: ImportRowError[];
}

export async function importResponses(principal: Principal, inputs: readonly unknown[]): Promise<ImportResponsesResult> {
  if (!can(principal, "responses:import")) throw new ForbiddenError();
  if (inputs.length > MAX_IMPORT_ROWS) throw new ExpectedError("INVALID_INPUT", `at most ${MAX_IMPORT_ROWS} rows per call`);
  const errors: ImportRowError[] = [];
  const valid: Array<{ index: number; row: ImportResponseRow }> = [];
  inputs.forEach((raw, index) => {
    const parsed = ZImportResponseRow.safeParse(raw);
    // Same mapping as contacts: an unknown key is an error on that key, never silently dropped.
    if (parsed.success) valid.push({ index, row: parsed.data });
    else for (const error of contactFieldErrors(parsed.error)) errors.push({ index, ...error });
  });

  const answers: ResolvedAnswer[] = [];
  if (valid.length > 0) {
    const resolve = await loadImportCatalogue(principal.organisationId, valid.map((v) => v.row));
    for (const { index, row } of valid) {
      const resolved = resolve(row);
      if (resolved.ok) answers.push(resolved.answer);
      else for (const error of resolved.errors) errors.push({ index, ...error });
    }
  }
  errors.sort((a, b) => a.index - b.index);
  const created = { customer: answers.filter((a) => a.side === "customer").length, employee: answers.filter((a) => a.side === "employee").length };
  if (answers.length === 0) return { importId: null, created, errors };
  const apiKeyId = principal.kind === "apiKey" ? principal.apiKeyId : null;
  return { importId: await storeResponseImport(principal.organisationId, apiKeyId, answers), created, errors };
}
