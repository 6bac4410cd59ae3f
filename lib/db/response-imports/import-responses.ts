// importResponses: historical answers of both sides from a previous tool (issue 5). Validates
// every row itself (the same schema for JSON and CSV), resolves its references against the
// organisation's catalogue, stores the valid rows as ONE import and reports the invalid ones
// by index and field, nothing of them stored. No valid row: nothing at all is stored.
import type { Principal } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ExpectedError, ForbiddenError } from "@/lib/errors";
import { contactFieldErrors } from "@/lib/surveys/contact-schema";
import { MAX_IMPORT_ROWS, ZImportResponseRow, type ImportResponseRow } from "@/lib/surveys/import-response-schema";
import { pool } from "../client";
import { loadImportCatalogue, type ResolvedAnswer } from "@/lib/db/internal/response-imports/resolve-import-refs";
import { IdempotencyKeyTaken, storeResponseImport } from "@/lib/db/internal/response-imports/store-response-import";
import { withOrganisation } from "../tenant-context";

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
  /** True when an earlier call with the same Idempotency-Key and rows stored this import. */
  replayed?: boolean;
}

export interface ImportOptions {
  /** The caller's Idempotency-Key, with the SHA-256 of the rows it comes with. */
  idempotency?: { key: string; requestHash: string };
}

/** The import an earlier call made with this key: its first answer, or a refusal if the rows differ. */
async function replay(organisationId: string, idempotency: { key: string; requestHash: string }): Promise<ImportResponsesResult | null> {
  const { rows } = await pool().query<{ requestHash: string; response: Omit<ImportResponsesResult, "replayed"> }>(
    `SELECT "requestHash", response FROM "ResponseImport" WHERE "organisationId" = $1::uuid AND "idempotencyKey" = $2`,
    [organisationId, idempotency.key],
  );
  const earlier = rows[0];
  if (!earlier) return null;
  if (earlier.requestHash !== idempotency.requestHash) {
    throw new ExpectedError("INVALID_INPUT", "This Idempotency-Key was already used with different rows: send a new key for a new import.");
  }
  return { ...earlier.response, replayed: true };
}

export async function importResponses(
  principal: Principal,
  inputs: readonly unknown[],
  options: ImportOptions = {},
): Promise<ImportResponsesResult> {
  return withOrganisation(principal.organisationId, async () => {
    if (!can(principal, "responses:import")) throw new ForbiddenError();
    if (inputs.length > MAX_IMPORT_ROWS) throw new ExpectedError("INVALID_INPUT", `at most ${MAX_IMPORT_ROWS} rows per call`);
    const { idempotency } = options;
    const earlier = idempotency ? await replay(principal.organisationId, idempotency) : null;
    if (earlier) return earlier;
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
      const resolve = await loadImportCatalogue(
        principal.organisationId,
        valid.map((v) => v.row),
      );
      for (const { index, row } of valid) {
        const resolved = resolve(row);
        if (resolved.ok) answers.push(resolved.answer);
        else for (const error of resolved.errors) errors.push({ index, ...error });
      }
    }
    errors.sort((a, b) => a.index - b.index);
    const created = {
      customer: answers.filter((a) => a.side === "customer").length,
      employee: answers.filter((a) => a.side === "employee").length,
    };
    if (answers.length === 0) return { importId: null, created, errors };
    const apiKeyId = principal.kind === "apiKey" ? principal.apiKeyId : null;
    const stored = idempotency ? { ...idempotency, response: (importId: string) => ({ importId, created, errors }) } : null;
    try {
      return { importId: await storeResponseImport(principal.organisationId, apiKeyId, answers, stored), created, errors };
    } catch (error) {
      // A concurrent call with the same key committed first: answer what it answered.
      if (!(error instanceof IdempotencyKeyTaken) || !idempotency) throw error;
      const twin = await replay(principal.organisationId, idempotency);
      if (!twin) throw error;
      return twin;
    }
  });
}
