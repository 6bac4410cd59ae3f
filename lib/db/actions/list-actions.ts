// The actions the principal sees (action-scope.ts), newest first, in keyset pages on
// (createdAt desc, id desc) — the index Action_organisationId_createdAt_id_idx — filtered by team
// (subtree, owning or concerned), owner, statuses, overdue, "mine". Benchmarked by
// scripts/bench/actions-list.ts (docs/benchmarks.md).
import type { Principal } from "@/lib/auth/actor-types";
import { ACTIONS_PAGE_SIZE, decodeActionCursor, encodeActionCursor, ZListActionsFilters } from "@/lib/actions/action-list-schema";
import { parisToday } from "@/lib/actions/action-schema";
import { ExpectedError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { db } from "../client";
import type { Prisma } from "../generated/client";
import { actionReadScope } from "./action-scope";
import { type ActionSummaryDto, summarySelect, toSummary } from "../internal/actions/action-rows";
import { OPEN_STATUSES } from "./action-status";
import { withOrganisation } from "../tenant-context";

export type { ActionSummaryDto };

export interface ActionListPageDto {
  rows: ActionSummaryDto[];
  /** Opaque; null on the last page. */
  nextCursor: string | null;
}

const invalid = (message: string) => new ExpectedError("INVALID_INPUT", message);

/** The filters as where clauses, AND-ed with the scope. */
async function filterClauses(principal: Principal, filters: ReturnType<typeof ZListActionsFilters.parse>, today: string) {
  const clauses: Prisma.ActionWhereInput[] = [];
  if (filters.teamId) {
    const team = await db().team.findFirst({
      where: { id: filters.teamId, organisationId: principal.organisationId },
      select: { path: true },
    });
    if (!team) throw new NotFoundError("team");
    const subtree = { path: { startsWith: team.path } };
    clauses.push({ OR: [{ team: subtree }, { teams: { some: { team: subtree } } }] });
  }
  if (filters.ownerId) clauses.push({ ownerId: filters.ownerId });
  if (filters.mine && principal.kind === "user") clauses.push({ ownerId: principal.membershipId });
  if (filters.status?.length) clauses.push({ status: { in: filters.status } });
  if (filters.overdue) clauses.push({ status: { in: [...OPEN_STATUSES] }, dueDate: { lt: new Date(`${today}T00:00:00Z`) } });
  if (filters.cursor) {
    const cursor = decodeActionCursor(filters.cursor);
    if (!cursor) throw invalid("cursor: is not a cursor this list returned");
    clauses.push({ OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] });
  }
  return clauses;
}

export async function listActions(principal: Principal, filters: unknown = {}): Promise<ActionListPageDto> {
  return withOrganisation(principal.organisationId, async () => {
    const scope = actionReadScope(principal);
    if (!scope) throw new ForbiddenError();
    const parsed = ZListActionsFilters.safeParse(filters ?? {});
    if (!parsed.success) throw invalid(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; "));
    const today = parisToday();
    const limit = parsed.data.limit ?? ACTIONS_PAGE_SIZE;
    const rows = await db().action.findMany({
      where: { AND: [scope, ...(await filterClauses(principal, parsed.data, today))] },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit + 1,
      select: summarySelect,
    });
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      rows: page.map((row) => toSummary(row, today)),
      nextCursor: rows.length > limit && last ? encodeActionCursor(last.createdAt, last.id) : null,
    };
  });
}
