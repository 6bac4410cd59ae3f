// The dashboard filters as a plain GET form: the URL holds them, so it works without JS and
// every view can be bookmarked. The team list is the current result's (the actor's scope); the
// moments of truth are the organisation's active customer ones.
import Link from "next/link";
import { MonthFilter, SelectFilter, indented } from "@/components/ui/filter-fields";
import { channelLabel, localLabel } from "@/lib/dashboard/labels";
import type { UrlFilters } from "@/lib/dashboard/url-filters";
import type { MomentOptionDto } from "@/lib/db/dashboard/list-moment-options";
import { DASHBOARD_CHANNELS } from "@/lib/symmetry/symmetry-filters";
import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/messages";

type TeamOption = { teamId: string; name: string; depth: number };
type Props = {
  action: string;
  filters: UrlFilters;
  teams: TeamOption[] | null;
  moments: MomentOptionDto[];
  /** The URL named a moment of truth that is not among `moments`: it was dropped. */
  unknownMoment: boolean;
  locale: Locale;
  t: Messages;
};

export function SymmetryFiltersForm({ action, filters, teams, moments, unknownMoment, locale, t }: Props) {
  const m = t.symmetry.filters;
  const minDepth = teams && teams.length > 0 ? Math.min(...teams.map((team) => team.depth)) : 0;
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-label={m.title}
      aria-describedby="filters-hint"
      className="mb-6 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
    >
      <div className="flex flex-wrap items-end gap-4">
        <MonthFilter title={m.from} name="from" value={filters.from} placeholder="2026-05" />
        <MonthFilter title={m.to} name="to" value={filters.to} placeholder="2026-10" />
        {teams ? (
          <SelectFilter
            title={m.team}
            name="team"
            value={filters.teamId}
            all={m.allTeams}
            options={teams.map((team) => ({ value: team.teamId, label: indented(team.name, team.depth - minDepth) }))}
          />
        ) : null}
        <SelectFilter
          title={m.channel}
          name="channel"
          value={filters.channel}
          all={m.allChannels}
          options={DASHBOARD_CHANNELS.map((channel) => ({ value: channel, label: channelLabel(channel, t) }))}
        />
        <SelectFilter
          title={m.moment}
          name="mot"
          value={filters.momentOfTruth}
          all={m.allMoments}
          options={moments.map((moment) => ({
            value: moment.id,
            label: moment.active
              ? localLabel(locale, moment)
              : `${localLabel(locale, moment)} (${t.catalogueMoments.retired.toLowerCase()})`,
          }))}
        />
        <button type="submit" className="rounded bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700">
          {m.apply}
        </button>
        <Link href={action} className="text-sm underline">
          {m.reset}
        </Link>
      </div>
      <p id="filters-hint" className="mt-2 text-xs text-slate-600">
        {m.customerOnlyHint}
      </p>
      {unknownMoment ? (
        <p role="status" className="mt-2 text-sm text-amber-900" data-testid="unknown-moment">
          {m.unknownMoment}
        </p>
      ) : null}
    </form>
  );
}
