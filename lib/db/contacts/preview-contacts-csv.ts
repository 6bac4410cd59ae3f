// The contact CSV import's preview: parses and validates every row exactly as the import
// will (the contact zod schema, then the organisation's teams and moments of truth), with
// read-only queries: nothing is stored.
import type { Principal } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { parseContactsCsv, rowToContactInput } from "@/lib/contacts/parse-contacts-csv";
import type { CsvRowError } from "@/lib/csv/read-csv";
import { ForbiddenError } from "@/lib/errors";
import { contactFieldErrors, ZCreateContactInput, type CreateContactInput } from "@/lib/surveys/contact-schema";
import { invalidLineCount, listErrors, PREVIEW_ROWS, type ContactsCsvPreviewDto } from "./contacts-csv-dto";
import { loadRefResolver } from "@/lib/db/internal/contacts/resolve-contact-refs";
import { withOrganisation } from "../tenant-context";

export async function previewContactsCsv(principal: Principal, text: string): Promise<ContactsCsvPreviewDto> {
  return withOrganisation(principal.organisationId, async () => {
    if (!can(principal, "contacts:manage")) throw new ForbiddenError();
    const parsed = parseContactsCsv(text);
    if (!parsed.ok) return parsed;
    const errors: CsvRowError[] = [...parsed.errors];
    const valid: Array<{ line: number; input: CreateContactInput }> = [];
    for (const row of parsed.rows) {
      const result = ZCreateContactInput.safeParse(rowToContactInput(row));
      if (result.success) valid.push({ line: row.line, input: result.data });
      else for (const error of contactFieldErrors(result.error)) errors.push({ line: row.line, ...error });
    }
    const resolver = await loadRefResolver(
      principal.organisationId,
      valid.map((v) => v.input),
    );
    for (const { line, input } of valid) {
      const resolved = resolver.resolve(input);
      if (!resolved.ok) for (const error of resolved.errors) errors.push({ line, ...error });
    }
    const invalidLines = new Set(errors.map((error) => error.line));
    const totalRows = parsed.rows.length + invalidLineCount(parsed.errors);
    return {
      ok: true,
      delimiter: parsed.delimiter,
      columns: parsed.columns,
      totalRows,
      invalidRows: invalidLines.size,
      validRows: totalRows - invalidLines.size,
      sample: parsed.rows.slice(0, PREVIEW_ROWS).map((row) => ({ ...row, valid: !invalidLines.has(row.line) })),
      ...listErrors(errors),
    };
  });
}
