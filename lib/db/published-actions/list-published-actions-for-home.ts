// "You said, we did" (issue 14 §3, docs/team-irritants.md): the published actions an employee's
// home page lists — those concerning their own team, and those concerning a team above it (a
// service, a direction, the organisation's root: what was done for everyone there). Actions of
// sibling or unrelated teams are not listed: they were published to those teams' employees.
// Title, what was done, when it was published and done; never who answered, nor who owns it.
import type { Actor } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ForbiddenError } from "@/lib/errors";
import { db } from "../client";
import { withOrganisation } from "../tenant-context";

export interface PublishedActionDto {
  id: string;
  title: string;
  summary: string;
  publishedAt: string;
  /** "YYYY-MM-DD"-able instant the action was done, null while it is not. */
  doneAt: string | null;
  /** Concerns the person's own team, or a team above it. */
  scope: "team" | "organisation";
}

export const HOME_PUBLISHED_LIMIT = 20;

/** The team ids of a materialised path ("/root/…/team/"), root first. */
const pathIds = (path: string) => path.split("/").filter(Boolean);

export async function listPublishedActionsForHome(actor: Actor): Promise<PublishedActionDto[]> {
  return withOrganisation(actor.organisationId, async () => {
    if (!can(actor, "actions:published")) throw new ForbiddenError();
    if (!actor.teamId || !actor.teamPath) return [];
    const teamIds = pathIds(actor.teamPath);
    const rows = await db().action.findMany({
      where: {
        organisationId: actor.organisationId,
        publishedAt: { not: null },
        publishedSummary: { not: null },
        status: { not: "DROPPED" },
        teams: { some: { organisationId: actor.organisationId, teamId: { in: teamIds } } },
      },
      select: {
        id: true,
        title: true,
        publishedSummary: true,
        publishedAt: true,
        doneAt: true,
        teams: { where: { teamId: actor.teamId }, select: { teamId: true } },
      },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      take: HOME_PUBLISHED_LIMIT,
    });
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      summary: row.publishedSummary!,
      publishedAt: row.publishedAt!.toISOString(),
      doneAt: row.doneAt?.toISOString() ?? null,
      scope: row.teams.length > 0 ? "team" : "organisation",
    }));
  });
}
