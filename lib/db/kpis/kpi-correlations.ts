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
import { cellOrder, type CellOrder, type LagCorrelation } from "@/lib/stats/lag";
import { parseSymmetryFilters, type SymmetryFilters } from "@/lib/symmetry/symmetry-filters";
import { leafSeries, viewRefusal } from "@/lib/symmetry/build-symmetry";
import type { FilterRefusedDto } from "@/lib/symmetry/symmetry-types";
import { db, pool } from "../client";
import { loadSymmetryView } from "../dashboard/get-symmetry";
import { kpiDefinitionSelect, toKpiDefinitionDto } from "../internal/kpis/kpi-definition-row";
import type { KpiDefinitionDto } from "./kpi-definition-dto";
import { withOrganisation } from "../tenant-context";

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

/** A KPI's values of one team: 12-byte cells, the period's day number from 2000-01-01 (int4) then the value (float8), big-endian. */
interface KpiCellsRow {
  teamId: string;
  kpiId: string;
  cells: Buffer;
}

const DAY_2000 = Date.UTC(2000, 0, 1);

/** The month number of a period given as days from 2000-01-01 (a KPI's period is its month's first day). */
function monthOfDay(day: number): number {
  const date = new Date(DAY_2000 + day * 86_400_000);
  return date.getUTCFullYear() * 12 + date.getUTCMonth() + 1;
}

/**
 * Every KPI value of the organisation within the filter's months (and three after, for the lags),
 * one row per team and KPI with its cells packed in one bytea: tens of thousands of values decoded
 * from bytes, not parsed from text (bench:kpis). Leaf teams and months are chosen in Node, once the
 * view is known: this query runs beside the view's.
 */
async function kpiCells(organisationId: string, filters: SymmetryFilters): Promise<KpiCellsRow[]> {
  const from = filters.from ? `${filters.from}-01` : null;
  const to = filters.to ? `${filters.to}-01` : null;
  const { rows } = await pool().query<KpiCellsRow>(
    `SELECT k."teamId"::text AS "teamId", k."kpiId"::text AS "kpiId",
            string_agg(int4send(k.period - DATE '2000-01-01') || float8send(k.value), ''::bytea) AS cells
       FROM "OperationalKpi" k
      WHERE k."organisationId" = $1::uuid
        AND ($2::date IS NULL OR k.period >= $2::date) AND ($3::date IS NULL OR k.period <= $3::date + interval '3 months')
      GROUP BY k."teamId", k."kpiId"`,
    [organisationId, from, to],
  );
  return rows;
}

export async function getKpiCorrelations(principal: Principal, input: unknown = {}): Promise<KpiCorrelationsDto> {
  return withOrganisation(principal.organisationId, async () => {
    if (!can(principal, "kpis:read")) throw new ForbiddenError();
    const filters = parseSymmetryFilters(input);
    // The view, the definitions and the KPI cells at once: the KPI query needs only the filter's months.
    const [view, definitions, kpiRows] = await Promise.all([
      loadSymmetryView(principal, input),
      db().kpiDefinition.findMany({
        where: { organisationId: principal.organisationId, active: true },
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
        select: kpiDefinitionSelect,
      }),
      kpiCells(principal.organisationId, filters),
    ]);
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
    // Only the view's leaf teams and months: a KPI of a parent team or of another month pairs with nothing.
    const monthOf = new Map<number, number>();
    const byKpi = new Map<string, { grid: Float64Array; count: number }>();
    for (const row of kpiRows) {
      const team = cells.teamAt.get(row.teamId);
      if (team === undefined) continue;
      let kpi = byKpi.get(row.kpiId);
      if (!kpi) byKpi.set(row.kpiId, (kpi = { grid: emptyGrid(cells), count: 0 }));
      for (let at = 0; at + 12 <= row.cells.length; at += 12) {
        const day = row.cells.readInt32BE(at);
        const month = (monthOf.get(day) ?? monthOf.set(day, monthOfDay(day)).get(day)!) - cells.first;
        if (month < 0 || month >= cells.months) continue;
        const value = row.cells.readDoubleBE(at + 4);
        kpi.grid[team * cells.months + month] = value;
        if (!Number.isNaN(value)) kpi.count += 1;
      }
    }
    // Each grid sorted once, however many grids it is paired with, and only when a pair is not remembered.
    const orders = new Map<Float64Array, CellOrder>();
    const orderOf = (side: Float64Array) => orders.get(side) ?? orders.set(side, cellOrder(side)).get(side)!;
    const grid = (x: Float64Array, y: Float64Array) =>
      rememberedLaggedCorrelation({
        teams: cells.teams,
        months: cells.months,
        x,
        y,
        get xOrder() {
          return orderOf(x);
        },
        get yOrder() {
          return orderOf(y);
        },
      });
    return {
      status: "ok",
      leafTeams: leaves.length,
      kpis: definitions.map((definition) => {
        const kpi = byKpi.get(definition.id) ?? { grid: emptyGrid(cells), count: 0 };
        return {
          definition: toKpiDefinitionDto(definition),
          values: kpi.count,
          withEnps: grid(enps, kpi.grid),
          withNps: grid(kpi.grid, nps),
        };
      }),
    };
  });
}
