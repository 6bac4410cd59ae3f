// What an employee's home shows of the published employee results (issue 19 §5): the eNPS of
// their own team and of the whole organisation, month by month up to the last released month.
// The team comes from getSymmetry for this principal (the dashboard's own read, scope and
// suppression); the organisation's figure, an aggregate every member belongs to, goes through
// the same engine: the stored hidden sets, decided month by month, hide its months below k.
import type { Principal } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ForbiddenError } from "@/lib/errors";
import { ORGANISATION_NODE } from "@/lib/stats/anonymity";
import { effectiveMinGroupSize } from "@/lib/stats/suppression";
import { releaseCalendar } from "@/lib/surveys/release-calendar";
import { buildSymmetry, decideHidden } from "@/lib/symmetry/build-symmetry";
import type { ChangeDto, NpsDto, TrendPointDto } from "@/lib/symmetry/symmetry-types";
import { loadRollupCounts, storeHiddenNodes } from "@/lib/db/internal/dashboard/load-rollup-counts";
import { getSymmetry } from "./get-symmetry";
import { withOrganisation } from "../tenant-context";

/** The months shown on the home: half a year is enough to see a direction. */
export const HOME_MONTHS = 6;

export interface EnpsPointDto {
  /** "YYYY-MM", a released month. */
  period: string;
  enps: NpsDto;
  /** Change from the previous month with answers, significant at 5 % (lib/stats/change.ts). */
  change: ChangeDto | null;
}

export interface EnpsSeriesDto {
  /** Hidden for anonymity: no point at all is given. */
  suppressed: boolean;
  /** Released months with answers, oldest first, the last HOME_MONTHS of them. */
  points: EnpsPointDto[];
}

export interface EmployeeHomeDto {
  minGroupSize: number;
  /** Null for a person without a team. */
  team: ({ teamId: string; name: string } & EnpsSeriesDto) | null;
  organisation: EnpsSeriesDto;
}

function series(trend: TrendPointDto[], suppressed: boolean, lastReleased: string): EnpsSeriesDto {
  if (suppressed) return { suppressed, points: [] };
  const points = trend.flatMap((point) =>
    point.enps && point.period <= lastReleased ? [{ period: point.period, enps: point.enps, change: point.enpsChange }] : [],
  );
  return { suppressed, points: points.slice(-HOME_MONTHS) };
}

/** The organisation's eNPS trend, through the stored hidden set like every read. */
async function organisationSeries(organisationId: string, lastReleased: string): Promise<EnpsSeriesDto> {
  const counts = await loadRollupCounts(organisationId, {});
  const k = effectiveMinGroupSize(counts.minGroupSize);
  const hidden = decideHidden(counts, k);
  await storeHiddenNodes(organisationId, hidden, counts.hiddenBefore);
  const view = buildSymmetry({ counts, hidden, k, filters: {}, shownTeamIds: new Set(), trend: { teamId: null } });
  // Month by month: the trend has no point for a month that hides the organisation; the whole
  // series reads hidden only when every month with answers hides it.
  const months = [...counts.employee.keys()];
  const everyMonthHidden = months.length > 0 && months.every((month) => hidden.get(month)?.has(ORGANISATION_NODE) === true);
  return series(view.status === "ok" ? view.trend : [], everyMonthHidden, lastReleased);
}

export async function getEmployeeHome(principal: Principal): Promise<EmployeeHomeDto> {
  return withOrganisation(principal.organisationId, async () => {
    if (principal.kind !== "user" || !can(principal, "results:read")) throw new ForbiddenError();
    const lastReleased = releaseCalendar().lastReleasedMonth;
    // Refreshes the rollups and stores what it hides before the organisation's figure is read.
    const symmetry = await getSymmetry(principal);
    const ok = symmetry.status === "ok" ? symmetry : null;
    const own = ok?.teams.find((team) => team.teamId === principal.teamId);
    const organisation = await organisationSeries(principal.organisationId, lastReleased);
    return {
      minGroupSize: ok?.minGroupSize ?? effectiveMinGroupSize(principal.minGroupSize),
      team:
        own && ok && ok.trendTeamId === own.teamId
          ? { teamId: own.teamId, name: own.name, ...series(ok.trend, own.enpsSuppressed, lastReleased) }
          : null,
      organisation,
    };
  });
}
