// Every audit entry matching the viewer's filters, in batches for the CSV export: the same
// order, policy and filters as list-audit-log.ts; batches follow the keyset, so memory stays flat.
import type { Principal } from "@/lib/auth/actor-types";
import { type AuditRow, queryAuditRows } from "@/lib/db/internal/audit/audit-rows";
import { parseAuditFilters } from "./list-audit-log";
import { withOrganisation } from "../tenant-context";

export const AUDIT_EXPORT_BATCH_SIZE = 1000;

/** Checks the policy and the filters and reads the first batch before returning: a refusal is a status, not a broken stream. */
export async function exportAuditLog(principal: Principal, filters: unknown): Promise<AsyncGenerator<AuditRow[]>> {
  return withOrganisation(principal.organisationId, async () => {
    const parsed = await parseAuditFilters(principal, filters);
    const organisationId = principal.organisationId;
    const first = await queryAuditRows(organisationId, parsed, null, AUDIT_EXPORT_BATCH_SIZE);
    async function* batches(): AsyncGenerator<AuditRow[]> {
      let batch = first;
      while (batch.length > 0) {
        yield batch;
        if (batch.length < AUDIT_EXPORT_BATCH_SIZE) return;
        const last = batch.at(-1)!;
        batch = await queryAuditRows(
          organisationId,
          parsed,
          { direction: "after", createdAt: last.createdAt, id: last.id },
          AUDIT_EXPORT_BATCH_SIZE,
        );
      }
    }
    return batches();
  });
}
