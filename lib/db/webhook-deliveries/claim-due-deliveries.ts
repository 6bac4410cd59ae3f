// The webhook outbox's data side for the delivery worker (lib/webhooks/deliver.ts):
// claim due rows without blocking other workers, then record each outcome.
import { Prisma } from "../generated/client";
import { db } from "../client";
import { asSystem } from "../tenant-context";

/** How long a claimed row stays invisible to other workers: a crashed worker's rows come back after it. */
export const CLAIM_LEASE_SECONDS = 300;
/** After this many failed attempts the row is FAILED and no longer retried. */
export const MAX_ATTEMPTS = 8;
const BASE_BACKOFF_SECONDS = 30;
const MAX_BACKOFF_SECONDS = 6 * 60 * 60;

export interface ClaimedDeliveryDto {
  id: string;
  event: string;
  payload: Prisma.JsonValue;
  attempts: number;
  createdAt: Date;
  webhookUrl: string | null;
  webhookSecret: string | null;
}

/**
 * Claims up to `limit` due PENDING rows: FOR UPDATE SKIP LOCKED so concurrent workers take
 * disjoint rows, and the lease pushed into nextAttemptAt in the same statement so no HTTP
 * call runs while a transaction holds locks.
 */
export async function claimDueDeliveries(limit: number): Promise<ClaimedDeliveryDto[]> {
  return asSystem(async () => {
    return db().$queryRaw<ClaimedDeliveryDto[]>`
    WITH due AS (
      SELECT "id" FROM "WebhookDelivery"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= now()
      ORDER BY "nextAttemptAt"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    UPDATE "WebhookDelivery" AS d
    SET "nextAttemptAt" = now() + make_interval(secs => ${CLAIM_LEASE_SECONDS}::float8)
    FROM due, "Organisation" AS o
    WHERE d."id" = due."id" AND o."id" = d."organisationId"
    RETURNING d."id", d."event", d."payload", d."attempts", d."createdAt", o."webhookUrl", o."webhookSecret"`;
  });
}

/** Exponential backoff: 30 s, 1 min, 2 min… capped at 6 h. */
export function backoffSeconds(attemptsSoFar: number): number {
  return Math.min(MAX_BACKOFF_SECONDS, BASE_BACKOFF_SECONDS * 2 ** Math.max(0, attemptsSoFar - 1));
}

export async function markDelivered(id: string): Promise<void> {
  return asSystem(async () => {
    await db().webhookDelivery.update({
      where: { id },
      data: { status: "DELIVERED", deliveredAt: new Date(), nextAttemptAt: null, attempts: { increment: 1 }, lastError: null },
    });
  });
}

/** One more failed attempt: retried later with backoff, or FAILED after MAX_ATTEMPTS (or at once when `final`). */
export async function markAttemptFailed(
  id: string,
  attemptsBefore: number,
  error: string,
  options: { final?: boolean } = {},
): Promise<void> {
  return asSystem(async () => {
    const attempts = attemptsBefore + 1;
    const failed = options.final === true || attempts >= MAX_ATTEMPTS;
    await db().webhookDelivery.update({
      where: { id },
      data: {
        attempts,
        status: failed ? "FAILED" : "PENDING",
        nextAttemptAt: failed ? null : new Date(Date.now() + backoffSeconds(attempts) * 1000),
        lastError: error.slice(0, 500),
      },
    });
  });
}
