// Timing helpers for bench:dashboard: p50/p95 over repeated runs, the hand-written SQL floor,
// and the cost a first reader pays after one new answer (its team's cells of the month re-aggregated).
import pg from "pg";
import { markRollupDirty } from "@/lib/db/rollup/mark-dirty";
import { refreshRollups } from "@/lib/db/rollup/refresh";

export interface Timing {
  label: string;
  runs: number;
  p50: number;
  p95: number;
  max: number;
}

/** Nearest-rank percentile of sorted milliseconds. */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** Warm-up runs first (JIT, Prisma's query compiler cache, PostgreSQL buffers), then sequential timed runs. */
export async function timeRuns(label: string, fn: () => Promise<unknown>, runs = 25, warmup = 3): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  return { label, runs, p50: percentile(ms, 50), p95: percentile(ms, 95), max: ms[ms.length - 1] ?? NaN };
}

/**
 * The floor: what the overview must at least count, straight from the answer tables — each
 * team's own promoters/passives/detractors on both sides, one round trip. No date predicate:
 * the organisation holds exactly its 12 months, and the overview (no filter) counts them all.
 */
export const FLOOR_SQL = `
  SELECT 'customer' AS side, "teamId", count(*) FILTER (WHERE score >= 9) AS p, count(*) FILTER (WHERE score BETWEEN 7 AND 8) AS n,
         count(*) FILTER (WHERE score <= 6) AS d
  FROM "CustomerResponse" WHERE "organisationId" = $1 GROUP BY "teamId"
  UNION ALL
  SELECT 'employee', "teamId", count(*) FILTER (WHERE score >= 9), count(*) FILTER (WHERE score BETWEEN 7 AND 8), count(*) FILTER (WHERE score <= 6)
  FROM "EmployeeResponse" WHERE "organisationId" = $1 GROUP BY "teamId"`;

export async function timeFloor(url: string, organisationId: string): Promise<Timing> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rowCount } = await client.query(FLOOR_SQL, [organisationId]);
    if (!rowCount) throw new Error("floor query returned no rows");
    return await timeRuns("floor: hand-written SQL on the answer tables", () => client.query(FLOOR_SQL, [organisationId]));
  } finally {
    await client.end();
  }
}

/**
 * One customer answer (contact + response) now, on a random leaf team, marked dirty in the same
 * transaction through markRollupDirty with its team, as the customer answer path marks it.
 */
async function writeOneAnswer(client: pg.Client, organisationId: string): Promise<void> {
  await client.query("BEGIN");
  const { rows } = await client.query<{ teamId: string; submittedAt: Date }>(
    `WITH ref AS (SELECT t.id AS "teamId", (SELECT m.id FROM "MomentOfTruth" m WHERE m."organisationId" = $1 AND m.side = 'CUSTOMER' LIMIT 1) AS "momentOfTruthId"
                  FROM "Team" t WHERE t."organisationId" = $1 AND t.depth = 3 ORDER BY random() LIMIT 1),
     c AS (INSERT INTO "Contact" (id, "organisationId", "teamId", "momentOfTruthId", channel, locale, "occurredAt", "tokenHash", "linkExpiresAt", "linkUsedAt")
           SELECT gen_random_uuid(), $1, "teamId", "momentOfTruthId", 'PHONE', 'fr', now(),
                  sha256(convert_to(gen_random_uuid()::text, 'UTF8')), now() + interval '30 days', now() FROM ref RETURNING *)
     INSERT INTO "CustomerResponse" (id, "organisationId", "contactId", "teamId", "momentOfTruthId", channel, locale, "submissionId", score)
     SELECT gen_random_uuid(), $1, c.id, c."teamId", c."momentOfTruthId", c.channel, c.locale, gen_random_uuid(), 9 FROM c
     RETURNING "teamId"::text AS "teamId", "submittedAt"`,
    [organisationId],
  );
  const written = rows[0];
  if (!written) throw new Error("no answer written");
  await markRollupDirty(client, organisationId, written.submittedAt, written.teamId);
  await client.query("COMMIT");
}

/**
 * Refresh after one write, and the first reader's whole call after one write: the refresh is
 * bounded by the new answer's team and month (≈ 1/12 of 1/1 600 of the answers).
 */
export async function timeAfterOneWrite(url: string, organisationId: string, reader: () => Promise<unknown>, runs = 5): Promise<Timing[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const refresh: number[] = [];
    const read: number[] = [];
    for (let i = 0; i < runs; i++) {
      await writeOneAnswer(client, organisationId);
      let started = performance.now();
      const { periods } = await refreshRollups(organisationId);
      refresh.push(performance.now() - started);
      if (periods.length !== 1) throw new Error(`expected one dirty month, refreshed ${periods.length}`);
      await writeOneAnswer(client, organisationId);
      started = performance.now();
      await reader();
      read.push(performance.now() - started);
    }
    const summary = (label: string, ms: number[]): Timing => {
      ms.sort((a, b) => a - b);
      return { label, runs, p50: percentile(ms, 50), p95: percentile(ms, 95), max: ms[ms.length - 1] ?? NaN };
    };
    return [
      summary("rollup refresh after one new answer (1 dirty team-month)", refresh),
      summary("overview, first reader after one new answer", read),
    ];
  } finally {
    await client.end();
  }
}
