// "Teams to watch" on the overview (issue 19 §3): the leaf teams with the largest significant gaps
// and the biggest significant drops from the previous period. A team whose eNPS is hidden is never
// listed on an employee-based criterion (gap, eNPS drop); a customer figure under the organisation's
// minimum n is never a reason either (issue 19 §2).
import { estimateChange } from "@/lib/stats/change";
import type { SymmetryTeamDto } from "@/lib/symmetry/symmetry-types";
import { countsOf } from "./nps-counts";

export interface WatchedGap {
  teamId: string;
  name: string;
  gap: number;
}

export interface WatchedDrop {
  teamId: string;
  name: string;
  side: "nps" | "enps";
  delta: number;
}

export interface TeamsToWatch {
  gaps: WatchedGap[];
  drops: WatchedDrop[];
}

type Options = { minCustomerResponses: number; limit?: number };

const enoughCustomers = (team: SymmetryTeamDto, min: number) =>
  team.nps !== null && team.nps.n >= min && (team.nps as { tooFew?: boolean }).tooFew !== true;

function drop(team: SymmetryTeamDto, before: SymmetryTeamDto | undefined, side: "nps" | "enps"): WatchedDrop | null {
  if (side === "enps" && (team.enpsSuppressed || before?.enpsSuppressed !== false)) return null;
  const earlier = countsOf(before?.[side]);
  const later = countsOf(team[side]);
  const change = earlier && later ? estimateChange(earlier, later) : null;
  return change && change.significant && change.delta < 0 ? { teamId: team.teamId, name: team.name, side, delta: change.delta } : null;
}

export function teamsToWatch(
  current: readonly SymmetryTeamDto[],
  previous: readonly SymmetryTeamDto[] | null,
  { minCustomerResponses, limit = 3 }: Options,
): TeamsToWatch {
  const leaves = current.filter((team) => team.leaf);
  const gaps = leaves
    .filter((team) => !team.enpsSuppressed && team.gap && enoughCustomers(team, minCustomerResponses))
    .filter((team) => team.gap!.low > 0 || team.gap!.high < 0)
    .map((team) => ({ teamId: team.teamId, name: team.name, gap: team.gap!.value }))
    .sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap) || a.name.localeCompare(b.name));
  const before = new Map((previous ?? []).map((team) => [team.teamId, team]));
  const drops = leaves
    .flatMap((team) => {
      const earlier = before.get(team.teamId);
      if (!earlier) return [];
      const customer =
        enoughCustomers(team, minCustomerResponses) && enoughCustomers(earlier, minCustomerResponses) ? drop(team, earlier, "nps") : null;
      return [customer, drop(team, earlier, "enps")].filter((entry): entry is WatchedDrop => entry !== null);
    })
    .sort((a, b) => a.delta - b.delta || a.name.localeCompare(b.name));
  return { gaps: gaps.slice(0, limit), drops: drops.slice(0, limit) };
}
