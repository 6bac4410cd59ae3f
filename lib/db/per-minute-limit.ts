// A request limit per credential (API key, issue 16 §4; SCIM token, issue 17 §2), in fixed
// one-minute windows aligned on the clock, counted in the RateLimit table under SHARDS keys per
// credential (`<subject>:<shard>`): each request adds one to a random shard and reads the sum of the
// credential's shards in the same statement. One busy credential then spreads its writes over
// SHARDS rows instead of queueing on one row lock (docs/security.md "API keys"). Refused requests
// count too: a client that keeps hammering stays refused until the window ends.
import { pool } from "./client";
import { asSystem } from "./tenant-context";

export const PER_MINUTE_SHARDS = 8;
/** The limit's fixed window, aligned on the database clock. */
export const PER_MINUTE_WINDOW_SECONDS = 60;

const HIT_SQL = `
WITH w AS (SELECT to_timestamp(floor(extract(epoch FROM now()) / ${PER_MINUTE_WINDOW_SECONDS}) * ${PER_MINUTE_WINDOW_SECONDS}) AS start),
hit AS (
  INSERT INTO "RateLimit" ("key", "windowStart", "count") SELECT $1, w.start, 1 FROM w
  ON CONFLICT ("key") DO UPDATE SET
    "count" = CASE WHEN "RateLimit"."windowStart" < EXCLUDED."windowStart" THEN 1 ELSE "RateLimit"."count" + 1 END,
    "windowStart" = GREATEST("RateLimit"."windowStart", EXCLUDED."windowStart")
  RETURNING "count"
)
SELECT ((SELECT "count" FROM hit) + COALESCE((
    SELECT sum(r."count") FROM "RateLimit" r, w WHERE r."key" = ANY($2::text[]) AND r."key" <> $1 AND r."windowStart" = w.start
  ), 0))::int AS total,
  EXTRACT(EPOCH FROM ((SELECT start FROM w) + make_interval(secs => ${PER_MINUTE_WINDOW_SECONDS}) - now()))::float8 AS "resetIn"`;

export interface PerMinuteLimitResult {
  allowed: boolean;
  /** Requests counted in this window, this one included. */
  count: number;
  /** Seconds until the window ends (Retry-After), at least 1. */
  retryAfterSeconds: number;
}

function shardKeys(subject: string): string[] {
  return Array.from({ length: PER_MINUTE_SHARDS }, (_, shard) => `${subject}:${shard}`);
}

/**
 * Counts one request of `subject` (`api:<keyId>`, `scim:<tokenId>`: a credential already
 * authenticated) and says whether it is within `requestsPerMinute`.
 */
export async function hitPerMinuteLimit(subject: string, requestsPerMinute: number): Promise<PerMinuteLimitResult> {
  return asSystem(async () => {
    const keys = shardKeys(subject);
    const mine = keys[Math.floor(Math.random() * PER_MINUTE_SHARDS)]!;
    const { rows } = await pool().query<{ total: number; resetIn: number }>({
      name: "per-minute-limit-hit",
      text: HIT_SQL,
      values: [mine, keys],
    });
    const row = rows[0];
    if (!row) throw new Error("per-minute rate limit returned no row");
    return { allowed: row.total <= requestsPerMinute, count: row.total, retryAfterSeconds: Math.max(1, Math.ceil(row.resetIn)) };
  });
}
