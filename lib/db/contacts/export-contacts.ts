// Every contact matching the contacts page's filters, in batches, for the CSV export: the same
// order, policy and filters as list-contacts.ts, but with full email addresses (the export is
// for ADMIN and CX, who hold `contacts:manage`). Batches follow the keyset, so memory stays flat.
import type { Principal } from "@/lib/auth/actor-types";
import { type ContactRow, queryContactRows } from "@/lib/db/internal/contacts/contact-rows";
import { parseContactFilters } from "./list-contacts";
import { withOrganisation } from "../tenant-context";

export const EXPORT_BATCH_SIZE = 1000;

export type ContactExportRowDto = ContactRow;

/**
 * Checks the policy and reads the first batch before returning, so a refusal is an error the
 * caller can answer with a status, not a broken stream; the rest is read as it is consumed.
 */
export async function exportContacts(
  principal: Principal,
  filters: unknown,
  now = new Date(),
): Promise<AsyncGenerator<ContactExportRowDto[]>> {
  return withOrganisation(principal.organisationId, async () => {
    const parsed = parseContactFilters(principal, filters);
    const first = await queryContactRows(principal.organisationId, parsed, now, null, EXPORT_BATCH_SIZE);
    async function* batches(): AsyncGenerator<ContactExportRowDto[]> {
      let batch = first;
      while (batch.length > 0) {
        yield batch;
        if (batch.length < EXPORT_BATCH_SIZE) return;
        const last = batch.at(-1)!;
        batch = await queryContactRows(
          principal.organisationId,
          parsed,
          now,
          { direction: "after", occurredAt: last.occurredAt, id: last.id },
          EXPORT_BATCH_SIZE,
        );
      }
    }
    return batches();
  });
}
