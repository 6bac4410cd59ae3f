// `npm run bench:kpis`: the overview's KPI correlations (issue 15 §1, "Speed": 2 000 teams × 12
// months, p50 < 200 ms) on a throwaway embedded PostgreSQL. The scale organisation of
// bench:dashboard (2 000 teams in 4 levels, 1 600 leaves; 200 k customer and 100 k employee answers
// over 12 ended months by default, `--customers N --employees N` to change) gets the four built-in
// KPIs for every leaf team and month (76 800 values). Measured side by side in one run: the
// dashboard's own read (getSymmetry), the KPI correlations (getKpiCorrelations: the same read, the
// KPI values, eight lagged correlations per KPI) with its statistics remembered (lib/kpis/lag-memo.ts:
// nothing changed between reads) and cold, and the statistics alone on the same series.
import type { Actor } from "@/lib/auth/actor-types";
import { pool } from "@/lib/db/client";
import { getSymmetry, loadSymmetryView } from "@/lib/db/dashboard/get-symmetry";
import { getKpiCorrelations } from "@/lib/db/kpis/kpi-correlations";
import { forgetLaggedCorrelations } from "@/lib/kpis/lag-memo";
import { markAllRollupsDirty, refreshRollups } from "@/lib/db/rollup/refresh";
import { findActor } from "@/lib/db/users/find-actor";
import { laggedCorrelation, laggedCorrelationOnGrid, type MonthGrid, type MonthlyTeamScore } from "@/lib/stats/lag";
import { leafSeries } from "@/lib/symmetry/build-symmetry";
import { benchScale, seedScaleOrganisation } from "./dashboard-seed";
import { startBenchDatabase } from "./harness";

const RUNS = Number(process.env.BENCH_RUNS ?? 30);

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

/** The eNPS × NPS grid of a series: teams in id order, every month from the first to the last. */
function gridOfSeries(series: MonthlyTeamScore[]): MonthGrid {
  const teams = [...new Set(series.map((row) => row.teamId))].sort();
  const months = [...new Set(series.map((row) => row.period))].sort();
  const x = new Float64Array(teams.length * months.length).fill(Number.NaN);
  const y = new Float64Array(teams.length * months.length).fill(Number.NaN);
  const teamAt = new Map(teams.map((id, i) => [id, i]));
  const monthAt = new Map(months.map((month, i) => [month, i]));
  for (const row of series) {
    const at = teamAt.get(row.teamId)! * months.length + monthAt.get(row.period)!;
    x[at] = row.enps ?? Number.NaN;
    y[at] = row.nps ?? Number.NaN;
  }
  return { teams: teams.length, months: months.length, x, y };
}

async function main() {
  const argv = process.argv.slice(2);
  const scale = benchScale(argv.length ? argv : ["--customers", "200000", "--employees", "100000"]);
  const env = await startBenchDatabase();
  process.env.DATABASE_URL = env.database.url;
  try {
    console.log(`▸ seeding 2 000 teams, ${scale.customers} customer and ${scale.employees} employee answers…`);
    const { organisationId, hrUserId, seedMs } = await seedScaleOrganisation(env.database.url, scale);
    console.log(`  seeded in ${(seedMs / 1000).toFixed(1)} s`);
    const { rowCount } = await pool().query(
      `INSERT INTO "OperationalKpi" ("organisationId", "teamId", period, "kpiId", value)
       SELECT $1, t.id, p.period, k.id, CASE k.unit WHEN 'SECONDS' THEN 200 + (abs(hashtext(t.id::text || p.period)) % 300)
                                                  ELSE (abs(hashtext(t.id::text || p.period || k.key)) % 1000) / 10.0 END
       FROM "Team" t
       CROSS JOIN (SELECT DISTINCT period FROM "EmployeeResponse" WHERE "organisationId" = $1) p
       CROSS JOIN "KpiDefinition" k
       WHERE t."organisationId" = $1 AND k."organisationId" = $1
         AND NOT EXISTS (SELECT 1 FROM "Team" c WHERE c."parentId" = t.id)`,
      [organisationId],
    );
    console.log(`  ${rowCount} KPI values`);
    await markAllRollupsDirty(organisationId);
    await refreshRollups(organisationId);
    await pool().query("ANALYZE");
    const hr = (await findActor(hrUserId)) as Actor;
    const check = await getKpiCorrelations(hr);
    if (check.status !== "ok") throw new Error("the correlations were refused");
    const absenteeism = check.kpis.find((kpi) => kpi.definition.key === "absenteeism")!;
    console.log(
      `  ${check.leafTeams} leaf teams; absenteeism: ${absenteeism.values} values, eNPS → lag 0 ${absenteeism.withEnps[0]!.pairs} pairs`,
    );
    const view = await loadSymmetryView(hr);
    const series = leafSeries(view);
    const dashboard = await timings(() => getSymmetry(hr));
    const kpis = await timings(() => getKpiCorrelations(hr));
    // Cold: the statistics computed again on every read, as the first read after the grids change.
    const cold = await timings(() => {
      forgetLaggedCorrelations();
      return getKpiCorrelations(hr);
    });
    const viewRead = await timings(() => loadSymmetryView(hr));
    const series8 = await timings(() => leafSeries(view));
    const stats = await timings(() => {
      for (let i = 0; i < 8; i++) laggedCorrelation(series);
    });
    // The same eight on team × month grids, as getKpiCorrelations runs them (each sorting its two sides).
    const grid = gridOfSeries(series);
    const onGrids = await timings(() => {
      for (let i = 0; i < 8; i++) laggedCorrelationOnGrid(grid);
    });
    console.log(`\nKPI correlations, ${RUNS} runs each after 3 warm-ups`);
    console.log("| read | p50 ms | p95 ms | target |\n|---|---:|---:|---|");
    console.log(`| dashboard read (getSymmetry) | ${dashboard.p50.toFixed(1)} | ${dashboard.p95.toFixed(1)} | |`);
    console.log(
      `| KPI correlations (getKpiCorrelations), statistics remembered | ${kpis.p50.toFixed(1)} | ${kpis.p95.toFixed(1)} | p50 < 200 ms: ${kpis.p50 < 200 ? "met" : "NOT met"} |`,
    );
    console.log(`| KPI correlations, cold (statistics computed on every read) | ${cold.p50.toFixed(1)} | ${cold.p95.toFixed(1)} | |`);
    console.log(`| of which: the view (rollups, hidden sets) | ${viewRead.p50.toFixed(1)} | ${viewRead.p95.toFixed(1)} | |`);
    console.log(`| of which: the leaf series | ${series8.p50.toFixed(1)} | ${series8.p95.toFixed(1)} | |`);
    console.log(
      `| statistics alone, from the series (8 lagged correlations × 4 lags) | ${stats.p50.toFixed(1)} | ${stats.p95.toFixed(1)} | |`,
    );
    console.log(`| statistics alone, on the grids (as getKpiCorrelations) | ${onGrids.p50.toFixed(1)} | ${onGrids.p95.toFixed(1)} | |`);
    console.log(`cold / remembered (p50) = ${(cold.p50 / kpis.p50).toFixed(2)}`);
    console.log(`KPI correlations / dashboard read (p50) = ${(kpis.p50 / dashboard.p50).toFixed(2)}`);
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
