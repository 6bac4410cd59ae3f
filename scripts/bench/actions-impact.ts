// `npm run bench:actions-impact`: the before/after of a done action (issue 14 §5, "Speed") on an
// organisation of 2 000 teams (20 directions ⊃ 180 services ⊃ 1 800 teams), on a throwaway embedded
// PostgreSQL. getActionBeforeAfter reads the monthly rollups only, so the bench fills them directly
// in SQL for 12 months — customer NPS per team, its irritant and item tallies, employee eNPS with its
// people, employee items and irritants: 21 600 team-months per table — then times the panel of an
// action on a whole direction (~90 teams and their services) side by side with one on a single team.
// Target: p50 < 200 ms for the direction.
import type { Actor } from "@/lib/auth/actor-types";
import { getActionBeforeAfter } from "@/lib/db/actions/before-after";
import { pool } from "@/lib/db/client";
import { createOrganisation } from "@/lib/db/organisations/create-organisation";
import { findActor } from "@/lib/db/users/find-actor";
import { startBenchDatabase } from "./harness";
import { seedTeamTree } from "./team-tree";

const TEAMS = 2000;
const MONTHS = 12;
const RUNS = Number(process.env.BENCH_RUNS ?? 40);

async function seed(organisationId: string): Promise<void> {
  const q = (sql: string) => pool().query(sql, [organisationId]);
  await seedTeamTree(organisationId, TEAMS);
  const leaves = `(SELECT id, row_number() OVER (ORDER BY id) AS k FROM "Team" WHERE "organisationId" = $1 AND depth = 2)`;
  const months = `(SELECT (date '2026-11-01' - make_interval(months => m))::date AS period, m FROM generate_series(0, ${MONTHS - 1}) m)`;
  await q(`INSERT INTO "CustomerTeamRollup" ("organisationId", period, "teamId", promoters, passives, detractors)
    SELECT $1, mo.period, t.id, 20 + (t.k + mo.m) % 15, 10 + t.k % 7, 8 + (t.k * 3 + mo.m) % 11 FROM ${leaves} t CROSS JOIN ${months} mo`);
  await q(`INSERT INTO "EmployeeRollup" ("organisationId", period, "teamId", promoters, passives, detractors, "eventAnswers", people)
    SELECT $1, mo.period, t.id, 4 + (t.k + mo.m) % 5, 3, 2 + t.k % 4, 0, 9 + (t.k + mo.m) % 5 FROM ${leaves} t CROSS JOIN ${months} mo`);
  const mot = `(SELECT id FROM "MomentOfTruth" WHERE "organisationId" = $1 AND side = 'CUSTOMER' ORDER BY position LIMIT 1)`;
  await q(`INSERT INTO "CustomerIrritantRollup" ("organisationId", period, "teamId", channel, "momentOfTruthId", "irritantId", count)
    SELECT $1, mo.period, t.id, 'PHONE', ${mot}, i.id, 1 + (t.k + mo.m) % 9
    FROM ${leaves} t CROSS JOIN ${months} mo CROSS JOIN (SELECT id FROM "Irritant" WHERE "organisationId" = $1 AND side = 'CUSTOMER') i`);
  await q(`INSERT INTO "EmployeeIrritantRollup" ("organisationId", period, "teamId", "irritantId", count)
    SELECT $1, mo.period, t.id, i.id, (t.k + mo.m) % 4
    FROM ${leaves} t CROSS JOIN ${months} mo CROSS JOIN (SELECT id FROM "Irritant" WHERE "organisationId" = $1 AND side = 'EMPLOYEE') i`);
  await q(`INSERT INTO "CustomerItemRollup" ("organisationId", period, "teamId", channel, "momentOfTruthId", "itemId", n, sum, "sumSquares")
    SELECT $1, mo.period, t.id, 'PHONE', ${mot}, i.id, 30, 30 * 3 + (t.k + mo.m) % 20, 30 * 10 + (t.k + mo.m) % 50
    FROM ${leaves} t CROSS JOIN ${months} mo CROSS JOIN (SELECT id FROM "MirroredItem" WHERE "organisationId" = $1) i`);
  await q(`INSERT INTO "EmployeeItemRollup" ("organisationId", period, "teamId", "itemId", n, sum, "sumSquares")
    SELECT $1, mo.period, t.id, i.id, 10, 30 + (t.k + mo.m) % 8, 100 + (t.k + mo.m) % 30
    FROM ${leaves} t CROSS JOIN ${months} mo CROSS JOIN (SELECT id FROM "MirroredItem" WHERE "organisationId" = $1) i`);
  await pool().query("ANALYZE");
}

/** A DONE action (done in July 2026) on `teamId`, linked to one irritant pair and one item pair. */
async function doneAction(organisationId: string, teamId: string, title: string): Promise<string> {
  const { rows } = await pool().query<{ id: string }>(
    `WITH a AS (INSERT INTO "Action" (id, "organisationId", "teamId", title, status, "doneAt", "spentCents", "updatedAt")
       VALUES (gen_random_uuid(), $1, $2, $3, 'DONE', '2026-07-15T10:00:00Z', 1500000, now()) RETURNING id),
     t AS (INSERT INTO "ActionTeam" ("organisationId", "actionId", "teamId") SELECT $1, a.id, $2 FROM a),
     i AS (INSERT INTO "ActionIrritant" ("organisationId", "actionId", "irritantId")
       SELECT $1, a.id, x.id FROM a, (SELECT id FROM "Irritant" WHERE "organisationId" = $1 AND side = 'CUSTOMER' AND "mirrorId" IS NOT NULL ORDER BY position LIMIT 1) x
       UNION ALL SELECT $1, a.id, x."mirrorId" FROM a, (SELECT "mirrorId" FROM "Irritant" WHERE "organisationId" = $1 AND side = 'CUSTOMER' AND "mirrorId" IS NOT NULL ORDER BY position LIMIT 1) x),
     m AS (INSERT INTO "ActionItem" ("organisationId", "actionId", "itemId") SELECT $1, a.id, (SELECT id FROM "MirroredItem" WHERE "organisationId" = $1 ORDER BY position LIMIT 1) FROM a)
     SELECT id::text FROM a`,
    [organisationId, teamId, title],
  );
  return rows[0]!.id;
}

async function timings(run: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 5; i++) await run();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    ms.push(performance.now() - started);
  }
  ms.sort((x, y) => x - y);
  return { p50: ms[Math.floor(ms.length * 0.5)]!, p95: ms[Math.min(ms.length - 1, Math.floor(ms.length * 0.95))]! };
}

async function main() {
  const env = await startBenchDatabase();
  process.env.DATABASE_URL = env.database.url;
  try {
    const created = await createOrganisation({
      name: "Bench impact",
      slug: "bench-impact",
      adminEmail: "admin@impact.bench.test",
      adminName: "Admin",
    });
    if (!created.ok) throw new Error("cannot create the organisation");
    const organisationId = created.organisationId;
    console.log(`▸ seeding ${TEAMS} teams and ${MONTHS} months of rollups…`);
    const seeded = performance.now();
    await seed(organisationId);
    console.log(`  seeded in ${((performance.now() - seeded) / 1000).toFixed(1)} s`);
    const { rows: users } = await pool().query<{ id: string }>(`SELECT id::text FROM "User" WHERE email = 'admin@impact.bench.test'`);
    const admin = (await findActor(users[0]!.id)) as Actor;
    const { rows: direction } = await pool().query<{ id: string; leaves: number }>(
      `SELECT d.id::text, (SELECT count(*)::int FROM "Team" t WHERE t.path LIKE d.path || '%' AND t.depth = 2) AS leaves
         FROM "Team" d WHERE d."organisationId" = $1 AND d.depth = 0 ORDER BY d.id LIMIT 1`,
      [organisationId],
    );
    const { rows: leaf } = await pool().query<{ id: string }>(
      `SELECT id::text FROM "Team" WHERE "organisationId" = $1 AND depth = 2 ORDER BY id DESC LIMIT 1`,
      [organisationId],
    );
    const onDirection = await doneAction(organisationId, direction[0]!.id, "On a direction");
    const onTeam = await doneAction(organisationId, leaf[0]!.id, "On one team");
    const now = new Date("2026-12-02T10:00:00Z");
    const check = await getActionBeforeAfter(admin, onDirection, now);
    if (check.state !== "ready") throw new Error(`the direction's panel is ${check.state}`);
    console.log(
      `  direction: ${direction[0]!.leaves} teams treated, ${check.comparisonTeams} comparable; ${check.outcomes.length} measures`,
    );
    const big = await timings(() => getActionBeforeAfter(admin, onDirection, now));
    const small = await timings(() => getActionBeforeAfter(admin, onTeam, now));
    console.log(`\nbefore/after of a done action, ${RUNS} runs each after 5 warm-ups`);
    console.log("| action | p50 ms | p95 ms | target |\n|---|---:|---:|---|");
    console.log(
      `| on a direction (${direction[0]!.leaves} teams) | ${big.p50.toFixed(1)} | ${big.p95.toFixed(1)} | p50 < 200 ms: ${big.p50 < 200 ? "met" : "NOT met"} |`,
    );
    console.log(`| on one team | ${small.p50.toFixed(1)} | ${small.p95.toFixed(1)} | |`);
    console.log(`direction / one team (p50) = ${(big.p50 / small.p50).toFixed(2)}`);
  } finally {
    await pool()
      .end()
      .catch(() => undefined);
    await env.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
