// Operator check: does the rollup equal a fresh aggregate of the answers? A non-empty result
// means a write path forgot markRollupDirty (or rows were changed by hand).
import { db } from "../client";
import { Prisma } from "../generated/client";
import { columnList, rollupTables } from "./aggregate-sql";
import { withOrganisation } from "../tenant-context";

export interface RollupMismatchDto {
  table: string;
  /** "fresh" rows are missing or different in the rollup; "rollup" rows are stale or extra. */
  side: "fresh" | "rollup";
  row: Record<string, string | number>;
}

/**
 * Compares all months of every rollup table, both ways (fresh EXCEPT rollup, rollup EXCEPT
 * fresh), in SQL. Dirty months are compared too: call refreshRollups first, or expect them.
 * Internal (jobs, CLI, tests): it returns ids and counts, never answers.
 */
export async function checkRollupConsistency(organisationId: string, limit = 100): Promise<RollupMismatchDto[]> {
  return withOrganisation(organisationId, async () => {
    const mismatches: RollupMismatchDto[] = [];
    for (const table of rollupTables(organisationId, null)) {
      const columns = columnList([...table.keys, ...table.values]);
      const stored = Prisma.sql`SELECT ${columns} FROM ${Prisma.raw(`"${table.table}"`)} WHERE "organisationId" = ${organisationId}::uuid`;
      const rows = await db().$queryRaw<Array<Record<string, unknown> & { side: "fresh" | "rollup" }>>`
      WITH fresh (${columns}) AS (${table.select}), stored AS (${stored})
      (SELECT 'fresh' AS side, * FROM (SELECT * FROM fresh EXCEPT SELECT * FROM stored) f)
      UNION ALL (SELECT 'rollup' AS side, * FROM (SELECT * FROM stored EXCEPT SELECT * FROM fresh) s)
      LIMIT ${limit}`;
      for (const { side, ...row } of rows) mismatches.push({ table: table.table, side, row: plain(row) });
    }
    return mismatches;
  });
}

function plain(row: Record<string, unknown>): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => [
      key,
      value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === "number" ? value : String(value),
    ]),
  );
}
