// Undoes one import: its answers (items, irritants) go with it by cascade, and every month
// they were in is marked dirty in the same transaction so the dashboard forgets them too.
// Another organisation's import, or an id that is no import, is "not found". The undo is
// audited with its counts, the key that undid it and the key that made it.
import { z } from "zod";
import type { Principal } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { inPgTransaction } from "../in-pg-transaction";
import { markRollupDirty } from "../rollup/mark-dirty";
import { auditImport } from "@/lib/db/internal/response-imports/audit-import";
import { withOrganisation } from "../tenant-context";

// Imported customer answers are all at noon UTC on the first of their month: one row a month.
const MONTHS_SQL = `
SELECT DISTINCT "submittedAt" AS at FROM "CustomerResponse" WHERE "importId" = $1::uuid AND "organisationId" = $2::uuid
UNION
SELECT DISTINCT (period + time '12:00') AT TIME ZONE 'UTC' FROM "EmployeeResponse" WHERE "importId" = $1::uuid AND "organisationId" = $2::uuid`;

export async function deleteResponseImport(principal: Principal, importId: string): Promise<void> {
  return withOrganisation(principal.organisationId, async () => {
    if (!can(principal, "responses:import")) throw new ForbiddenError();
    if (!z.uuid().safeParse(importId).success) throw new NotFoundError("import");
    const { organisationId } = principal;
    const deleted = await inPgTransaction(async (client) => {
      const { rows: found } = await client.query<{ apiKeyId: string | null; customerRows: number; employeeRows: number }>(
        `SELECT "apiKeyId"::text AS "apiKeyId", "customerRows", "employeeRows" FROM "ResponseImport" WHERE id = $1::uuid AND "organisationId" = $2::uuid FOR UPDATE`,
        [importId, organisationId],
      );
      const imported = found[0];
      if (!imported) return false;
      const { rows: months } = await client.query<{ at: Date }>(MONTHS_SQL, [importId, organisationId]);
      for (const { at } of months) await markRollupDirty(client, organisationId, at);
      await client.query(`DELETE FROM "ResponseImport" WHERE id = $1::uuid AND "organisationId" = $2::uuid`, [importId, organisationId]);
      await auditImport(client, organisationId, {
        action: "responseImport.delete",
        importId,
        customerRows: imported.customerRows,
        employeeRows: imported.employeeRows,
        importedByApiKeyId: imported.apiKeyId,
        apiKeyId: principal.kind === "apiKey" ? principal.apiKeyId : null,
        actorId: principal.kind === "user" ? principal.membershipId : null,
      });
      return true;
    });
    if (!deleted) throw new NotFoundError("import");
  });
}
