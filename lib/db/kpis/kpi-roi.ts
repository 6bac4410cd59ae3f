// getKpiRoi (issue 15 §1, the ROI panel): do the teams whose eNPS rose significantly do better on
// the operational KPIs than the others? Over the view's period (the dashboard's filters), each leaf
// team's eNPS in its first three months against its last three (the dashboard's own cells: k
// answers or more, not hidden), a rise being significant at 5 % (lib/stats/change.ts). For each
// KPI, each team's change (mean of the last three months − mean of the first three), the rising
// teams' changes against the others' (Welch, lib/stats/welch.ts); with the organisation's money
// value of a KPI point, the difference in euros per team, with its assumptions. Observational:
// teams that improved may differ in other ways (docs/statistics.md "ROI panel").
import type { Principal } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ForbiddenError } from "@/lib/errors";
import { estimateChange } from "@/lib/stats/change";
import { emptyCounts, addInto } from "@/lib/symmetry/subtree-counts";
import type { NpsCounts } from "@/lib/stats/nps";
import { welchDifference, type MeanDifference } from "@/lib/stats/welch";
import { leafEmployeeCounts, viewRefusal } from "@/lib/symmetry/build-symmetry";
import type { FilterRefusedDto } from "@/lib/symmetry/symmetry-types";
import { db } from "../client";
import { loadSymmetryView } from "../dashboard/get-symmetry";
import { kpiDefinitionSelect, toKpiDefinitionDto } from "../internal/kpis/kpi-definition-row";
import type { KpiDefinitionDto } from "./kpi-definition-dto";
import { withOrganisation } from "../tenant-context";

/** Months at each end of the period. */
export const ROI_WINDOW = 3;

export interface KpiRoiRowDto {
  definition: KpiDefinitionDto;
  /** Rising teams' mean KPI change − the other teams' (KPI points), with its interval; null: too few teams. */
  difference: MeanDifference | null;
  /** difference × the money value of a point, per team, in euros (and its interval); null without a value. */
  euros: { value: number; low: number; high: number } | null;
}

export type KpiRoiDto =
  | {
      status: "ok";
      /** "YYYY-MM" bounds of the two windows. */
      before: [string, string];
      after: [string, string];
      risingTeams: number;
      otherTeams: number;
      rows: KpiRoiRowDto[];
    }
  | { status: "too-short"; months: number }
  | FilterRefusedDto;

const sumOf = (byMonth: ReadonlyMap<string, NpsCounts>, months: readonly string[]): NpsCounts | null => {
  const sum = emptyCounts();
  let any = false;
  for (const month of months) {
    const cell = byMonth.get(month);
    if (cell) {
      addInto(sum, cell);
      any = true;
    }
  }
  return any ? sum : null;
};

const mean = (values: readonly number[]) => values.reduce((s, v) => s + v, 0) / values.length;

export async function getKpiRoi(principal: Principal, input: unknown = {}): Promise<KpiRoiDto> {
  return withOrganisation(principal.organisationId, async () => {
    if (!can(principal, "kpis:read")) throw new ForbiddenError();
    const view = await loadSymmetryView(principal, input);
    const refused = viewRefusal(view);
    if (refused) return refused;
    const { months, teams } = leafEmployeeCounts(view);
    if (months.length < 2 * ROI_WINDOW) return { status: "too-short", months: months.length };
    const before = months.slice(0, ROI_WINDOW);
    const after = months.slice(-ROI_WINDOW);
    const rising = new Set<string>();
    const compared: string[] = [];
    for (const [teamId, byMonth] of teams) {
      const first = sumOf(byMonth, before);
      const last = sumOf(byMonth, after);
      if (!first || !last) continue;
      compared.push(teamId);
      const change = estimateChange(first, last);
      if (change?.significant && change.delta > 0) rising.add(teamId);
    }
    const [definitions, values] = await Promise.all([
      db().kpiDefinition.findMany({
        where: { organisationId: principal.organisationId, active: true },
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
        select: kpiDefinitionSelect,
      }),
      compared.length === 0
        ? Promise.resolve([])
        : db().$queryRaw<Array<{ kpiId: string; teamId: string; period: string; value: number }>>`
          SELECT "kpiId", "teamId", to_char(period, 'YYYY-MM') AS period, value FROM "OperationalKpi"
          WHERE "organisationId" = ${principal.organisationId}::uuid AND "teamId" = ANY(${compared}::uuid[])
            AND to_char(period, 'YYYY-MM') = ANY(${[...before, ...after]}::text[])`,
    ]);
    // kpi → team → [before values, after values]
    const cells = new Map<string, Map<string, [number[], number[]]>>();
    for (const row of values) {
      const byTeam = cells.get(row.kpiId) ?? new Map<string, [number[], number[]]>();
      const pair = byTeam.get(row.teamId) ?? [[], []];
      pair[before.includes(row.period) ? 0 : 1].push(row.value);
      byTeam.set(row.teamId, pair);
      cells.set(row.kpiId, byTeam);
    }
    return {
      status: "ok",
      before: [before[0]!, before.at(-1)!],
      after: [after[0]!, after.at(-1)!],
      risingTeams: rising.size,
      otherTeams: compared.length - rising.size,
      rows: definitions.map((definition) => {
        const risers: number[] = [];
        const others: number[] = [];
        for (const [teamId, [first, last]] of cells.get(definition.id) ?? []) {
          if (first.length === 0 || last.length === 0) continue;
          (rising.has(teamId) ? risers : others).push(mean(last) - mean(first));
        }
        const difference = welchDifference(risers, others);
        const perPoint = definition.valuePerPointCents;
        const euros =
          difference && perPoint !== null
            ? {
                value: (difference.difference * perPoint) / 100,
                low: (difference.low * perPoint) / 100,
                high: (difference.high * perPoint) / 100,
              }
            : null;
        return { definition: toKpiDefinitionDto(definition), difference, euros };
      }),
    };
  });
}
