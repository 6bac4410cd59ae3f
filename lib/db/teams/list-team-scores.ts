// The teams an actor may see with their customer NPS, employee eNPS and gap, suppression
// applied. Suppression is decided on the whole organisation's tree, then filtered to the
// actor's scope, so two roles' views can never be combined to reveal a small group.
import type { Actor } from "@/lib/auth/actor-types";
import { can, teamInScope } from "@/lib/auth/policy";
import { ForbiddenError } from "@/lib/errors";
import { estimateGap, estimateNps, type NpsCounts } from "@/lib/stats/nps";
import { suppressTree } from "@/lib/stats/tree-suppression";
import { loadTeamTreeCounts, type TeamNode } from "./team-counts";

export type ScoreDto =
  | { status: "ok"; n: number; score: number; low: number; high: number }
  | { status: "empty" }
  | { status: "suppressed" };

export interface TeamScoreDto {
  id: string;
  parentId: string | null;
  name: string;
  kind: TeamNode["kind"];
  depth: number;
  nps: ScoreDto;
  enps: ScoreDto;
  gap: { value: number; low: number; high: number } | null;
}

/**
 * A team's employee results over several periods are hidden when they are hidden in any
 * one period (each wave is a group of people; summing waves does not make more people).
 * The union stays safe against differencing: it only hides more.
 */
function hiddenAcrossPeriods(teams: TeamNode[], byPeriod: Map<string, Map<string, number>>, k: number): Set<string> {
  const hidden = new Set<string>();
  for (const counts of byPeriod.values()) {
    const nodes = teams.map((team) => ({ id: team.id, parentId: team.parentId, n: counts.get(team.id) ?? 0 }));
    for (const id of suppressTree(nodes, k)) hidden.add(id);
  }
  return hidden;
}

function toScore(counts: NpsCounts | undefined, hidden: boolean): ScoreDto {
  if (hidden) return { status: "suppressed" };
  const estimate = counts ? estimateNps(counts) : null;
  return estimate ? { status: "ok", ...estimate } : { status: "empty" };
}

export async function listTeamScores(actor: Actor): Promise<TeamScoreDto[]> {
  if (!can(actor, "results:read")) throw new ForbiddenError();
  const { teams, customer, employee, employeeByPeriod } = await loadTeamTreeCounts(actor.organisationId);
  const hiddenEmployee = hiddenAcrossPeriods(teams, employeeByPeriod, actor.minGroupSize);
  return teams
    .filter((team) => teamInScope(actor, { ...team, organisationId: actor.organisationId }))
    .map((team) => {
      const nps = toScore(customer.get(team.id), false);
      const enps = toScore(employee.get(team.id), hiddenEmployee.has(team.id));
      const customerCounts = customer.get(team.id);
      const employeeCounts = employee.get(team.id);
      const gap = enps.status === "ok" && nps.status === "ok" && customerCounts && employeeCounts ? estimateGap(employeeCounts, customerCounts) : null;
      return { id: team.id, parentId: team.parentId, name: team.name, kind: team.kind, depth: team.depth, nps, enps, gap };
    });
}
