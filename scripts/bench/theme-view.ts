// `npm run bench:theme-view [-- --customers N --employees N]`: the mirrored theme view (issue 15
// "Speed": the whole organisation's themes view p50 < 300 ms with 1 000 000 customer and 200 000
// employee comments) on a throwaway embedded PostgreSQL. The scale organisation of bench:dashboard
// (2 000 teams, 1 600 leaves, 12 ended months) with every answer commented and linked to one theme
// of its side, a third of them to a second one. The links are assigned in SQL rather than matched
// (matching speed is bench:themes): the view reads the theme rollups, whatever filled the links.
// Measured side by side in one run: the rollup refresh after the bulk load, the view of the whole
// organisation, of a direction and of a leaf team, and with a channel filter (read from the answers
// themselves, the rollup having no channel), next to the dashboard's own read.
import pg from "pg";
import type { Actor } from "@/lib/auth/actor-types";
import { pool } from "@/lib/db/client";
import { getSymmetry } from "@/lib/db/dashboard/get-symmetry";
import { markAllRollupsDirty, refreshRollups } from "@/lib/db/rollup/refresh";
import { getThemeView } from "@/lib/db/themes/get-theme-view";
import { findActor } from "@/lib/db/users/find-actor";
import { benchScale, seedScaleOrganisation } from "./dashboard-seed";
import { startBenchDatabase } from "./harness";

const RUNS = Number(process.env.BENCH_RUNS ?? 20);

async function timings(run: () => unknown): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 3; i++) await run();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    ms.push(performance.now() - started);
  }
  ms.sort((x, y) => x - y);
  return { p50: ms[Math.floor(ms.length * 0.5)]!, p95: ms[Math.min(ms.length - 1, Math.floor(ms.length * 0.95))]! };
}

/**
 * One theme of the side per answer (by a hash of its id), a second for a third of them, and a
 * placeholder comment; on a bulk-load connection (no statement timeout, no triggers or foreign-key
 * checks: session_replication_role = replica), as a restore would load them.
 */
async function linkThemes(client: pg.Client, organisationId: string, side: "Customer" | "Employee"): Promise<number> {
  const { rowCount } = await client.query(
    `WITH themes AS (
       SELECT id, (row_number() OVER (ORDER BY key) - 1)::int AS k, count(*) OVER ()::int AS n
       FROM "Theme" WHERE "organisationId" = $1 AND side = $2::"Side")
     INSERT INTO "${side}ResponseTheme" ("responseId", "themeId", "organisationId")
     SELECT r.id, t.id, r."organisationId"
     FROM "${side}Response" r
     CROSS JOIN LATERAL (VALUES (abs(hashtext(r.id::text))), (abs(hashtext(r.id::text || 'b')))) AS h(v)
     JOIN themes t ON t.k = h.v % t.n
     WHERE r."organisationId" = $1 AND (h.v = abs(hashtext(r.id::text)) OR h.v % 3 = 0)
     ON CONFLICT DO NOTHING`,
    [organisationId, side === "Customer" ? "CUSTOMER" : "EMPLOYEE"],
  );
  await client.query(`UPDATE "${side}Response" SET comment = 'commentaire ' || id WHERE "organisationId" = $1`, [organisationId]);
  return rowCount ?? 0;
}

async function main() {
  const argv = process.argv.slice(2);
  const scale = benchScale(argv.length ? argv : ["--customers", "1000000", "--employees", "200000"]);
  const env = await startBenchDatabase();
  process.env.DATABASE_URL = env.database.url;
  try {
    console.log(`▸ seeding 2 000 teams, ${scale.customers} customer and ${scale.employees} employee answers…`);
    const { organisationId, hrUserId, seedMs } = await seedScaleOrganisation(env.database.url, scale);
    console.log(`  seeded in ${(seedMs / 1000).toFixed(1)} s`);
    const client = new pg.Client({ connectionString: env.database.url });
    await client.connect();
    await client.query("SET session_replication_role = replica");
    const linked = [await linkThemes(client, organisationId, "Customer"), await linkThemes(client, organisationId, "Employee")];
    await client.end();
    console.log(`  ${linked[0]} customer and ${linked[1]} employee theme links`);
    await markAllRollupsDirty(organisationId);
    const refreshStarted = performance.now();
    await refreshRollups(organisationId);
    const refreshMs = performance.now() - refreshStarted;
    await pool().query("ANALYZE");
    const hr = (await findActor(hrUserId)) as Actor;
    const { rows: teams } = await pool().query<{ direction: string; leaf: string }>(
      `SELECT (SELECT id::text FROM "Team" WHERE "organisationId" = $1 AND depth = 0 ORDER BY id LIMIT 1) AS direction,
              (SELECT id::text FROM "Team" WHERE "organisationId" = $1 AND depth = 3 ORDER BY id LIMIT 1) AS leaf`,
      [organisationId],
    );
    const { direction, leaf } = teams[0]!;
    const check = await getThemeView(hr);
    const counts = check.rows.map((row) => [row.customer?.count ?? 0, row.employee?.count ?? 0]);
    console.log(
      `  whole organisation: ${check.rows.length} rows, ${counts.reduce((s, [c]) => s + c!, 0)} customer and ${counts.reduce((s, [, e]) => s + e!, 0)} employee theme mentions over ${check.months.length} months`,
    );
    const dashboard = await timings(() => getSymmetry(hr));
    const whole = await timings(() => getThemeView(hr));
    const directionView = await timings(() => getThemeView(hr, { teamId: direction }));
    const leafView = await timings(() => getThemeView(hr, { teamId: leaf }));
    const channel = await timings(() => getThemeView(hr, { channel: "PHONE" }));
    console.log(`\nRollup refresh after the bulk load (every table, 12 months): ${(refreshMs / 1000).toFixed(1)} s`);
    console.log(`Theme view, ${RUNS} runs each after 3 warm-ups`);
    console.log("| read | p50 ms | p95 ms | target |\n|---|---:|---:|---|");
    const line = (label: string, t: { p50: number; p95: number }, target = "") =>
      console.log(`| ${label} | ${t.p50.toFixed(1)} | ${t.p95.toFixed(1)} | ${target} |`);
    line("dashboard read (getSymmetry), for scale", dashboard);
    line(
      "themes, whole organisation",
      whole,
      `p50 < 300 ms: ${whole.p50 < 300 ? "met" : "NOT met"} (${(whole.p50 / 300).toFixed(2)} of it)`,
    );
    line("themes, one direction", directionView);
    line("themes, one leaf team", leafView);
    line("themes, whole organisation, channel filter (from the answers)", channel);
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
