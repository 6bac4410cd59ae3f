// The actions list's filters as a plain GET form: the URL holds them (works without JS, every view
// can be shared); submitting starts again from the first page.
import Link from "next/link";
import { SelectFilter, indented } from "@/components/ui/filter-fields";
import { LIST_STATUSES, type ActionListParams } from "@/lib/actions/action-url-params";
import { fmt } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";

export interface FilterChoices {
  teams: ReadonlyArray<{ id: string; name: string; depth: number }>;
  people: ReadonlyArray<{ membershipId: string; name: string; teamName: string | null }>;
}

type Props = { action: string; filters: ActionListParams; choices: FilterChoices; t: Messages };

const check = "flex items-center gap-2 text-sm";

export function ActionsFiltersForm({ action, filters, choices, t }: Props) {
  const m = t.actionPages.list;
  const person = (name: string, team: string | null) => (team ? fmt(t.actionPages.form.ownerOption, { name, team }) : name);
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-label={m.filtersTitle}
      className="mb-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
    >
      <div className="flex flex-wrap items-end gap-4">
        {/* An employee sees only the actions they own: no team or owner to choose among. */}
        {choices.teams.length > 0 ? (
          <>
            <SelectFilter
              title={m.team}
              name="team"
              value={filters.teamId}
              all={m.allTeams}
              options={choices.teams.map((team) => ({ value: team.id, label: indented(team.name, team.depth) }))}
            />
            <SelectFilter
              title={m.owner}
              name="owner"
              value={filters.ownerId}
              all={m.allOwners}
              options={choices.people.map((p) => ({ value: p.membershipId, label: person(p.name, p.teamName) }))}
            />
          </>
        ) : null}
        <SelectFilter
          title={m.status}
          name="status"
          value={filters.status}
          all={m.allStatuses}
          options={LIST_STATUSES.map((status) => ({ value: status, label: t.actionPages.statuses[status] }))}
        />
        <label className={check}>
          <input type="checkbox" name="overdue" value="1" defaultChecked={filters.overdue === true} />
          {m.overdue}
        </label>
        <label className={check}>
          <input type="checkbox" name="mine" value="1" defaultChecked={filters.mine === true} />
          {m.mine}
        </label>
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
