// getKpiCorrelations (issue 15 §1): does a team's eNPS go with its operational KPIs, and do its
// KPIs go with its customers' NPS? Across the leaf teams of the principal's view, month by month,
// with lags 0 to 3: eNPS in month t against the KPI in month t + k (absenteeism after a bad
// climate), the KPI in month t against the NPS in month t + k (first-contact resolution before
// satisfied customers). The eNPS and NPS series are the dashboard's own (lib/symmetry leafSeries:
// a month counts only with k answers or more and when not hidden), so a KPI never uncovers an
// employee figure the dashboard hides. Statistics: lib/stats/lag.ts (pooled pairs, Pearson with a
// Fisher interval and a p-value, Spearman; descriptive, docs/statistics.md).
import type { Principal } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ForbiddenError } from "@/lib/errors";
import { rememberedLaggedCorrelation } from "@/lib/kpis/lag-memo";
import type { LagCorrelation } from "@/lib/stats/lag";
import { leafSeries, viewRefusal } from "@/lib/symmetry/build-symmetry";
import type { FilterRefusedDto } from "@/lib/symmetry/symmetry-types";
import { db, pool } from "../client";
import { loadSymmetryView } from "../dashboard/get-symmetry";
import { kpiDefinitionSelect, toKpiDefinitionDto } from "../internal/kpis/kpi-definition-row";
import type { KpiDefinitionDto } from "./kpi-definition-dto";

export interface KpiCorrelationDto {
  definition: KpiDefinitionDto;
  /** Team-months with a value of this KPI in the view. */
  values: number;
  /** eNPS_t against KPI_{t+lag}. */
  withEnps: LagCorrelation[];
  /** KPI_t against NPS_{t+lag}. */
  withNps: LagCorrelation[];
}

export type KpiCorrelationsDto = { status: "ok"; leafTeams: number; kpis: KpiCorrelationDto[] } | FilterRefusedDto;

/** "YYYY-MM" → a month count where consecutive calendar months differ by 1. */
const monthNumber = (period: string) => Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7));

/** Leaf teams (in id order, `teamAt`) × calendar months from the view's first month (`first`) to 3 after its last. */
interface Cells {
  teams: number;
  months: number;
  first: number;
  teamAt: Map<string, number>;
}

function emptyGrid({ teams, months }: Cells): Float64Array {
  return new Float64Array(teams * months).fill(Number.NaN);
}

function put(cells: Cells, grid: Float64Array, teamId: string, period: string, value: number): void {
  const team = cells.teamAt.get(teamId);
  const month = monthNumber(period) - cells.first;
  if (team === undefined || month < 0 || month >= cells.months) return;
  grid[team * cells.months + month] = value;
}

export async function getKpiCorrelations(principal: Principal, input: unknown = {}): Promise<KpiCorrelationsDto> {
  if (!can(principal, "kpis:read")) throw new ForbiddenError();
  const view = await loadSymmetryView(principal, input);
  const refused = viewRefusal(view);
  if (refused) return refused;
  const series = leafSeries(view);
  const leaves = [...new Set(series.map((row) => row.teamId))].sort();
  const months = [...new Set(series.map((row) => row.period))].sort();
  // Dense grids (NaN where missing), paired by laggedCorrelationOnGrid: one eNPS and one NPS grid for every KPI's.
  const cells: Cells = {
    teams: leaves.length,
    months: months.length === 0 ? 0 : monthNumber(months.at(-1)!) + 3 - monthNumber(months[0]!) + 1,
    first: months.length === 0 ? 0 : monthNumber(months[0]!),
    teamAt: new Map(leaves.map((teamId, i) => [teamId, i])),
  };
  const enps = emptyGrid(cells);
  const nps = emptyGrid(cells);
  for (const row of series) {
    if (row.enps !== null) put(cells, enps, row.teamId, row.period, row.enps);
    if (row.nps !== null) put(cells, nps, row.teamId, row.period, row.nps);
  }
  const definitions = await db().kpiDefinition.findMany({
    where: { organisationId: principal.organisationId, active: true },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: kpiDefinitionSelect,
  });
  // Straight through pg, one row per KPI with its cells as arrays: tens of thousands of values
  // decoded as three arrays, not as row objects (bench:kpis). Leaf teams are kept in Node.
  // Straight through pg, one row per KPI with its cells as three number arrays (team position in
  // `leaves`, month number, value): tens of thousands of values decoded without a string per cell.
  const values =
    months.length === 0
      ? []
      : (
          await pool().query<{ kpiId: string; teams: number[]; months: number[]; values: number[] }>(
            `SELECT k."kpiId"::text AS "kpiId", array_agg(l.i::int - 1) AS teams,
                    array_agg((extract(year FROM k.period) * 12 + extract(month FROM k.period))::int) AS months, array_agg(k.value) AS values
               FROM "OperationalKpi" k JOIN unnest($4::uuid[]) WITH ORDINALITY AS l(id, i) ON l.id = k."teamId"
              WHERE k."organisationId" = $1::uuid AND k.period BETWEEN $2::date AND ($3::date + interval '3 months')
              GROUP BY k."kpiId"`,
            [principal.organisationId, `${months[0]}-01`, `${months.at(-1)}-01`, leaves],
          )
        ).rows;
  const byKpi = new Map<string, { grid: Float64Array; count: number }>();
  for (const row of values) {
    const grid = emptyGrid(cells);
    row.teams.forEach((team, i) => {
      const month = row.months[i]! - cells.first;
      if (month >= 0 && month < cells.months) grid[team * cells.months + month] = row.values[i]!;
    });
    byKpi.set(row.kpiId, { grid, count: grid.reduce((n, value) => (Number.isNaN(value) ? n : n + 1), 0) });
  }
  const on = (x: Float64Array, y: Float64Array) => rememberedLaggedCorrelation({ teams: cells.teams, months: cells.months, x, y });
  return {
    status: "ok",
    leafTeams: leaves.length,
    kpis: definitions.map((definition) => {
      const kpi = byKpi.get(definition.id) ?? { grid: emptyGrid(cells), count: 0 };
      return {
        definition: toKpiDefinitionDto(definition),
        values: kpi.count,
        withEnps: on(enps, kpi.grid),
        withNps: on(kpi.grid, nps),
      };
    }),
  };
}
