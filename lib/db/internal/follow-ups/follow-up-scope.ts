// A follow-up as the writes and the detail page find it: in the actor's scope or "not found", and the
// people who may be assigned to it (ADMIN, HR, CX, or a MANAGER whose subtrees cover its team).
import type { Actor } from "@/lib/auth/actor-types";
import { NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/patterns";
import { db } from "../../client";
import { followUpScope } from "../../follow-ups/list-follow-ups";
import { withOrganisation } from "../../tenant-context";

/** The follow-up's row in scope, or not found. */
export async function findFollowUpInScope(actor: Actor, id: unknown) {
  return withOrganisation(actor.organisationId, async () => {
    const scope = followUpScope(actor);
    if (!scope || !isUuid(id)) throw new NotFoundError("follow-up");
    const row = await db().followUp.findFirst({
      where: { AND: [scope, { id }] },
      select: { id: true, teamId: true, status: true, assigneeId: true, team: { select: { path: true } } },
    });
    if (!row) throw new NotFoundError("follow-up");
    return row;
  });
}

/** Active members who may handle the team's follow-ups (ADMIN, HR, CX, or a MANAGER whose subtree covers it). */
export async function followUpAssignees(organisationId: string, teamPath: string) {
  return withOrganisation(organisationId, async () => {
    const members = await db().membership.findMany({
      where: { organisationId, active: true, role: { in: ["ADMIN", "HR", "CX", "MANAGER"] } },
      select: {
        id: true,
        role: true,
        user: { select: { name: true } },
        team: { select: { path: true } },
        managedTeams: { select: { team: { select: { path: true } } } },
      },
      orderBy: [{ user: { name: "asc" } }],
    });
    return members
      .filter((m) => {
        if (m.role !== "MANAGER") return true;
        const roots = [m.team?.path, ...m.managedTeams.map((x) => x.team.path)].filter((p): p is string => Boolean(p));
        return roots.some((root) => teamPath.startsWith(root));
      })
      .map((m) => ({ membershipId: m.id, name: m.user.name, role: m.role }));
  });
}
