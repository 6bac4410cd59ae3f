// The filters of a dashboard URL, checked against the organisation's moments of truth: the one
// reading shared by the pages and their CSV exports, so a file is always what the screen shows.
import type { Principal } from "@/lib/auth/actor-types";
import { listMomentOptions, type MomentOptionDto } from "@/lib/db/dashboard/list-moment-options";
import type { Locale } from "@/lib/i18n/config";
import { localLabel } from "./labels";
import { readUrlFilters, withKnownMoment, type SearchParams, type UrlFilters } from "./url-filters";

export interface ResolvedFilters {
  filters: UrlFilters;
  moments: MomentOptionDto[];
  unknownMoment: boolean;
  /** The chosen moment of truth's label in the reader's language, for file names. */
  momentLabel: string | null;
}

export async function resolveUrlFilters(
  principal: Principal,
  params: SearchParams,
  withTeam: boolean,
  locale: Locale,
): Promise<ResolvedFilters> {
  const moments = await listMomentOptions(principal);
  const { filters, unknownMoment } = withKnownMoment(readUrlFilters(params, withTeam), moments);
  const moment = moments.find((option) => option.id === filters.momentOfTruth);
  return { filters, moments, unknownMoment, momentLabel: moment ? localLabel(locale, moment) : null };
}
