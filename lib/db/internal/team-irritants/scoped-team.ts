// A team of the principal's organisation, checked in its scope for the given action: another
// organisation's, out of scope or malformed ids are all "not found".
import type { Principal } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/patterns";
import { db } from "../../client";
import { withOrganisation } from "../../tenant-context";

/** The team, checked in scope (another organisation's, out of scope or malformed: 404). */
export async function readScopedTeam(principal: Principal, teamId: string, action: "results:read" | "actions:manage" | "budget:manage") {
  return withOrganisation(principal.organisationId, async () => {
    const team = isUuid(teamId)
      ? await db().team.findFirst({ where: { id: teamId, organisationId: principal.organisationId }, select: { id: true, path: true } })
      : null;
    if (!team || !can(principal, action, { ...team, organisationId: principal.organisationId })) throw new NotFoundError("team");
    return team;
  });
}
