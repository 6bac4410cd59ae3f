// Marks the month of an answer as stale for the dashboard rollup; called in the same
// transaction as every write of a customer or employee answer (or its items/irritants).
import { Prisma } from "../generated/client";
import { monthOf, rollupLockKeys } from "./period-sql";

/**
 * Why a shared advisory lock and not only the marker: with ON CONFLICT DO NOTHING alone, a
 * writer whose marker hit an existing one could commit its answer just after a refresh read
 * the month and then deleted that marker — the answer would be missing with no marker left.
 * The shared lock, held until the writer commits, makes the refresh (exclusive) wait for it.
 * Concurrent writers share the lock and never wait for each other.
 */
export async function markRollupDirty(tx: Prisma.TransactionClient, organisationId: string, date: Date): Promise<void> {
  const period = monthOf(Prisma.sql`${date}::timestamptz`);
  await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock_shared(${rollupLockKeys(organisationId, period)})`;
  await tx.$executeRaw`
    INSERT INTO "RollupDirty" ("organisationId", period) VALUES (${organisationId}::uuid, ${period})
    ON CONFLICT DO NOTHING`;
}
