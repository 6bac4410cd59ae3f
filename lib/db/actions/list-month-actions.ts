// The actions of a month for the monthly report (issue 15 §3): those done, measured or published
// in that Paris calendar month, among the actions the principal sees (action-scope.ts), optionally
// those of a team's subtree (owning or concerned, as listActions). Done is doneAt, published is
// publishedAt, measured is the status event that made it MEASURED.
import type { Principal } from "@/lib/auth/actor-types";
import { ExpectedError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/patterns";
import { parisMonthBounds, ZReportMonth } from "@/lib/reports/report-month";
import { parisToday } from "@/lib/actions/action-schema";
import { db } from "../client";
import type { Prisma } from "../generated/client";
import { actionReadScope } from "./action-scope";
import { type ActionSummaryDto, summarySelect, toSummary } from "../internal/actions/action-rows";
import { withOrganisation } from "../tenant-context";

/** A report lists at most this many actions (the most recent first); `more` says when there were others. */
export const MONTH_ACTIONS_LIMIT = 100;

export interface MonthActionDto extends ActionSummaryDto {
  doneAt: Date | null;
  /** What happened to it in the month (at least one is true). */
  doneInMonth: boolean;
  measuredInMonth: boolean;
  publishedInMonth: boolean;
}

export interface MonthActionsDto {
  rows: MonthActionDto[];
  more: boolean;
}

async function teamClause(principal: Principal, teamId: string | undefined): Promise<Prisma.ActionWhereInput[]> {
  if (teamId === undefined) return [];
  const team = isUuid(teamId)
    ? await db().team.findFirst({ where: { id: teamId, organisationId: principal.organisationId }, select: { path: true } })
    : null;
  if (!team) throw new NotFoundError("team");
  const subtree = { path: { startsWith: team.path } };
  return [{ OR: [{ team: subtree }, { teams: { some: { team: subtree } } }] }];
}

export async function listMonthActions(principal: Principal, input: { month: string; teamId?: string }): Promise<MonthActionsDto> {
  return withOrganisation(principal.organisationId, async () => {
    const scope = actionReadScope(principal);
    if (!scope) throw new ForbiddenError();
    const month = ZReportMonth.safeParse(input.month);
    if (!month.success) throw new ExpectedError("INVALID_INPUT", month.error.issues.map((issue) => issue.message).join("; "));
    const { start, end } = parisMonthBounds(month.data);
    const within = { gte: start, lt: end };
    const measured = { some: { toStatus: "MEASURED" as const, createdAt: within } };
    const rows = await db().action.findMany({
      where: {
        AND: [
          scope,
          ...(await teamClause(principal, input.teamId)),
          { OR: [{ doneAt: within }, { publishedAt: within }, { events: measured }] },
        ],
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: MONTH_ACTIONS_LIMIT + 1,
      select: {
        ...summarySelect,
        doneAt: true,
        events: { where: { toStatus: "MEASURED", createdAt: within }, select: { id: true }, take: 1 },
      },
    });
    const today = parisToday();
    const inMonth = (date: Date | null) => date !== null && date >= start && date < end;
    return {
      rows: rows.slice(0, MONTH_ACTIONS_LIMIT).map((row) => ({
        ...toSummary(row, today),
        doneAt: row.doneAt,
        doneInMonth: inMonth(row.doneAt),
        measuredInMonth: row.events.length > 0,
        publishedInMonth: inMonth(row.publishedAt),
      })),
      more: rows.length > MONTH_ACTIONS_LIMIT,
    };
  });
}
