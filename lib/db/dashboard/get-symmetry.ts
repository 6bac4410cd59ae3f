// The mirrored dashboard's data for a principal: every team of their scope with NPS, eNPS
// and gap, the cross-team correlation, the trend and the lagged correlation. Reads only the
// rollup, refreshed first (bounded: dirty months only), so it is consistent with every
// committed answer. Anonymity is the organisation's, identical for every role, ADMIN included.
import type { Principal } from "@/lib/auth/actor-types";
import { can, teamInScope } from "@/lib/auth/policy";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { effectiveMinGroupSize } from "@/lib/stats/suppression";
import { db } from "../client";
import { refreshRollups } from "../rollup/refresh";
import { buildSymmetry, decideHidden, type SymmetryView } from "@/lib/symmetry/build-symmetry";
import type { DashboardTeam } from "@/lib/symmetry/symmetry-types";
import { loadRollupCounts, storeHiddenNodes } from "@/lib/db/internal/dashboard/load-rollup-counts";
import { parseSymmetryFilters, type SymmetryFilters } from "@/lib/symmetry/symmetry-filters";
import type { SymmetryResultDto } from "@/lib/symmetry/symmetry-types";
import { isUuid } from "@/lib/patterns";
import { withOrganisation } from "../tenant-context";

/** Ids of another organisation, malformed ids and teams outside the scope are all "not found". */
async function checkFilterIds(principal: Principal, filters: SymmetryFilters): Promise<void> {
  if (filters.teamId !== undefined && !isUuid(filters.teamId)) throw new NotFoundError("team");
  if (filters.momentOfTruth !== undefined) {
    const found = isUuid(filters.momentOfTruth)
      ? await db().momentOfTruth.findFirst({
          where: { id: filters.momentOfTruth, organisationId: principal.organisationId, side: "CUSTOMER" },
          select: { id: true },
        })
      : null;
    if (!found) throw new NotFoundError("moment of truth");
  }
}

/**
 * The trend follows the filtered team, else the root of a scoped role's view, else the
 * organisation; a manager or employee without a team has no trend (never the organisation's).
 */
function trendOf(principal: Principal, filters: SymmetryFilters): { teamId: string | null } | null {
  if (filters.teamId) return { teamId: filters.teamId };
  if (principal.kind === "apiKey" || ["ADMIN", "HR", "CX"].includes(principal.role)) return { teamId: null };
  return principal.teamId ? { teamId: principal.teamId } : null;
}

function shownTeams(principal: Principal, teams: DashboardTeam[], filterTeam: DashboardTeam | undefined): Set<string> {
  const inScope = teams.filter((team) => teamInScope(principal, { ...team, organisationId: principal.organisationId }));
  const within = filterTeam ? inScope.filter((team) => team.path.startsWith(filterTeam.path)) : inScope;
  return new Set(within.map((team) => team.id));
}

/** What a symmetry read is built from, for a principal: the rollups (refreshed), the hidden sets (decided and stored), the scope. */
export async function loadSymmetryView(principal: Principal, input: unknown = {}): Promise<SymmetryView> {
  return withOrganisation(principal.organisationId, async () => {
    if (!can(principal, "results:read")) throw new ForbiddenError();
    const filters = parseSymmetryFilters(input);
    await checkFilterIds(principal, filters);
    await refreshRollups(principal.organisationId);
    const counts = await loadRollupCounts(principal.organisationId, filters);
    const filterTeam = filters.teamId ? counts.teams.find((team) => team.id === filters.teamId) : undefined;
    if (filters.teamId && (!filterTeam || !can(principal, "results:read", { ...filterTeam, organisationId: principal.organisationId }))) {
      throw new NotFoundError("team");
    }
    const k = effectiveMinGroupSize(counts.minGroupSize);
    // Decided once per read from what earlier reads hid, and stored before anything is shown.
    const hidden = decideHidden(counts, k);
    await storeHiddenNodes(principal.organisationId, hidden, counts.hiddenBefore);
    return {
      counts,
      hidden,
      k,
      filters,
      shownTeamIds: shownTeams(principal, counts.teams, filterTeam),
      trend: trendOf(principal, filters),
    };
  });
}

export async function getSymmetry(principal: Principal, input: unknown = {}): Promise<SymmetryResultDto> {
  return withOrganisation(principal.organisationId, async () => {
    return buildSymmetry(await loadSymmetryView(principal, input));
  });
}
