// The contacts list's filters as a plain GET form: the URL holds them (works without JS, every
// view can be bookmarked or shared); submitting starts again from the first page.
import Link from "next/link";
import { MonthFilter, SelectFilter, indented } from "@/components/ui/filter-fields";
import { EMAIL_STATUSES, LINK_STATES, type ContactFilters } from "@/lib/contacts/list-filters";
import { channelLabel } from "@/lib/dashboard/labels";
import type { ContactTeamOptionDto } from "@/lib/db/contacts/list-contact-team-options";
import { DASHBOARD_CHANNELS } from "@/lib/symmetry/symmetry-filters";
import type { Messages } from "@/lib/i18n/messages";

type Props = { action: string; filters: ContactFilters; teams: ContactTeamOptionDto[]; t: Messages };

export function ContactsFiltersForm({ action, filters, teams, t }: Props) {
  const m = t.contacts.list;
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-label={m.filtersTitle}
      className="mb-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
    >
      <div className="flex flex-wrap items-end gap-4">
        <label className="flex flex-col gap-1 text-sm">
          {m.search}
          <input
            type="search"
            name="q"
            defaultValue={filters.q ?? ""}
            placeholder={m.searchPlaceholder}
            maxLength={200}
            className="rounded border border-slate-300 bg-white px-2 py-1 text-sm"
          />
        </label>
        <SelectFilter
          title={m.emailStatus}
          name="status"
          value={filters.emailStatus}
          all={m.allEmailStatuses}
          options={EMAIL_STATUSES.map((status) => ({ value: status, label: m.emailStatuses[status] }))}
        />
        <SelectFilter
          title={m.linkState}
          name="link"
          value={filters.linkState}
          all={m.allLinkStates}
          options={LINK_STATES.map((state) => ({ value: state, label: m.linkStates[state] }))}
        />
        <SelectFilter
          title={m.team}
          name="team"
          value={filters.teamId}
          all={m.allTeams}
          options={teams.map((team) => ({ value: team.id, label: indented(team.name, team.depth) }))}
        />
        <SelectFilter
          title={m.channel}
          name="channel"
          value={filters.channel}
          all={m.allChannels}
          options={DASHBOARD_CHANNELS.map((channel) => ({ value: channel, label: channelLabel(channel, t) }))}
        />
        <MonthFilter title={m.from} name="from" value={filters.from} placeholder="2026-05" />
        <MonthFilter title={m.to} name="to" value={filters.to} placeholder="2026-10" />
        <button type="submit" className="rounded bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700">
          {m.apply}
        </button>
        <Link href={action} className="text-sm underline">
          {m.reset}
        </Link>
      </div>
    </form>
  );
}
