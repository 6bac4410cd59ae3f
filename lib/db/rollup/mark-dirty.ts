// Marks the month of an answer (or only its team's cells of that month) as stale for the
// dashboard rollup; called in the same transaction as every write of an answer (or its items/irritants).
import type pg from "pg";
import { Prisma } from "../generated/client";
import { monthOf, rollupLockKeys } from "./period-sql";

/** A Prisma interactive transaction, or a pg client between BEGIN and COMMIT (set-based writers). */
export type RollupWriter = Prisma.TransactionClient | pg.ClientBase;

/**
 * Why a shared advisory lock and not only the marker: with ON CONFLICT DO NOTHING alone, a
 * writer whose marker hit an existing one could commit its answer just after a refresh read
 * the month and then deleted that marker — the answer would be missing with no marker left.
 * The shared lock, held until the writer commits, makes the refresh (exclusive) wait for it.
 * Concurrent writers share the lock and never wait for each other.
 *
 * With `teamId` (a write that touches one team's answers) only that team's cells of the month
 * are marked, and the refresh re-aggregates that team alone: a single new answer then costs its
 * team's rows of the month, not the whole month. Without it the whole month is marked.
 */
export async function markRollupDirty(tx: RollupWriter, organisationId: string, date: Date, teamId?: string): Promise<void> {
  const period = monthOf(Prisma.sql`${date}::timestamptz`);
  const lock = Prisma.sql`SELECT 1 AS locked FROM pg_advisory_xact_lock_shared(${rollupLockKeys(organisationId, period)})`;
  const marker = teamId
    ? Prisma.sql`
    INSERT INTO "RollupDirtyTeam" ("organisationId", period, "teamId") VALUES (${organisationId}::uuid, ${period}, ${teamId}::uuid)
    ON CONFLICT DO NOTHING`
    : Prisma.sql`
    INSERT INTO "RollupDirty" ("organisationId", period) VALUES (${organisationId}::uuid, ${period})
    ON CONFLICT DO NOTHING`;
  if (isPrisma(tx)) {
    await tx.$queryRaw(lock);
    await tx.$executeRaw(marker);
  } else {
    await tx.query(lock.text, lock.values);
    await tx.query(marker.text, marker.values);
  }
}

// A property read, not `in`: Prisma's transaction client is a proxy.
function isPrisma(tx: RollupWriter): tx is Prisma.TransactionClient {
  return typeof (tx as { $queryRaw?: unknown }).$queryRaw === "function";
}
