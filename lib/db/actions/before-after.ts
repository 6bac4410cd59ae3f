// Before and after a done action (issue 14 §5): for the teams it concerned and for comparable
// teams without it, NPS, eNPS, its linked items (both sides) and irritants (citation rates) over
// the three full months before the month it was done and the three after, as a difference in
// differences with its interval (lib/stats/did.ts). Read from the monthly rollups, summed in SQL by
// group × window: never answer rows, never a per-team loop in Node (docs/statistics.md).
//
// Anonymity: an employee cell (team × month) counts only when the dashboard shows it too — not
// among the month's hidden nodes and with at least the organisation's group size of people — so
// the sums add up results already visible one by one; and the employee side never gives its n.
import type { Principal } from "@/lib/auth/actor-types";
import { NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/patterns";
import { costPerPoint, itemDid, npsDid, rateDid, type DidEstimate } from "@/lib/stats/did";
import type { NpsCounts } from "@/lib/stats/nps";
import { db, pool } from "../client";
import type { KpiUnit } from "@/lib/kpis/kpi-units";
import { actionReadScope } from "./action-scope";
import { withOrganisation } from "../tenant-context";

/** Full months on each side of the month the action was done. */
export const BEFORE_AFTER_MONTHS = 3;

type Group = "T" | "C";
type Window = "B" | "A";
type Side = "CUSTOMER" | "EMPLOYEE";

/** Better or worse for the teams (a citation rate is better lower), no significant difference, or too little data. */
export type Reading = "better" | "worse" | "none" | "insufficient";

export interface BeforeAfterOutcome {
  key: string;
  kind: "nps" | "enps" | "item" | "irritant" | "kpi";
  /** "KPI": an operational indicator, of neither side of the survey. */
  side: Side | "KPI";
  labelFr: string;
  labelEn: string;
  /** Whether a rise is good news (a citation rate is better lower). */
  higherIsBetter: boolean;
  treated: { before: number | null; after: number | null };
  comparison: { before: number | null; after: number | null };
  /** Customer answers behind each cell; null on the employee side (group-size rule). */
  answers: { treated: [number, number]; comparison: [number, number] } | null;
  estimate: DidEstimate | null;
  reading: Reading;
  /** Euros per point gained, with the money spent, for a significant gain of NPS or eNPS. */
  costPerPoint: number | null;
  /** An operational KPI's unit (issue 15 §1); absent for the survey's own measures. */
  unit?: KpiUnit;
}

export type BeforeAfterDto =
  | { state: "not-done" }
  | { state: "too-early"; pivot: string }
  | {
      state: "ready";
      /** "YYYY-MM": the month the action was done, in neither window. */
      pivot: string;
      before: { from: string; to: string };
      after: { from: string; to: string };
      treatedTeams: number;
      comparisonTeams: number;
      spentCents: number;
      outcomes: BeforeAfterOutcome[];
    };

const addMonths = (month: Date, n: number) => new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + n, 1));
const monthKey = (month: Date) => month.toISOString().slice(0, 7);

interface Windows {
  beforeFrom: Date;
  pivot: Date;
  afterFrom: Date;
  afterEnd: Date; // exclusive
}

/** The windows around the month of `doneAt`; the after window stops before the current month (not complete yet). */
export function beforeAfterWindows(doneAt: Date, now: Date): Windows | null {
  const pivot = new Date(Date.UTC(doneAt.getUTCFullYear(), doneAt.getUTCMonth(), 1));
  const current = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const afterFrom = addMonths(pivot, 1);
  const afterEnd = new Date(Math.min(addMonths(pivot, 1 + BEFORE_AFTER_MONTHS).getTime(), current.getTime()));
  if (afterEnd <= afterFrom) return null;
  return { beforeFrom: addMonths(pivot, -BEFORE_AFTER_MONTHS), pivot, afterFrom, afterEnd };
}

const cellKey = (group: Group, window: Window) => `${group}${window}`;

function reading(estimate: DidEstimate | null, higherIsBetter: boolean): Reading {
  if (!estimate) return "insufficient";
  if (!estimate.significant || estimate.value === 0) return "none";
  return estimate.value > 0 === higherIsBetter ? "better" : "worse";
}

export async function getActionBeforeAfter(principal: Principal, actionId: string, now = new Date()): Promise<BeforeAfterDto> {
  return withOrganisation(principal.organisationId, async () => {
    const scope = actionReadScope(principal);
    if (!scope || !isUuid(actionId)) throw new NotFoundError("action");
    const action = await db().action.findFirst({
      where: { AND: [scope, { id: actionId }] },
      select: {
        id: true,
        status: true,
        doneAt: true,
        spentCents: true,
        teams: { select: { team: { select: { path: true } } } },
        irritants: { select: { irritant: { select: { id: true, side: true, key: true, labelFr: true, labelEn: true } } } },
        items: {
          select: {
            item: {
              select: { id: true, dimension: true, customerTextFr: true, customerTextEn: true, employeeTextFr: true, employeeTextEn: true },
            },
          },
        },
      },
    });
    if (!action) throw new NotFoundError("action");
    if (!action.doneAt || (action.status !== "DONE" && action.status !== "MEASURED")) return { state: "not-done" };
    const windows = beforeAfterWindows(action.doneAt, now);
    if (!windows)
      return { state: "too-early", pivot: monthKey(new Date(Date.UTC(action.doneAt.getUTCFullYear(), action.doneAt.getUTCMonth(), 1))) };

    const organisationId = principal.organisationId;
    const treatedPatterns = action.teams.map(({ team }) => `${team.path}%`);
    const irritantIds = action.irritants.map(({ irritant }) => irritant.id);
    const itemIds = action.items.map(({ item }) => item.id);
    // Comparable teams: the organisation's other teams, less those another (not dropped) action on the
    // same irritants or items concerns — they were treated too.
    const params = [organisationId, treatedPatterns, action.id, irritantIds, itemIds, windows.beforeFrom, windows.pivot, windows.afterEnd];
    const windowed = (alias: string) => `
      CASE WHEN ${alias}.period < $7::date THEN 'B' ELSE 'A' END AS w`;
    // One range (a scan of the primary key's period prefix), less the pivot month.
    const inWindows = (alias: string) => `
      ${alias}.period >= $6::date AND ${alias}.period < $8::date AND ${alias}.period <> $7::date`;
    const groups = `
    WITH treated AS (
      SELECT id FROM "Team" WHERE "organisationId" = $1::uuid AND path LIKE ANY($2::text[])
    ), excluded AS (
      SELECT t.id FROM "Action" a
        JOIN "ActionTeam" at ON at."actionId" = a.id
        JOIN "Team" c ON c.id = at."teamId"
        JOIN "Team" t ON t."organisationId" = a."organisationId" AND t.path LIKE c.path || '%'
       WHERE a."organisationId" = $1::uuid AND a.id <> $3::uuid AND a.status NOT IN ('DROPPED', 'PROPOSED')
         AND (EXISTS (SELECT 1 FROM "ActionIrritant" ai WHERE ai."actionId" = a.id AND ai."irritantId" = ANY($4::uuid[]))
           OR EXISTS (SELECT 1 FROM "ActionItem" ii WHERE ii."actionId" = a.id AND ii."itemId" = ANY($5::uuid[])))
    ), grouped AS (
      SELECT t.id, CASE WHEN t.id IN (SELECT id FROM treated) THEN 'T' ELSE 'C' END AS g
        FROM "Team" t
       WHERE t."organisationId" = $1::uuid AND (t.id IN (SELECT id FROM treated) OR t.id NOT IN (SELECT id FROM excluded))
    ), shown AS (
      -- The employee cells the dashboard shows: enough people, not hidden that month.
      SELECT e.period, e."teamId", gr.g, e.promoters, e.passives, e.detractors
        FROM "EmployeeRollup" e JOIN grouped gr ON gr.id = e."teamId"
        JOIN "Organisation" o ON o.id = e."organisationId"
        LEFT JOIN "EmployeeHiddenNode" h ON h."organisationId" = e."organisationId" AND h.period = e.period AND h.node = e."teamId"::text
       WHERE e."organisationId" = $1::uuid AND ${inWindows("e")} AND e.people >= o."minGroupSize" AND h.node IS NULL
    )`;
    const sql = `${groups}
    SELECT 'customer' AS part, NULL::text AS id, gr.g, ${windowed("r")},
           sum(r.promoters)::int AS a, sum(r.passives)::int AS b, sum(r.detractors)::int AS c, count(DISTINCT r."teamId")::int AS teams
      FROM "CustomerTeamRollup" r JOIN grouped gr ON gr.id = r."teamId"
     WHERE r."organisationId" = $1::uuid AND ${inWindows("r")}
     GROUP BY gr.g, 4
    UNION ALL
    SELECT 'employee', NULL, r.g, ${windowed("r")},
           sum(r.promoters)::int, sum(r.passives)::int, sum(r.detractors)::int, count(DISTINCT r."teamId")::int
      FROM shown r
     GROUP BY r.g, 4
    UNION ALL
    SELECT 'customerItem', r."itemId"::text, gr.g, ${windowed("r")}, sum(r.n)::int, sum(r.sum)::int, sum(r."sumSquares")::int, 0
      FROM "CustomerItemRollup" r JOIN grouped gr ON gr.id = r."teamId"
     WHERE r."organisationId" = $1::uuid AND r."itemId" = ANY($5::uuid[]) AND ${inWindows("r")}
     GROUP BY 2, gr.g, 4
    UNION ALL
    SELECT 'employeeItem', r."itemId"::text, gr.g, ${windowed("r")}, sum(r.n)::int, sum(r.sum)::int, sum(r."sumSquares")::int, 0
      FROM "EmployeeItemRollup" r JOIN shown gr ON gr."teamId" = r."teamId" AND gr.period = r.period
     WHERE r."organisationId" = $1::uuid AND r."itemId" = ANY($5::uuid[]) AND ${inWindows("r")}
     GROUP BY 2, gr.g, 4
    UNION ALL
    SELECT 'customerIrritant', r."irritantId"::text, gr.g, ${windowed("r")}, sum(r.count)::int, 0, 0, 0
      FROM "CustomerIrritantRollup" r JOIN grouped gr ON gr.id = r."teamId"
     WHERE r."organisationId" = $1::uuid AND r."irritantId" = ANY($4::uuid[]) AND ${inWindows("r")}
     GROUP BY 2, gr.g, 4
    UNION ALL
    SELECT 'employeeIrritant', r."irritantId"::text, gr.g, ${windowed("r")}, sum(r.count)::int, 0, 0, 0
      FROM "EmployeeIrritantRollup" r JOIN shown gr ON gr."teamId" = r."teamId" AND gr.period = r.period
     WHERE r."organisationId" = $1::uuid AND r."irritantId" = ANY($4::uuid[]) AND ${inWindows("r")}
     GROUP BY 2, gr.g, 4`;
    // Operational KPIs (issue 15 §1): each team × month value is one observation of its group and
    // window, summed as n, Σx, Σx² like an item's answers — KPIs are not survey answers, no group-size rule.
    const kpiSql = `${groups}
    SELECT 'kpi' AS part, k."kpiId"::text AS id, gr.g, ${windowed("k")},
           count(*)::int AS a, sum(k.value)::float8 AS b, sum(k.value * k.value)::float8 AS c, count(DISTINCT k."teamId")::int AS teams
      FROM "OperationalKpi" k JOIN grouped gr ON gr.id = k."teamId"
     WHERE k."organisationId" = $1::uuid AND ${inWindows("k")}
     GROUP BY 2, gr.g, 4`;
    type Row = { part: string; id: string | null; g: Group; w: Window; a: number; b: number; c: number; teams: number };
    const [rows, kpiRows, kpis] = await Promise.all([
      pool()
        .query<Row>(sql, params)
        .then((result) => result.rows),
      pool()
        .query<Row>(kpiSql, params)
        .then((result) => result.rows),
      db().kpiDefinition.findMany({
        where: { organisationId, active: true },
        select: { id: true, key: true, nameFr: true, nameEn: true, unit: true, higherIsBetter: true },
        orderBy: [{ position: "asc" }, { key: "asc" }],
      }),
    ]);
    rows.push(...kpiRows);
    const cells = new Map<string, Row>();
    for (const row of rows) cells.set(`${row.part}:${row.id ?? ""}:${cellKey(row.g, row.w)}`, row);
    const cell = (part: string, id: string | null, g: Group, w: Window) => cells.get(`${part}:${id ?? ""}:${cellKey(g, w)}`);

    const counts = (part: string, g: Group, w: Window): NpsCounts => {
      const row = cell(part, null, g, w);
      return { promoters: row?.a ?? 0, passives: row?.b ?? 0, detractors: row?.c ?? 0 };
    };
    const total = (c: NpsCounts) => c.promoters + c.passives + c.detractors;
    const four = <T>(f: (g: Group, w: Window) => T) => ({
      treatedBefore: f("T", "B"),
      treatedAfter: f("T", "A"),
      comparisonBefore: f("C", "B"),
      comparisonAfter: f("C", "A"),
    });
    const values = <T>(
      cellsOf: { treatedBefore: T; treatedAfter: T; comparisonBefore: T; comparisonAfter: T },
      value: (c: T) => number | null,
    ) => ({
      treated: { before: value(cellsOf.treatedBefore), after: value(cellsOf.treatedAfter) },
      comparison: { before: value(cellsOf.comparisonBefore), after: value(cellsOf.comparisonAfter) },
    });
    const npsValue = (c: NpsCounts) => (total(c) === 0 ? null : (100 * (c.promoters - c.detractors)) / total(c));

    const outcomes: BeforeAfterOutcome[] = [];
    for (const [part, kind, side] of [
      ["customer", "nps", "CUSTOMER"],
      ["employee", "enps", "EMPLOYEE"],
    ] as const) {
      const nps = four((g, w) => counts(part, g, w));
      const estimate = npsDid(nps);
      outcomes.push({
        key: kind,
        kind,
        side,
        labelFr: kind === "nps" ? "NPS (clients)" : "eNPS (collaborateurs)",
        labelEn: kind === "nps" ? "NPS (customers)" : "eNPS (employees)",
        higherIsBetter: true,
        ...values(nps, npsValue),
        answers:
          side === "CUSTOMER"
            ? {
                treated: [total(nps.treatedBefore), total(nps.treatedAfter)],
                comparison: [total(nps.comparisonBefore), total(nps.comparisonAfter)],
              }
            : null,
        estimate,
        reading: reading(estimate, true),
        costPerPoint: costPerPoint(action.spentCents, estimate),
      });
    }
    for (const { item } of action.items) {
      for (const side of ["CUSTOMER", "EMPLOYEE"] as const) {
        const part = side === "CUSTOMER" ? "customerItem" : "employeeItem";
        const sums = four((g, w) => {
          const row = cell(part, item.id, g, w);
          return { n: row?.a ?? 0, sum: row?.b ?? 0, sumSquares: row?.c ?? 0 };
        });
        const estimate = itemDid(sums);
        outcomes.push({
          key: `item:${item.id}:${side}`,
          kind: "item",
          side,
          labelFr: side === "CUSTOMER" ? item.customerTextFr : item.employeeTextFr,
          labelEn: side === "CUSTOMER" ? item.customerTextEn : item.employeeTextEn,
          higherIsBetter: true,
          ...values(sums, (s) => (s.n === 0 ? null : s.sum / s.n)),
          answers:
            side === "CUSTOMER"
              ? { treated: [sums.treatedBefore.n, sums.treatedAfter.n], comparison: [sums.comparisonBefore.n, sums.comparisonAfter.n] }
              : null,
          estimate,
          reading: reading(estimate, true),
          costPerPoint: null,
        });
      }
    }
    for (const { irritant } of action.irritants) {
      const side = irritant.side;
      const part = side === "CUSTOMER" ? "customerIrritant" : "employeeIrritant";
      const base = side === "CUSTOMER" ? "customer" : "employee";
      const citations = four((g, w) => ({ cited: cell(part, irritant.id, g, w)?.a ?? 0, n: total(counts(base, g, w)) }));
      const estimate = rateDid(citations);
      outcomes.push({
        key: `irritant:${irritant.id}`,
        kind: "irritant",
        side,
        labelFr: irritant.labelFr,
        labelEn: irritant.labelEn,
        higherIsBetter: false,
        ...values(citations, (c) => (c.n === 0 ? null : (100 * c.cited) / c.n)),
        answers: null,
        estimate,
        reading: reading(estimate, false),
        costPerPoint: null,
      });
    }
    for (const kpi of kpis) {
      const sums = four((g, w) => {
        const row = cell("kpi", kpi.id, g, w);
        return { n: row?.a ?? 0, sum: row?.b ?? 0, sumSquares: row?.c ?? 0 };
      });
      // A KPI nobody imported around the action says nothing: left out rather than listed as "insufficient".
      if (Object.values(sums).every((s) => s.n === 0)) continue;
      const estimate = itemDid(sums);
      outcomes.push({
        key: `kpi:${kpi.key}`,
        kind: "kpi",
        side: "KPI",
        labelFr: kpi.nameFr,
        labelEn: kpi.nameEn,
        higherIsBetter: kpi.higherIsBetter,
        ...values(sums, (s) => (s.n === 0 ? null : s.sum / s.n)),
        answers: null,
        estimate,
        reading: reading(estimate, kpi.higherIsBetter),
        costPerPoint: null,
        unit: kpi.unit,
      });
    }
    const teamsIn = (g: Group) => Math.max(cell("customer", null, g, "B")?.teams ?? 0, cell("customer", null, g, "A")?.teams ?? 0);
    return {
      state: "ready",
      pivot: monthKey(windows.pivot),
      before: { from: monthKey(windows.beforeFrom), to: monthKey(addMonths(windows.pivot, -1)) },
      after: { from: monthKey(windows.afterFrom), to: monthKey(addMonths(windows.afterEnd, -1)) },
      treatedTeams: teamsIn("T"),
      comparisonTeams: teamsIn("C"),
      spentCents: action.spentCents,
      outcomes,
    };
  });
}
