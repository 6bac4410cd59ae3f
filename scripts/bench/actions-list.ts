// `npm run bench:actions-list`: the actions list (issue 14 §1, "Speed") on an organisation of
// 20 000 actions (`BENCH_ACTIONS`) spread over 2 000 teams (20 directions, 180 services) and 500
// owners, on a throwaway embedded PostgreSQL. Times listActions — the data-layer call the page
// and GET /api/v1/actions make — for an ADMIN's first page, a filtered page (statuses + overdue),
// a direction's subtree, a MANAGER's scope (one direction), and the tenth page through cursors.
// Target: p50 < 100 ms for the first page and the filtered page.
import type { Actor } from "@/lib/auth/actor-types";
import { listActions } from "@/lib/db/actions/list-actions";
import { pool } from "@/lib/db/client";
import { createOrganisation } from "@/lib/db/organisations/create-organisation";
import { findActor } from "@/lib/db/users/find-actor";
import { startBenchDatabase } from "./harness";
import { seedTeamTree } from "./team-tree";

const ACTIONS = Number(process.env.BENCH_ACTIONS ?? 20_000);
const TEAMS = 2000;
const OWNERS = 500;
const RUNS = Number(process.env.BENCH_RUNS ?? 60);

/** The tree (20 directions ⊃ 180 services ⊃ teams), 500 owners, the actions and their concerned teams, in SQL. */
async function seed(organisationId: string): Promise<void> {
  const q = (sql: string) => pool().query(sql, [organisationId]);
  await seedTeamTree(organisationId, TEAMS);
  await q(`WITH u AS (INSERT INTO "User" (id, email, name)
      SELECT gen_random_uuid(), 'owner' || n || '@actions.bench.test', 'Owner ' || n FROM generate_series(1, ${OWNERS}) n RETURNING id),
    t AS (SELECT id, row_number() OVER (ORDER BY id) AS k FROM "Team" WHERE "organisationId" = $1 AND depth = 2)
    INSERT INTO "Membership" (id, "organisationId", "userId", role, "teamId")
    SELECT gen_random_uuid(), $1, u.id, 'EMPLOYEE', t.id FROM (SELECT id, row_number() OVER (ORDER BY id) AS k FROM u) u JOIN t ON t.k = u.k`);
  // Statuses cycle; DONE and MEASURED carry a doneAt (Action_done_check); due dates around today.
  await q(`WITH teams AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM "Team" WHERE "organisationId" = $1 AND depth = 2),
    owners AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM "Membership" WHERE "organisationId" = $1 AND role = 'EMPLOYEE'),
    src AS (SELECT n, (ARRAY['PROPOSED','PLANNED','IN_PROGRESS','DONE','MEASURED','DROPPED'])[1 + n % 6]::"ActionStatus" AS status
            FROM generate_series(0, ${ACTIONS - 1}) n)
    INSERT INTO "Action" (id, "organisationId", "teamId", "ownerId", title, status, "doneAt", "dueDate", "budgetCents", "createdAt", "updatedAt")
    SELECT gen_random_uuid(), $1, t.id, o.id, 'Action ' || src.n, src.status,
           CASE WHEN src.status IN ('DONE', 'MEASURED') THEN now() END,
           current_date + ((src.n % 120) - 60), (src.n % 50) * 10000,
           now() - make_interval(mins => src.n * 50), now()
    FROM src JOIN teams t ON t.k = src.n % ${TEAMS - 200} JOIN owners o ON o.k = src.n % ${OWNERS}`);
  await q(
    `INSERT INTO "ActionTeam" ("organisationId", "actionId", "teamId") SELECT $1, id, "teamId" FROM "Action" WHERE "organisationId" = $1`,
  );
  await q(`WITH teams AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM "Team" WHERE "organisationId" = $1 AND depth = 2)
    INSERT INTO "ActionTeam" ("organisationId", "actionId", "teamId")
    SELECT $1, a.id, t.id FROM (SELECT id, "teamId", row_number() OVER (ORDER BY id) AS n FROM "Action" WHERE "organisationId" = $1) a
    JOIN teams t ON t.k = (a.n * 7) % ${TEAMS - 200} WHERE a.n % 3 = 0 ON CONFLICT DO NOTHING`);
  await pool().query("ANALYZE");
}

async function timings(run: () => Promise<unknown>): Promise<{ p50: number; p95: number; rows: number }> {
  for (let i = 0; i < 5; i++) await run();
  const ms: number[] = [];
  let rows = 0;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const result = (await run()) as { rows: unknown[] };
    ms.push(performance.now() - started);
    rows = result.rows.length;
  }
  ms.sort((x, y) => x - y);
  return { p50: ms[Math.floor(ms.length * 0.5)]!, p95: ms[Math.min(ms.length - 1, Math.floor(ms.length * 0.95))]!, rows };
}

async function actorOf(email: string): Promise<Actor> {
  const { rows } = await pool().query<{ id: string }>(`SELECT id::text FROM "User" WHERE email = $1`, [email]);
  return (await findActor(rows[0]!.id))!;
}

async function main() {
  const env = await startBenchDatabase();
  process.env.DATABASE_URL = env.database.url;
  try {
    const created = await createOrganisation({
      name: "Bench actions",
      slug: "bench-actions",
      adminEmail: "admin@actions.bench.test",
      adminName: "Admin",
    });
    if (!created.ok) throw new Error("cannot create the organisation");
    const organisationId = created.organisationId;
    console.log(`▸ seeding ${ACTIONS} actions over ${TEAMS} teams and ${OWNERS} owners…`);
    await seed(organisationId);
    const admin = await actorOf("admin@actions.bench.test");
    const { rows: directions } = await pool().query<{ id: string }>(
      `SELECT id::text FROM "Team" WHERE "organisationId" = $1 AND depth = 0 ORDER BY id LIMIT 1`,
      [organisationId],
    );
    const direction = directions[0]!.id;
    await pool().query(
      `WITH u AS (INSERT INTO "User" (id, email, name) VALUES (gen_random_uuid(), 'manager@actions.bench.test', 'Manager') RETURNING id)
       INSERT INTO "Membership" (id, "organisationId", "userId", role, "teamId") SELECT gen_random_uuid(), $1, u.id, 'MANAGER', $2 FROM u`,
      [organisationId, direction],
    );
    const manager = await actorOf("manager@actions.bench.test");
    const { rows: owners } = await pool().query<{ id: string }>(
      `SELECT "ownerId"::text AS id FROM "Action" WHERE "organisationId" = $1 LIMIT 1`,
      [organisationId],
    );
    let tenth: string | null = null;
    {
      let cursor: string | undefined;
      for (let page = 0; page < 9; page++) cursor = (await listActions(admin, { cursor })).nextCursor ?? undefined;
      tenth = cursor ?? null;
    }
    const cases: Array<[string, () => Promise<unknown>, number | null]> = [
      ["ADMIN, first page (50)", () => listActions(admin), 100],
      [
        "ADMIN, filtered: status PLANNED,IN_PROGRESS + overdue",
        () => listActions(admin, { status: "PLANNED,IN_PROGRESS", overdue: true }),
        100,
      ],
      ["ADMIN, a direction's subtree (owning or concerned)", () => listActions(admin, { teamId: direction }), null],
      ["ADMIN, one owner", () => listActions(admin, { ownerId: owners[0]!.id }), null],
      ["MANAGER of a direction, first page", () => listActions(manager), null],
      ["ADMIN, tenth page (cursor)", () => listActions(admin, { cursor: tenth ?? undefined }), null],
    ];
    console.log(`\nactions list, ${ACTIONS} actions, ${RUNS} runs each after 5 warm-ups`);
    console.log("| query | rows | p50 ms | p95 ms | target |\n|---|---:|---:|---:|---|");
    for (const [label, run, target] of cases) {
      const { p50, p95, rows } = await timings(run);
      const verdict = target === null ? "" : `p50 < ${target} ms: ${p50 < target ? "met" : "NOT met"}`;
      console.log(`| ${label} | ${rows} | ${p50.toFixed(1)} | ${p95.toFixed(1)} | ${verdict} |`);
    }
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
