// The dashboard filters in the URL (a plain GET form writes them, so views are shareable):
// malformed values are dropped rather than failing the page, a reversed range is put back in
// order, and the same names are written back onto team links and export links.
import { DASHBOARD_CHANNELS, type DashboardChannel, type SymmetryFilters } from "@/lib/symmetry/symmetry-filters";
import { isMonth, isUuid } from "@/lib/patterns";

export type SearchParams = Record<string, string | string[] | undefined>;

export type UrlFilters = Pick<SymmetryFilters, "from" | "to" | "teamId" | "channel" | "momentOfTruth">;

function one(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first && first.trim() !== "" ? first.trim() : undefined;
}

function channelOf(value: string | undefined): DashboardChannel | undefined {
  const upper = value?.toUpperCase();
  return DASHBOARD_CHANNELS.find((channel) => channel === upper);
}

/** `withTeam`: the dashboard reads `team`; a team page has its team in its path. */
export function readUrlFilters(params: SearchParams, withTeam: boolean): UrlFilters {
  let from = one(params.from);
  let to = one(params.to);
  if (from && !isMonth(from)) from = undefined;
  if (to && !isMonth(to)) to = undefined;
  if (from && to && from > to) [from, to] = [to, from];
  const team = withTeam ? one(params.team) : undefined;
  const channel = channelOf(one(params.channel));
  const mot = one(params.mot);
  const momentOfTruth = isUuid(mot) ? mot.toLowerCase() : undefined;
  return {
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(team ? { teamId: team } : {}),
    ...(channel ? { channel } : {}),
    ...(momentOfTruth ? { momentOfTruth } : {}),
  };
}

/**
 * A well-formed moment-of-truth id that is not among the options (unknown, retired, another
 * organisation's) is dropped and reported, so a stale shared link still opens: the page says
 * the filter was removed, the same way whoever the id belongs to.
 */
export function withKnownMoment(
  filters: UrlFilters,
  moments: ReadonlyArray<{ id: string }>,
): { filters: UrlFilters; unknownMoment: boolean } {
  if (!filters.momentOfTruth || moments.some((moment) => moment.id === filters.momentOfTruth)) return { filters, unknownMoment: false };
  const kept = { ...filters };
  delete kept.momentOfTruth;
  return { filters: kept, unknownMoment: true };
}

/** "?from=…&to=…&channel=…&mot=…" ("" when none); `withTeam` adds the dashboard's `team`. */
export function filtersQuery(filters: UrlFilters, withTeam = false): string {
  const query = new URLSearchParams();
  if (filters.from) query.set("from", filters.from);
  if (filters.to) query.set("to", filters.to);
  if (withTeam && filters.teamId) query.set("team", filters.teamId);
  if (filters.channel) query.set("channel", filters.channel);
  if (filters.momentOfTruth) query.set("mot", filters.momentOfTruth);
  const text = query.toString();
  return text ? `?${text}` : "";
}

/** Does a customer-only filter (channel, moment of truth) apply? */
export const hasCustomerFilter = (filters: UrlFilters) => Boolean(filters.channel || filters.momentOfTruth);
