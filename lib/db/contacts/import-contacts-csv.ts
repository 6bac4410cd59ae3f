// Imports a contact CSV: every well-formed row goes through createContacts (the API's own
// validation and idempotence on externalId); invalid rows are reported by line and field
// and nothing is stored for them. Re-importing the same file creates nothing new.
import type { Principal } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { parseContactsCsv, rowToContactInput } from "@/lib/contacts/parse-contacts-csv";
import type { CsvRowError } from "@/lib/csv/read-csv";
import { ForbiddenError } from "@/lib/errors";
import { invalidLineCount, listErrors, type ContactsCsvImportDto } from "./contacts-csv-dto";
import { createContacts } from "./create-contacts";
import { withOrganisation } from "../tenant-context";

export async function importContactsCsv(principal: Principal, text: string, options: { baseUrl: string }): Promise<ContactsCsvImportDto> {
  return withOrganisation(principal.organisationId, async () => {
    if (!can(principal, "contacts:manage")) throw new ForbiddenError();
    const parsed = parseContactsCsv(text);
    if (!parsed.ok) return parsed;
    // Audited with the insert (issue 12 §7); a file that stores nothing new leaves no row.
    const audit = { action: "contacts.import", metadata: { source: "csv", unreadableLines: invalidLineCount(parsed.errors) } };
    const { results } = await createContacts(principal, parsed.rows.map(rowToContactInput), { ...options, audit });
    const errors: CsvRowError[] = [...parsed.errors];
    let created = 0;
    let existing = 0;
    for (const result of results) {
      const line = parsed.rows[result.index]!.line;
      if (result.status === "invalid") for (const error of result.errors) errors.push({ line, ...error });
      else if (result.status === "created") created++;
      else existing++;
    }
    return { ok: true, created, existing, invalidRows: invalidLineCount(errors), ...listErrors(errors) };
  });
}
