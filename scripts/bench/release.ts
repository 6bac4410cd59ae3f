// `npm run bench:release`: the monthly release of employee answers (issue 11 §7) at scale —
// 2 000 teams × 10 people, 8 answers per team (16 000 ballots with 2 items and 1 irritant each,
// their participation and respondent rows) — timed against a floor measured in the same run:
// a plain INSERT … SELECT of the same rows into a scratch table. Target: ≤ 10 s.
import crypto from "node:crypto";
import pg from "pg";
import { createDb, pool } from "@/lib/db/client";
import { createDefaultCatalogues } from "@/lib/db/internal/organisations/create-catalogues";
import { releaseEndedMonths } from "@/lib/db/rollup/release-employee-months";
import { startBenchDatabase } from "./harness";

const TEAMS = Number(process.env.BENCH_TEAMS ?? 2000);
const PEOPLE_PER_TEAM = 10;
const ANSWERS_PER_TEAM = 8;
const PERIOD = "2026-10-01";

async function seed(client: pg.Client, url: string): Promise<string> {
  const org = crypto.randomUUID();
  await client.query(`INSERT INTO "Organisation" (id, slug, name) VALUES ($1, 'bench-release', 'Release SA')`, [org]);
  const { db, pool: seedPool } = createDb(url);
  const catalogue = await createDefaultCatalogues(db, org);
  await db.$disconnect();
  await seedPool.end();
  const [itemA, itemB] = Object.values(catalogue.items);
  const irritant = Object.values(catalogue.employeeIrritants)[0];
  const team = (j: string) => `md5($1::text || '-team-' || ${j})::uuid`;
  const person = (g: string) => `md5($1::text || '-person-' || ${g})::uuid`;
  await client.query(
    `INSERT INTO "Team" (id, "organisationId", name, kind, "externalId", path, depth)
     SELECT ${team("j")}, $1::uuid, 'Team ' || j, 'TEAM', 'T-' || j, '/' || ${team("j")} || '/', 0 FROM generate_series(0, ${TEAMS - 1}) j`,
    [org],
  );
  await client.query(
    `INSERT INTO "User" (id, email, name) SELECT ${person("g")}, 'p' || g || '@release.test', 'P ' || g FROM generate_series(0, ${TEAMS * PEOPLE_PER_TEAM - 1}) g`,
    [org],
  );
  await client.query(
    `INSERT INTO "Membership" (id, "organisationId", "userId", role, "teamId")
     SELECT ${person("g")}, $1::uuid, ${person("g")}, 'EMPLOYEE', ${team(`(g / ${PEOPLE_PER_TEAM})`)} FROM generate_series(0, ${TEAMS * PEOPLE_PER_TEAM - 1}) g`,
    [org],
  );
  const pulse = crypto.randomUUID();
  await client.query(
    `INSERT INTO "Pulse" (id, "organisationId", "seriesId", name, "opensAt", "closesAt", cadence, "launchedAt")
     VALUES ($2::uuid, $1::uuid, gen_random_uuid(), 'Octobre', '2026-10-05T08:00:00Z', '2026-10-20T08:00:00Z', 'ONE_OFF', '2026-10-05T08:00:00Z')`,
    [org, pulse],
  );
  const answered = `(g % ${PEOPLE_PER_TEAM}) < ${ANSWERS_PER_TEAM}`;
  await client.query(
    `INSERT INTO "PulseParticipation" ("organisationId", "pulseId", "membershipId", answered)
     SELECT $1::uuid, $2::uuid, ${person("g")}, ${answered} FROM generate_series(0, ${TEAMS * PEOPLE_PER_TEAM - 1}) g`,
    [org, pulse],
  );
  await client.query(
    `INSERT INTO "EmployeeRespondent" ("organisationId", period, "teamId", "personId")
     SELECT $1::uuid, '${PERIOD}', ${team(`(g / ${PEOPLE_PER_TEAM})`)}, ${person("g")} FROM generate_series(0, ${TEAMS * PEOPLE_PER_TEAM - 1}) g WHERE ${answered}`,
    [org],
  );
  await client.query(
    `INSERT INTO "EmployeeBallot" (id, "organisationId", "pulseId", "teamId", period, score, comment, items, "irritantIds")
     SELECT gen_random_uuid(), $1::uuid, $2::uuid, ${team(`(g / ${PEOPLE_PER_TEAM})`)}, '${PERIOD}', (g % 11)::smallint,
            CASE WHEN g % 3 = 0 THEN 'Commentaire ' || g END,
            jsonb_build_object($3::text, 1 + g % 5, $4::text, 1 + (g / 7) % 5), ARRAY[$5::uuid]
     FROM generate_series(0, ${TEAMS * PEOPLE_PER_TEAM - 1}) g WHERE ${answered}`,
    [org, pulse, itemA, itemB, irritant],
  );
  await client.query("ANALYZE");
  return org;
}

async function main() {
  const env = await startBenchDatabase();
  const client = new pg.Client({ connectionString: env.database.url });
  try {
    process.env.DATABASE_URL = env.database.url;
    await client.connect();
    console.log(`▸ seeding ${TEAMS} teams, ${TEAMS * PEOPLE_PER_TEAM} people, ${TEAMS * ANSWERS_PER_TEAM} ballots…`);
    const organisationId = await seed(client, env.database.url);
    // Floor: the same rows copied once, no shuffle, no rewrite, no vacuum.
    await client.query(`CREATE TABLE bench_floor (LIKE "EmployeeBallot")`);
    let started = performance.now();
    await client.query(`INSERT INTO bench_floor SELECT * FROM "EmployeeBallot"`);
    const floorMs = performance.now() - started;
    started = performance.now();
    const { released } = await releaseEndedMonths(organisationId, new Date("2026-11-01T12:00:00Z"));
    const releaseMs = performance.now() - started;
    const moved = released.reduce((sum, month) => sum + month.answers, 0);
    const { rows } = await client.query<{ responses: number; items: number; ballots: number }>(
      `SELECT (SELECT count(*)::int FROM "EmployeeResponse") AS responses, (SELECT count(*)::int FROM "EmployeeItemAnswer") AS items,
              (SELECT count(*)::int FROM "EmployeeBallot") AS ballots`,
    );
    console.log(
      `\nrelease of one month, ${TEAMS} teams (${moved} answers moved; now ${rows[0]!.responses} answers, ${rows[0]!.items} item answers, ${rows[0]!.ballots} ballots left)`,
    );
    console.log(`| step | ms | × floor |\n|---|---:|---:|`);
    console.log(`| floor: INSERT … SELECT of the ballots | ${floorMs.toFixed(0)} | 1.0 |`);
    console.log(`| releaseEndedMonths (move, rewrite, vacuum) | ${releaseMs.toFixed(0)} | ${(releaseMs / floorMs).toFixed(1)} |`);
    console.log(`target ≤ 10 000 ms: ${releaseMs <= 10_000 ? "met" : "NOT met"} (${(releaseMs / 1000).toFixed(2)} s)`);
  } finally {
    await client.end().catch(() => undefined);
    await pool()
      .end()
      .catch(() => undefined);
    await env.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
