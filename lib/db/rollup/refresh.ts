// Brings the dashboard rollup up to date: every dirty (organisation, month) — or only the dirty
// teams of a month — is recomputed set-based in its own transaction, its markers cleared in it.
import { db } from "../client";
import { Prisma } from "../generated/client";
import { columnList, rollupTables } from "./aggregate-sql";
import { monthOf, rollupLockKeys } from "./period-sql";
import { releaseEndedMonths } from "./release-employee-months";
import { withOrganisation } from "../tenant-context";
import { asSystem } from "../tenant-context";

export interface RefreshResult {
  /** Months recomputed, "YYYY-MM". */
  periods: string[];
}

const monthKey = (period: Date) => period.toISOString().slice(0, 7);

/**
 * One month: take the month's lock exclusively (answer writers hold it shared until they
 * commit, so every answer the marker stands for is visible here), delete the marker — if it
 * is already gone another refresher did the work — then DELETE + INSERT … SELECT each table.
 * The month's team markers go with it: the whole month covers their cells.
 */
async function refreshPeriod(organisationId: string, period: Date): Promise<boolean> {
  return db().$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(${rollupLockKeys(organisationId, Prisma.sql`${period}::date`)})`;
      const cleared = await tx.$executeRaw`
      DELETE FROM "RollupDirty" WHERE "organisationId" = ${organisationId}::uuid AND period = ${period}::date`;
      if (cleared === 0) return false;
      await tx.$executeRaw`DELETE FROM "RollupDirtyTeam" WHERE "organisationId" = ${organisationId}::uuid AND period = ${period}::date`;
      for (const table of rollupTables(organisationId, period)) {
        const name = Prisma.raw(`"${table.table}"`);
        await tx.$executeRaw`DELETE FROM ${name} WHERE "organisationId" = ${organisationId}::uuid AND period = ${period}::date`;
        await tx.$executeRaw`INSERT INTO ${name} (${columnList([...table.keys, ...table.values])}) ${table.select}`;
      }
      return true;
    },
    { timeout: 60_000 },
  );
}

/**
 * Some teams of one month, under the same exclusive month lock: the team markers deleted here
 * (RETURNING) name the cells re-aggregated, so a marker written after the lock was taken waits
 * for the next refresh instead of being cleared unseen. Every rollup table is keyed by team, so
 * a team's rows are a complete, disjoint part of the month: DELETE + INSERT … SELECT of those rows
 * equals the whole month's recompute for them.
 */
async function refreshTeams(organisationId: string, period: Date): Promise<boolean> {
  return db().$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(${rollupLockKeys(organisationId, Prisma.sql`${period}::date`)})`;
      const cleared = await tx.$queryRaw<Array<{ teamId: string }>>`
      DELETE FROM "RollupDirtyTeam" WHERE "organisationId" = ${organisationId}::uuid AND period = ${period}::date
      RETURNING "teamId"::text AS "teamId"`;
      if (cleared.length === 0) return false;
      const teams = cleared.map((row) => row.teamId);
      for (const table of rollupTables(organisationId, period, teams)) {
        const name = Prisma.raw(`"${table.table}"`);
        await tx.$executeRaw`DELETE FROM ${name}
          WHERE "organisationId" = ${organisationId}::uuid AND period = ${period}::date AND "teamId" = ANY(${teams}::uuid[])`;
        await tx.$executeRaw`INSERT INTO ${name} (${columnList([...table.keys, ...table.values])}) ${table.select}`;
      }
      return true;
    },
    { timeout: 60_000 },
  );
}

/**
 * Recomputes the organisation's dirty months, oldest first, then the dirty teams of other
 * months. Bounded work: only cells written to since the last refresh; dashboards call it
 * before reading, so what they read is always consistent with the answers committed before the call.
 */
export async function refreshRollups(organisationId: string): Promise<RefreshResult> {
  return withOrganisation(organisationId, async () => {
    await releaseEndedMonths(organisationId);
    const where = { organisationId };
    const dirty = await db().rollupDirty.findMany({ where, select: { period: true }, orderBy: { period: "asc" } });
    const periods = new Set<string>();
    for (const { period } of dirty) {
      if (await refreshPeriod(organisationId, period)) periods.add(monthKey(period));
    }
    const cells = await db().rollupDirtyTeam.findMany({
      where,
      distinct: ["period"],
      select: { period: true },
      orderBy: { period: "asc" },
    });
    for (const { period } of cells) {
      if (await refreshTeams(organisationId, period)) periods.add(monthKey(period));
    }
    return { periods: [...periods].sort() };
  });
}

/** Every organisation's dirty months (a job or the CLI after a bulk import). */
export async function refreshAllRollups(): Promise<Map<string, RefreshResult>> {
  return asSystem(async () => {
    await releaseEndedMonths(null);
    const select = { organisationId: true } as const;
    const months = await db().rollupDirty.findMany({ distinct: ["organisationId"], select });
    const teams = await db().rollupDirtyTeam.findMany({ distinct: ["organisationId"], select });
    const results = new Map<string, RefreshResult>();
    for (const organisationId of new Set([...months, ...teams].map((row) => row.organisationId)))
      results.set(organisationId, await refreshRollups(organisationId));
    return results;
  });
}

/**
 * Marks every month that has answers (or rollup rows) as dirty, for a backfill: data written
 * without markers (the demo seed, a bulk import, a restored dump) becomes visible after the
 * next refresh. Empty months that still have rollup rows are marked so they get cleared.
 */
export async function markAllRollupsDirty(
  organisationId: string,
  client: Pick<Prisma.TransactionClient, "$executeRaw"> = db(),
): Promise<number> {
  return withOrganisation(organisationId, async () => {
    return client.$executeRaw`
    INSERT INTO "RollupDirty" ("organisationId", period)
    SELECT ${organisationId}::uuid, period FROM (
      SELECT DISTINCT ${monthOf(Prisma.sql`"submittedAt"`)} AS period
        FROM "CustomerResponse" WHERE "organisationId" = ${organisationId}::uuid
      UNION SELECT DISTINCT date_trunc('month', period)::date FROM "EmployeeResponse" WHERE "organisationId" = ${organisationId}::uuid
      UNION SELECT DISTINCT period FROM "CustomerRollup" WHERE "organisationId" = ${organisationId}::uuid
      UNION SELECT DISTINCT period FROM "EmployeeRollup" WHERE "organisationId" = ${organisationId}::uuid
    ) months
    ON CONFLICT DO NOTHING`;
  });
}
