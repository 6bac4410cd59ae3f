// The dashboard filters as a plain GET form: the URL holds them, so it works without JS and
// every view can be bookmarked. The team list is the current result's (the actor's scope); the
// moments of truth are the organisation's active customer ones.
import Link from "next/link";
import { channelLabel, localLabel } from "@/lib/dashboard/labels";
import type { UrlFilters } from "@/lib/dashboard/url-filters";
import type { MomentOptionDto } from "@/lib/db/dashboard/list-moment-options";
import { DASHBOARD_CHANNELS } from "@/lib/db/dashboard/symmetry-filters";
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

const field = "rounded border border-slate-300 bg-white px-2 py-1 text-sm";

export function SymmetryFiltersForm({ action, filters, teams, moments, unknownMoment, locale, t }: Props) {
  const m = t.dashboardV2.filters;
  const minDepth = teams && teams.length > 0 ? Math.min(...teams.map((team) => team.depth)) : 0;
  return (
    <form method="get" action={action} role="search" aria-label={m.title} aria-describedby="filters-hint" className="mb-6 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <div className="flex flex-wrap items-end gap-4">
        <label className="flex flex-col gap-1 text-sm">
          {m.from}
          <input type="month" name="from" defaultValue={filters.from ?? ""} placeholder="2026-05" pattern="\d{4}-\d{2}" className={field} />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          {m.to}
          <input type="month" name="to" defaultValue={filters.to ?? ""} placeholder="2026-10" pattern="\d{4}-\d{2}" className={field} />
        </label>
        {teams ? (
          <label className="flex flex-col gap-1 text-sm">
            {m.team}
            <select name="team" defaultValue={filters.teamId ?? ""} className={field}>
              <option value="">{m.allTeams}</option>
              {teams.map((team) => (
                // Non-breaking spaces indent the tree inside a native <select>.
                <option key={team.teamId} value={team.teamId}>{`${"\u00a0\u00a0".repeat(team.depth - minDepth)}${team.name}`}</option>
              ))}
            </select>
          </label>
        ) : null}
        <label className="flex flex-col gap-1 text-sm">
          {m.channel}
          <select name="channel" defaultValue={filters.channel ?? ""} className={field}>
            <option value="">{m.allChannels}</option>
            {DASHBOARD_CHANNELS.map((channel) => <option key={channel} value={channel}>{channelLabel(channel, t)}</option>)}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          {m.moment}
          <select name="mot" defaultValue={filters.momentOfTruth ?? ""} className={field}>
            <option value="">{m.allMoments}</option>
            {moments.map((moment) => <option key={moment.id} value={moment.id}>{localLabel(locale, moment)}</option>)}
          </select>
        </label>
        <button type="submit" className="rounded bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700">{m.apply}</button>
        <Link href={action} className="text-sm underline">{m.reset}</Link>
      </div>
      <p id="filters-hint" className="mt-2 text-xs text-slate-600">{m.customerOnlyHint}</p>
      {unknownMoment ? <p role="status" className="mt-2 text-sm text-amber-900" data-testid="unknown-moment">{m.unknownMoment}</p> : null}
    </form>
  );
}
