// Fixed-window rate limiting shared by every app process: one atomic upsert per hit on
// the RateLimit table (counters live in PostgreSQL, not in memory: docs/security.md "Survey links").
import { db } from "./client";
import type { Prisma } from "./generated/client";

export interface RateLimitResult {
  allowed: boolean;
  /** Hits counted in the current window, this one included. */
  count: number;
  /** Seconds until the window resets (for Retry-After). */
  retryAfterSeconds: number;
}

/**
 * Counts one hit for `key` and says whether it is within `limit` per `windowSeconds`.
 * A window that has run out restarts at this hit, inside the same statement, so
 * concurrent hits from many processes never lose a count.
 */
export async function hitRateLimit(key: string, limit: number, windowSeconds: number): Promise<RateLimitResult> {
  if (!Number.isInteger(limit) || limit < 1) throw new Error("limit must be a positive integer");
  if (!Number.isFinite(windowSeconds) || windowSeconds <= 0) throw new Error("windowSeconds must be positive");
  const rows = await db().$queryRaw<Array<{ count: number; resetIn: number }>>`
    INSERT INTO "RateLimit" ("key", "windowStart", "count") VALUES (${key}, now(), 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" <= now() - make_interval(secs => ${windowSeconds}::float8)
                     THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" <= now() - make_interval(secs => ${windowSeconds}::float8)
                           THEN now() ELSE "RateLimit"."windowStart" END
    RETURNING "count",
      GREATEST(0, EXTRACT(EPOCH FROM ("windowStart" + make_interval(secs => ${windowSeconds}::float8) - now())))::float8 AS "resetIn"`;
  const row = rows[0];
  if (!row) throw new Error("rate limit upsert returned no row");
  return { allowed: row.count <= limit, count: row.count, retryAfterSeconds: Math.max(1, Math.ceil(row.resetIn)) };
}

/**
 * Gives back one hit of `key` (never below zero): a caller that counted an attempt before
 * knowing its outcome takes back its own hit when the attempt turns out harmless. It cancels
 * that hit only, so no one can use it to clear what other attempts counted. `client` lets a caller
 * give it back inside its own transaction.
 */
export async function refundRateLimit(key: string, client: Pick<Prisma.TransactionClient, "$executeRaw"> = db()): Promise<void> {
  await client.$executeRaw`UPDATE "RateLimit" SET "count" = GREATEST("count" - 1, 0) WHERE "key" = ${key}`;
}

/** Deletes counters whose window ended long ago (the hourly rate-limit-prune job, lib/jobs/worker.ts); returns how many. */
export async function pruneRateLimits(olderThanSeconds = 86_400): Promise<number> {
  return db().$executeRaw`DELETE FROM "RateLimit" WHERE "windowStart" < now() - make_interval(secs => ${olderThanSeconds}::float8)`;
}
