// Whether the principal may create and edit actions for one team (`actions:manage` with the team
// in scope): the team page asks it to show its « Créer une action » links. A team of another
// organisation, or an id that is not one, is simply "no".
import type { Principal } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { isUuid } from "@/lib/patterns";
import { db } from "../client";
import { withOrganisation } from "../tenant-context";

export async function canManageTeamActions(principal: Principal, teamId: string): Promise<boolean> {
  return withOrganisation(principal.organisationId, async () => {
    if (!can(principal, "actions:manage") || !isUuid(teamId)) return false;
    const team = await db().team.findFirst({
      where: { id: teamId.toLowerCase(), organisationId: principal.organisationId },
      select: { id: true, organisationId: true, path: true },
    });
    return team !== null && can(principal, "actions:manage", team);
  });
}
