// A pulse's results for HR (issue 19 §4), read through the dashboard's anonymity engine
// (getSymmetry, filtered to the pulse's month) so they obey exactly the rules every other
// reader does: nothing before the month is released (the 1st of the next month, Paris calendar,
// docs/anonymity.md "Release"), a team hidden there is hidden here, no count under k. Results
// are per month, not per pulse: the eNPS of the pulse's teams counts every employee answer of
// that month (the page says so).
import type { Actor } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/patterns";
import { pulsePeriod } from "@/lib/pulses/pulse-status";
import { currentParisMonth } from "@/lib/surveys/release-calendar";
import type { NpsDto } from "@/lib/symmetry/symmetry-types";
import { db } from "../client";
import { getSymmetry } from "../dashboard/get-symmetry";
import { withOrganisation } from "../tenant-context";

export interface PulseResultTeamDto {
  teamId: string;
  name: string;
  depth: number;
  /** Null when hidden or without answers (`hidden` tells which). */
  enps: NpsDto | null;
  hidden: boolean;
}

export type PulseResultsDto =
  | { status: "draft" }
  | { status: "sealed"; month: string }
  | { status: "refused"; month: string }
  | { status: "released"; month: string; organisation: NpsDto | null; teams: PulseResultTeamDto[] };

export async function getPulseResults(actor: Actor, pulseId: string, now = new Date()): Promise<PulseResultsDto> {
  return withOrganisation(actor.organisationId, async () => {
    if (!can(actor, "pulses:manage")) throw new ForbiddenError();
    if (!isUuid(pulseId)) throw new NotFoundError("pulse");
    const pulse = await db().pulse.findFirst({
      where: { id: pulseId, organisationId: actor.organisationId },
      select: { closesAt: true, launchedAt: true, wholeOrganisation: true, teams: { select: { teamId: true } } },
    });
    if (!pulse) throw new NotFoundError("pulse");
    if (!pulse.launchedAt) return { status: "draft" };
    const month = pulsePeriod(pulse.closesAt).toISOString().slice(0, 7);
    if (month >= currentParisMonth(now)) return { status: "sealed", month };
    const symmetry = await getSymmetry(actor, { from: month, to: month });
    if (symmetry.status === "filter-refused") return { status: "refused", month };
    const targeted = new Set(pulse.teams.map((team) => team.teamId));
    return {
      status: "released",
      month,
      organisation: pulse.wholeOrganisation ? (symmetry.trend.find((point) => point.period === month)?.enps ?? null) : null,
      teams: symmetry.teams
        .filter((team) => targeted.has(team.teamId))
        .map((team) => ({ teamId: team.teamId, name: team.name, depth: team.depth, enps: team.enps, hidden: team.enpsSuppressed })),
    };
  });
}
