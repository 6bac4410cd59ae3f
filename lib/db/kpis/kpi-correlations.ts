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
import { laggedCorrelation, type LagCorrelation, type MonthlyTeamScore } from "@/lib/stats/lag";
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

/** Rows of (x, y) by team and month for laggedCorrelation, which pairs `enps` at t with `nps` at t + lag. */
function pairsOf(xs: ReadonlyMap<string, number>, ys: ReadonlyMap<string, number>): MonthlyTeamScore[] {
  const keys = new Set([...xs.keys(), ...ys.keys()]);
  return [...keys].map((key) => {
    const [teamId, period] = key.split("|") as [string, string];
    return { teamId, period, enps: xs.get(key) ?? null, nps: ys.get(key) ?? null };
  });
}

const cell = (teamId: string, period: string) => `${teamId}|${period}`;

export async function getKpiCorrelations(principal: Principal, input: unknown = {}): Promise<KpiCorrelationsDto> {
  if (!can(principal, "kpis:read")) throw new ForbiddenError();
  const view = await loadSymmetryView(principal, input);
  const refused = viewRefusal(view);
  if (refused) return refused;
  const series = leafSeries(view);
  const leaves = [...new Set(series.map((row) => row.teamId))];
  const months = [...new Set(series.map((row) => row.period))].sort();
  const enps = new Map<string, number>();
  const nps = new Map<string, number>();
  for (const row of series) {
    if (row.enps !== null) enps.set(cell(row.teamId, row.period), row.enps);
    if (row.nps !== null) nps.set(cell(row.teamId, row.period), row.nps);
  }
  const definitions = await db().kpiDefinition.findMany({
    where: { organisationId: principal.organisationId, active: true },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: kpiDefinitionSelect,
  });
  // Straight through pg, one row per KPI with its cells as arrays: tens of thousands of values
  // decoded as three arrays, not as row objects (bench:kpis). Leaf teams are kept in Node.
  const leafSet = new Set(leaves);
  const values =
    months.length === 0
      ? []
      : (
          await pool().query<{ kpiId: string; teams: string[]; periods: string[]; values: number[] }>(
            `SELECT "kpiId"::text AS "kpiId", array_agg("teamId"::text) AS teams, array_agg(to_char(period, 'YYYY-MM')) AS periods,
                    array_agg(value) AS values
               FROM "OperationalKpi"
              WHERE "organisationId" = $1::uuid AND period BETWEEN $2::date AND ($3::date + interval '3 months')
              GROUP BY "kpiId"`,
            [principal.organisationId, `${months[0]}-01`, `${months.at(-1)}-01`],
          )
        ).rows;
  const byKpi = new Map<string, Map<string, number>>();
  for (const row of values) {
    const kpi = new Map<string, number>();
    row.teams.forEach((teamId, i) => {
      if (leafSet.has(teamId)) kpi.set(cell(teamId, row.periods[i]!), row.values[i]!);
    });
    byKpi.set(row.kpiId, kpi);
  }
  return {
    status: "ok",
    leafTeams: leaves.length,
    kpis: definitions.map((definition) => {
      const kpi = byKpi.get(definition.id) ?? new Map<string, number>();
      return {
        definition: toKpiDefinitionDto(definition),
        values: kpi.size,
        withEnps: laggedCorrelation(pairsOf(enps, kpi)),
        withNps: laggedCorrelation(pairsOf(kpi, nps)),
      };
    }),
  };
}
