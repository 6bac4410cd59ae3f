// A team's irritant pairs worked to elimination (issue 14 §2, docs/team-irritants.md): for each
// active pair of the catalogue, its state — ELIMINATED (a TeamIrritant row of either side has
// eliminatedAt), TREATED (linked to a planned, in-progress or done action concerning the team),
// REPORTED (cited by the team's subtree in the last 12 months on either side, or added from a
// workshop) or none — and its citation rate on both sides before and after, with Wilson 95 %
// intervals. The employee side goes through the anonymity engine: only the months in which the
// team's eNPS is visible count (the months getSymmetry leaves out are left out here, as on the
// team page), nothing of the sealed current month, and a rate over fewer than k answers is
// withheld ("tooFew"), never shown with its count.
import type { Principal } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ForbiddenError } from "@/lib/errors";
import { effectiveMinGroupSize } from "@/lib/stats/suppression";
import { wilsonInterval, type ProportionEstimate } from "@/lib/stats/proportion";
import { currentParisMonth, releaseCalendar, shiftMonth } from "@/lib/surveys/release-calendar";
import { afterWindow, beforeWindow, BEFORE_MONTHS, inWindow, REPORTED_MONTHS, type MonthWindow } from "@/lib/team-irritants/windows";
import { db } from "../client";
import { getSymmetry } from "../dashboard/get-symmetry";
import { monthlyAnswers, monthlyCitations } from "../internal/team-irritants/monthly-counts";
import { readScopedTeam } from "../internal/team-irritants/scoped-team";
import { withOrganisation } from "../tenant-context";

export type IrritantState = "ELIMINATED" | "TREATED" | "REPORTED" | null;

export type EmployeeRateDto =
  | { status: "ok"; estimate: ProportionEstimate }
  /** Fewer than k answers, or the team's employee figures hidden in every month of the window. */
  | { status: "tooFew" }
  | { status: "none" };

export interface RatesDto {
  window: MonthWindow;
  /** Null when the team had no customer answer in the window. */
  customer: ProportionEstimate | null;
  employee: EmployeeRateDto;
}

export interface IrritantSideDto {
  irritantId: string;
  key: string;
  labelFr: string;
  labelEn: string;
}

export interface TeamIrritantStateDto {
  /** The pair's id: its customer side's, or its lone side's. */
  pairId: string;
  customer: IrritantSideDto | null;
  employee: IrritantSideDto | null;
  state: IrritantState;
  eliminatedAt: string | null;
  /** Added from a team workshop (a TeamIrritant row of source WORKSHOP). */
  workshop: boolean;
  note: string | null;
  /** "YYYY-MM": the elimination's month, or the first open action's creation month; null for neither. */
  pivotMonth: string | null;
  /** Before the pivot (or the 3 full months before the current one without a pivot). */
  before: RatesDto;
  /** Since the pivot; null without one, or while no month after it has ended. */
  after: RatesDto | null;
}

export interface TeamIrritantStatesDto {
  teamId: string;
  /** May the principal add, eliminate and reopen (actions:manage on the team)? */
  canManage: boolean;
  k: number;
  pairs: TeamIrritantStateDto[];
}

const OPEN_STATUSES = ["PLANNED", "IN_PROGRESS", "DONE"] as const;

const sum = (byMonth: Map<string, number> | undefined, window: MonthWindow, excluded: ReadonlySet<string>) => {
  let total = 0;
  for (const [month, count] of byMonth ?? []) if (inWindow(month, window) && !excluded.has(month)) total += count;
  return total;
};

export async function getTeamIrritantStates(principal: Principal, teamId: string): Promise<TeamIrritantStatesDto> {
  return withOrganisation(principal.organisationId, async () => {
    if (!can(principal, "results:read")) throw new ForbiddenError();
    const team = await readScopedTeam(principal, teamId, "results:read");
    const org = principal.organisationId;
    const [catalogue, rows, links] = await Promise.all([
      db().irritant.findMany({
        where: { organisationId: org },
        select: { id: true, side: true, key: true, labelFr: true, labelEn: true, mirrorId: true, active: true },
        orderBy: [{ position: "asc" }, { key: "asc" }],
      }),
      db().teamIrritant.findMany({ where: { organisationId: org, teamId: team.id } }),
      db().actionIrritant.findMany({
        where: {
          organisationId: org,
          action: { organisationId: org, status: { in: [...OPEN_STATUSES] }, teams: { some: { teamId: team.id } } },
        },
        select: { irritantId: true, action: { select: { createdAt: true } } },
      }),
    ]);
    const byId = new Map(catalogue.map((row) => [row.id, row]));
    const pairs: Array<{ customer: (typeof catalogue)[number] | null; employee: (typeof catalogue)[number] | null }> = [];
    for (const row of catalogue) {
      const mirror = row.mirrorId ? byId.get(row.mirrorId) : undefined;
      if (row.side === "EMPLOYEE" && mirror) continue;
      if (!row.active && !mirror?.active) continue;
      pairs.push({
        customer: row.side === "CUSTOMER" ? row : null,
        employee: row.side === "EMPLOYEE" ? row : (mirror ?? null),
      });
    }

    const current = currentParisMonth();
    const lastEmployeeMonth = releaseCalendar().lastReleasedMonth;
    const month = (date: Date) => currentParisMonth(date);
    const pivots = pairs.map((pair) => {
      const ids = [pair.customer?.id, pair.employee?.id].filter((id): id is string => Boolean(id));
      const own = rows.filter((row) => ids.includes(row.irritantId));
      const eliminated = own.map((row) => row.eliminatedAt).filter((at): at is Date => at !== null);
      const actionStarts = links.filter((link) => ids.includes(link.irritantId)).map((link) => link.action.createdAt);
      const eliminatedAt = eliminated.length ? new Date(Math.min(...eliminated.map(Number))) : null;
      const treatedSince = actionStarts.length ? new Date(Math.min(...actionStarts.map(Number))) : null;
      return { ids, own, eliminatedAt, treatedSince, pivot: eliminatedAt ?? treatedSince };
    });

    // One read of the monthly counts over every window's months, and one anonymity decision over them.
    const earliest = [
      shiftMonth(current, -REPORTED_MONTHS),
      ...pivots.flatMap((p) => (p.pivot ? [beforeWindow(month(p.pivot)).from] : [])),
    ].sort()[0]!;
    const span = { from: earliest, to: current };
    const symmetry = await getSymmetry(principal, {
      teamId: team.id,
      from: span.from,
      to: lastEmployeeMonth < span.from ? span.from : lastEmployeeMonth,
    });
    const teamRow = symmetry.status === "ok" ? symmetry.teams.find((row) => row.teamId === team.id) : undefined;
    const employeeVisible = teamRow !== undefined && !teamRow.enpsSuppressed;
    const excluded = new Set(teamRow?.enpsExcludedMonths ?? []);
    const { minGroupSize } = await db().organisation.findUniqueOrThrow({ where: { id: org }, select: { minGroupSize: true } });
    const k = effectiveMinGroupSize(minGroupSize);
    const [customerAnswers, employeeAnswers, customerCites, employeeCites] = await Promise.all([
      monthlyAnswers(org, team.path, "CUSTOMER", span),
      employeeVisible ? monthlyAnswers(org, team.path, "EMPLOYEE", span) : new Map<string, Map<string, number>>(),
      monthlyCitations(org, team.path, "CUSTOMER", span),
      employeeVisible ? monthlyCitations(org, team.path, "EMPLOYEE", span) : new Map<string, Map<string, number>>(),
    ]);
    const none = new Set<string>();
    const employeeWindow = (window: MonthWindow): MonthWindow | null =>
      window.from <= lastEmployeeMonth ? { from: window.from, to: window.to < lastEmployeeMonth ? window.to : lastEmployeeMonth } : null;

    const rates = (window: MonthWindow, customerId: string | undefined, employeeId: string | undefined): RatesDto => {
      const cn = sum(customerAnswers.get(""), window, none);
      const customer = customerId ? wilsonInterval(Math.min(cn, sum(customerCites.get(customerId), window, none)), cn) : null;
      let employee: EmployeeRateDto = { status: "none" };
      const ew = employeeWindow(window);
      if (employeeId && ew && !employeeVisible) employee = { status: "tooFew" };
      else if (employeeId && ew) {
        const en = sum(employeeAnswers.get(""), ew, excluded);
        const cites = Math.min(en, sum(employeeCites.get(employeeId), ew, excluded));
        employee = en === 0 ? { status: "none" } : en < k ? { status: "tooFew" } : { status: "ok", estimate: wilsonInterval(cites, en)! };
      }
      return { window, customer, employee };
    };
    const recent = { from: shiftMonth(current, -REPORTED_MONTHS), to: current };

    return {
      teamId: team.id,
      canManage: can(principal, "actions:manage", { ...team, organisationId: org }),
      k,
      pairs: pairs.map((pair, index) => {
        const p = pivots[index]!;
        const cited =
          (pair.customer && sum(customerCites.get(pair.customer.id), recent, none) > 0) ||
          (pair.employee && employeeVisible && sum(employeeCites.get(pair.employee.id), recent, excluded) > 0);
        const workshop = p.own.some((row) => row.source === "WORKSHOP");
        const state: IrritantState = p.eliminatedAt ? "ELIMINATED" : p.treatedSince ? "TREATED" : cited || workshop ? "REPORTED" : null;
        const pivotMonth = p.pivot ? month(p.pivot) : null;
        const side = (row: (typeof catalogue)[number] | null): IrritantSideDto | null =>
          row ? { irritantId: row.id, key: row.key, labelFr: row.labelFr, labelEn: row.labelEn } : null;
        const after = pivotMonth ? afterWindow(pivotMonth, current) : null;
        return {
          pairId: (pair.customer ?? pair.employee)!.id,
          customer: side(pair.customer),
          employee: side(pair.employee),
          state,
          eliminatedAt: p.eliminatedAt?.toISOString() ?? null,
          workshop,
          note: p.own.find((row) => row.note)?.note ?? null,
          pivotMonth,
          before: rates(
            pivotMonth ? beforeWindow(pivotMonth) : { from: shiftMonth(current, -BEFORE_MONTHS), to: shiftMonth(current, -1) },
            pair.customer?.id,
            pair.employee?.id,
          ),
          after: after ? rates(after, pair.customer?.id, pair.employee?.id) : null,
        };
      }),
    };
  });
}
