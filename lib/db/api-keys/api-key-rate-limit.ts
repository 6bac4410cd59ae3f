// Per-key request limit of the REST API (issue 16 §4), in fixed one-minute windows aligned on the
// clock, counted in the RateLimit table under SHARDS keys per API key (`api:<keyId>:<shard>`): each
// request adds one to a random shard and reads the sum of the key's shards in the same statement.
// One busy key then spreads its writes over SHARDS rows instead of queueing on one row lock
// (docs/security.md "API keys"). Refused requests count too: a client that keeps hammering stays
// refused until the window ends.
import { API_KEY_WINDOW_SECONDS } from "@/lib/auth/api-scopes";
import { pool } from "../client";
import { asSystem } from "../tenant-context";

export const API_KEY_SHARDS = 8;

const HIT_SQL = `
WITH w AS (SELECT to_timestamp(floor(extract(epoch FROM now()) / ${API_KEY_WINDOW_SECONDS}) * ${API_KEY_WINDOW_SECONDS}) AS start),
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
  EXTRACT(EPOCH FROM ((SELECT start FROM w) + make_interval(secs => ${API_KEY_WINDOW_SECONDS}) - now()))::float8 AS "resetIn"`;

export interface ApiKeyLimitResult {
  allowed: boolean;
  /** Requests counted in this window, this one included. */
  count: number;
  /** Seconds until the window ends (Retry-After), at least 1. */
  retryAfterSeconds: number;
}

function shardKeys(apiKeyId: string): string[] {
  return Array.from({ length: API_KEY_SHARDS }, (_, shard) => `api:${apiKeyId}:${shard}`);
}

/** Counts one request of the key and says whether it is within `requestsPerMinute`. */
export async function hitApiKeyLimit(apiKeyId: string, requestsPerMinute: number): Promise<ApiKeyLimitResult> {
  return asSystem(async () => {
    const keys = shardKeys(apiKeyId);
    const mine = keys[Math.floor(Math.random() * API_KEY_SHARDS)]!;
    const { rows } = await pool().query<{ total: number; resetIn: number }>({
      name: "api-key-limit-hit",
      text: HIT_SQL,
      values: [mine, keys],
    });
    const row = rows[0];
    if (!row) throw new Error("api key rate limit returned no row");
    return { allowed: row.total <= requestsPerMinute, count: row.total, retryAfterSeconds: Math.max(1, Math.ceil(row.resetIn)) };
  });
}
