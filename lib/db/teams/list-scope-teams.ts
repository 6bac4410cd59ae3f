// The teams a principal reads results of (results:read and teamInScope: the whole tree for
// ADMIN/HR/CX, a manager's subtrees, an employee's own team), in tree order, for a team filter.
import type { Principal } from "@/lib/auth/actor-types";
import { can, teamInScope } from "@/lib/auth/policy";
import { ForbiddenError } from "@/lib/errors";
import { db } from "../client";
import { withOrganisation } from "../tenant-context";

export interface ScopeTeamDto {
  teamId: string;
  name: string;
  depth: number;
}

export async function listScopeTeams(principal: Principal): Promise<ScopeTeamDto[]> {
  return withOrganisation(principal.organisationId, async () => {
    if (!can(principal, "results:read")) throw new ForbiddenError();
    const { organisationId } = principal;
    const teams = await db().team.findMany({
      where: { organisationId, archivedAt: null },
      orderBy: { path: "asc" },
      select: { id: true, name: true, depth: true, path: true },
    });
    return teams
      .filter((team) => teamInScope(principal, { ...team, organisationId }))
      .map((team) => ({ teamId: team.id, name: team.name, depth: team.depth }));
  });
}
