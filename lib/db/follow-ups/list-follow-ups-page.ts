// The follow-ups list as a manager works it (issue 14 §4): filtered by status (the open ones by
// default, closed ones stay findable), team with its subtree, assignee (me, nobody, someone) and
// overdue, newest first in keyset pages. The scope is in the query (followUpScope).
import { z } from "zod";
import { decodeActionCursor, encodeActionCursor } from "@/lib/actions/action-list-schema";
import { parisToday } from "@/lib/actions/action-schema";
import type { Actor } from "@/lib/auth/actor-types";
import { ExpectedError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { db } from "../client";
import type { Prisma } from "../generated/client";
import { followUpScope, type FollowUpDto } from "./list-follow-ups";
import { withOrganisation } from "../tenant-context";

export const FOLLOW_UPS_LIST_PAGE = 50;

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/** URL filters: an unknown value is dropped (the list shows without it), never an error page. */
export const ZFollowUpFilters = z.object({
  status: z.enum(["open", "OPEN", "IN_PROGRESS", "CLOSED", "all"]).catch("open").default("open"),
  team: optional(z.uuid()),
  assignee: optional(z.union([z.enum(["me", "none"]), z.uuid()])),
  overdue: optional(z.literal("1")),
  cursor: optional(z.string().max(200)),
});
export type FollowUpFilters = z.output<typeof ZFollowUpFilters>;

export interface FollowUpListRow extends FollowUpDto {
  assigneeName: string | null;
  dueOn: string | null;
  overdue: boolean;
}

export async function listFollowUps(actor: Actor, input: unknown): Promise<{ rows: FollowUpListRow[]; nextCursor: string | null }> {
  return withOrganisation(actor.organisationId, async () => {
    const scope = followUpScope(actor);
    if (!scope) throw new ForbiddenError();
    const filters = ZFollowUpFilters.parse(input ?? {});
    const today = new Date(`${parisToday()}T00:00:00Z`);
    const clauses: Prisma.FollowUpWhereInput[] = [scope];
    if (filters.status === "open") clauses.push({ status: { in: ["OPEN", "IN_PROGRESS"] } });
    else if (filters.status !== "all") clauses.push({ status: filters.status });
    if (filters.team) {
      const team = await db().team.findFirst({ where: { id: filters.team, organisationId: actor.organisationId }, select: { path: true } });
      if (!team) throw new NotFoundError("team");
      clauses.push({ team: { path: { startsWith: team.path } } });
    }
    if (filters.assignee === "me") clauses.push({ assigneeId: actor.membershipId });
    else if (filters.assignee === "none") clauses.push({ assigneeId: null });
    else if (filters.assignee) clauses.push({ assigneeId: filters.assignee });
    if (filters.overdue) clauses.push({ dueOn: { lt: today }, status: { not: "CLOSED" } });
    if (filters.cursor) {
      const cursor = decodeActionCursor(filters.cursor);
      if (!cursor) throw new ExpectedError("INVALID_INPUT", "cursor: is not a cursor this list returned");
      clauses.push({ OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] });
    }
    const rows = await db().followUp.findMany({
      where: { AND: clauses },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: FOLLOW_UPS_LIST_PAGE + 1,
      select: {
        id: true,
        status: true,
        createdAt: true,
        teamId: true,
        dueOn: true,
        team: { select: { name: true } },
        assignee: { select: { user: { select: { name: true } } } },
        response: { select: { score: true, comment: true, submittedAt: true } },
      },
    });
    const page = rows.slice(0, FOLLOW_UPS_LIST_PAGE);
    const last = page.at(-1);
    return {
      rows: page.map((row) => ({
        id: row.id,
        status: row.status,
        createdAt: row.createdAt,
        teamId: row.teamId,
        teamName: row.team.name,
        score: row.response.score,
        comment: row.response.comment,
        submittedAt: row.response.submittedAt,
        assigneeName: row.assignee?.user.name ?? null,
        dueOn: row.dueOn ? row.dueOn.toISOString().slice(0, 10) : null,
        overdue: row.dueOn !== null && row.status !== "CLOSED" && row.dueOn < today,
      })),
      nextCursor: rows.length > FOLLOW_UPS_LIST_PAGE && last ? encodeActionCursor(last.createdAt, last.id) : null,
    };
  });
}
