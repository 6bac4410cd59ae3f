// Undoes one import: its answers (items, irritants) go with it by cascade, and every month
// they were in is marked dirty in the same transaction so the dashboard forgets them too.
// Another organisation's import, or an id that is no import, is "not found".
import { z } from "zod";
import type { Principal } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { inPgTransaction } from "../in-pg-transaction";
import { markRollupDirty } from "../rollup/mark-dirty";

// Imported customer answers are all at noon UTC on the first of their month: one row a month.
const MONTHS_SQL = `
SELECT DISTINCT "submittedAt" AS at FROM "CustomerResponse" WHERE "importId" = $1::uuid AND "organisationId" = $2::uuid
UNION
SELECT DISTINCT (period + time '12:00') AT TIME ZONE 'UTC' FROM "EmployeeResponse" WHERE "importId" = $1::uuid AND "organisationId" = $2::uuid`;

export async function deleteResponseImport(principal: Principal, importId: string): Promise<void> {
  if (!can(principal, "responses:import")) throw new ForbiddenError();
  if (!z.uuid().safeParse(importId).success) throw new NotFoundError("import");
  const { organisationId } = principal;
  const deleted = await inPgTransaction(async (client) => {
    const { rowCount } = await client.query(`SELECT 1 FROM "ResponseImport" WHERE id = $1::uuid AND "organisationId" = $2::uuid FOR UPDATE`, [importId, organisationId]);
    if (rowCount === 0) return false;
    const { rows: months } = await client.query<{ at: Date }>(MONTHS_SQL, [importId, organisationId]);
    for (const { at } of months) await markRollupDirty(client, organisationId, at);
    await client.query(`DELETE FROM "ResponseImport" WHERE id = $1::uuid AND "organisationId" = $2::uuid`, [importId, organisationId]);
    return true;
  });
  if (!deleted) throw new NotFoundError("import");
}
