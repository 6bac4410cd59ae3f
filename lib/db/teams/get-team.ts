// One team's page data for an actor. A team of another organisation, or outside the
// actor's scope, is "not found": callers answer 404 and learn nothing about it.
import type { Actor } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { NotFoundError } from "@/lib/errors";
import { db } from "../client";
import { listTeamScores, type TeamScoreDto } from "./list-team-scores";

export interface TeamDetailDto {
  team: TeamScoreDto;
  parent: { id: string; name: string } | null;
  children: TeamScoreDto[];
  memberCount: number | null;
}

const ZUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function getTeam(actor: Actor, teamId: string): Promise<TeamDetailDto> {
  if (!ZUuid.test(teamId)) throw new NotFoundError("team");
  const found = await db().team.findFirst({
    where: { id: teamId, organisationId: actor.organisationId },
    select: { id: true, path: true, parent: { select: { id: true, name: true, path: true } } },
  });
  if (!found || !can(actor, "team:read", { ...found, organisationId: actor.organisationId })) throw new NotFoundError("team");
  const [scores, members] = await Promise.all([
    listTeamScores(actor),
    db().membership.count({ where: { organisationId: actor.organisationId, active: true, team: { path: { startsWith: found.path } } } }),
  ]);
  const team = scores.find((row) => row.id === teamId);
  if (!team) throw new NotFoundError("team");
  const parentVisible = found.parent && scores.some((row) => row.id === found.parent?.id);
  return {
    team,
    parent: parentVisible && found.parent ? { id: found.parent.id, name: found.parent.name } : null,
    children: scores.filter((row) => row.parentId === teamId),
    // Headcount is a count too: below the threshold it is suppressed like any result.
    memberCount: members >= actor.minGroupSize ? members : null,
  };
}
