// The monthly report's figures (issue 15 §3) for a principal: the organisation (their scope, as
// the dashboard) or one team, for one month. Built only from the dashboard's and the team page's
// data-layer functions (getSymmetry, getTeamDetail, listMonthActions) and the overview's headline,
// so the scope, the group-size rule and the hidden months are the dashboard's, decided in one place.
import type { Principal } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ExpectedError, ForbiddenError } from "@/lib/errors";
import { buildHeadline, type Headline } from "@/lib/overview/headline";
import { teamsToWatch, type TeamsToWatch } from "@/lib/overview/teams-to-watch";
import { minCustomerResponsesOf } from "@/lib/overview/trend-rows";
import { trendRange, ZReportMonth } from "@/lib/reports/report-month";
import { currentParisMonth, shiftMonth } from "@/lib/surveys/release-calendar";
import type { SymmetryDto, SymmetryResultDto, TrendPointDto } from "@/lib/symmetry/symmetry-types";
import { db } from "../client";
import { listMonthActions, type MonthActionsDto } from "../actions/list-month-actions";
import { getSymmetry } from "../dashboard/get-symmetry";
import { getTeamDetail, type TeamDetailDto, type TeamHeaderDto } from "../dashboard/get-team-detail";
import { withOrganisation } from "../tenant-context";

export interface MonthlyReportFiguresDto {
  headline: Headline;
  watch: TeamsToWatch;
  /** The twelve months ending with the report's month; the employee side hidden when `trendSuppressed`. */
  trend: TrendPointDto[];
  trendSuppressed: boolean;
  /**
   * Mirrored items and top irritants of the month, read team by team as on the team page: the
   * team's; for the organisation, the scope's team, else each root team (at most MAX_ROOTS).
   */
  details: Array<Pick<TeamDetailDto, "items" | "irritants" | "team">>;
}

export interface MonthlyReportDto {
  month: string;
  previousMonth: string;
  nextMonth: string;
  /** The month has not ended yet in Paris: its figures still move. */
  open: boolean;
  generatedAt: Date;
  organisationName: string;
  /** Null for the organisation's report (the principal's scope). */
  team: TeamHeaderDto | null;
  /** The group size applied (null when the month was refused: the page falls back on the actor's). */
  minGroupSize: number | null;
  minCustomerResponses: number;
  /** Null when the remainder rule refused the month (docs/security.md): the page says so. */
  figures: MonthlyReportFiguresDto | null;
  actions: MonthActionsDto | null;
}

const ok = (result: SymmetryResultDto): SymmetryDto | null => (result.status === "ok" ? result : null);

function headlineOf(current: SymmetryDto, previous: SymmetryDto | null): { headline: Headline; watch: TeamsToWatch } {
  const minCustomerResponses = minCustomerResponsesOf(current);
  const trendTeam = current.teams.find((team) => team.teamId === current.trendTeamId);
  return {
    headline: buildHeadline(current.trend, previous?.trend ?? null, {
      enpsHidden: trendTeam?.enpsSuppressed ?? false,
      minCustomerResponses,
    }),
    watch: teamsToWatch(current.teams, previous?.teams ?? null, { minCustomerResponses }),
  };
}

/** An organisation with more top-level teams than this gets their items and irritants in their own reports. */
export const MAX_ROOTS = 6;

/** The teams whose items and irritants stand for the report: the team, the scope's trend team, or the roots. */
function detailTeamsOf(current: SymmetryDto, teamId: string | undefined): string[] {
  if (teamId) return [teamId];
  if (current.trendTeamId) return [current.trendTeamId];
  const roots = current.teams.filter((team) => team.parentId === null);
  return roots.length <= MAX_ROOTS ? roots.map((team) => team.teamId) : [];
}

type TeamDetail = Awaited<ReturnType<typeof getTeamDetail>>;

async function figuresOf(principal: Principal, month: string, teamDetail: TeamDetail | null) {
  const teamId = teamDetail?.header.teamId;
  const filters = { from: month, to: month, ...(teamId ? { teamId } : {}) };
  const previousMonth = shiftMonth(month, -1);
  const [currentResult, previousResult, yearResult] = await Promise.all([
    getSymmetry(principal, filters),
    getSymmetry(principal, { ...filters, from: previousMonth, to: previousMonth }),
    getSymmetry(principal, { ...filters, ...trendRange(month) }),
  ]);
  const current = ok(currentResult);
  const year = ok(yearResult);
  if (!current || !year) return { current, figures: null };
  const details = teamDetail
    ? [teamDetail]
    : await Promise.all(detailTeamsOf(current, teamId).map((id) => getTeamDetail(principal, id, { from: month, to: month })));
  const yearTeam = year.teams.find((team) => team.teamId === year.trendTeamId);
  const figures: MonthlyReportFiguresDto = {
    ...headlineOf(current, ok(previousResult)),
    trend: year.trend,
    trendSuppressed: yearTeam?.enpsSuppressed ?? false,
    details: details.flatMap((detail) =>
      detail.status === "ok" ? [{ items: detail.items, irritants: detail.irritants, team: detail.team }] : [],
    ),
  };
  return { current, figures };
}

export async function getMonthlyReport(principal: Principal, input: { month: unknown; teamId?: string }): Promise<MonthlyReportDto> {
  return withOrganisation(principal.organisationId, async () => {
    if (!can(principal, "results:read")) throw new ForbiddenError();
    const parsed = ZReportMonth.safeParse(input.month);
    if (!parsed.success) throw new ExpectedError("INVALID_INPUT", parsed.error.issues.map((issue) => issue.message).join("; "));
    const month = parsed.data;
    // The team first: another organisation's, malformed or out of scope is "not found" before any figure is read.
    const teamDetail = input.teamId !== undefined ? await getTeamDetail(principal, input.teamId, { from: month, to: month }) : null;
    const [{ current, figures }, organisation, actions] = await Promise.all([
      figuresOf(principal, month, teamDetail),
      db().organisation.findUniqueOrThrow({ where: { id: principal.organisationId }, select: { name: true } }),
      can(principal, "actions:read") ? listMonthActions(principal, { month, teamId: input.teamId }) : Promise.resolve(null),
    ]);
    return {
      month,
      previousMonth: shiftMonth(month, -1),
      nextMonth: shiftMonth(month, 1),
      open: month === currentParisMonth(),
      generatedAt: new Date(),
      organisationName: organisation.name,
      team: teamDetail?.header ?? null,
      minGroupSize: current?.minGroupSize ?? null,
      minCustomerResponses: minCustomerResponsesOf(current),
      figures,
      actions,
    };
  });
}
