// The person page's "further teams managed" (issue 12 §3): for a manager, their own team, the
// further subtrees they manage (each with a remove button) and a form to add one; plain forms.
import { TreeOptions } from "@/components/ui/notice";
import type { ManagedTeamDto } from "@/lib/db/people/managed-teams";
import { fmt } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";

interface Props {
  t: Messages["managedTeams"];
  hidden: React.ReactNode;
  ownTeam: string | null;
  managed: ManagedTeamDto[];
  teams: ReadonlyArray<{ id: string; name: string; depth: number; archived: boolean }>;
  addAction: (form: FormData) => Promise<never>;
  removeAction: (form: FormData) => Promise<never>;
  error: string | null;
}

const button = "self-start rounded px-4 py-2 font-medium";

export function ManagedTeamsSection({ t, hidden, ownTeam, managed, teams, addAction, removeAction, error }: Props) {
  return (
    <section aria-labelledby="managed-teams" data-testid="managed-teams">
      <h2 id="managed-teams" className="mb-1 text-lg font-semibold">
        {t.title}
      </h2>
      <p className="mb-3 text-sm text-slate-600">{t.lead}</p>
      <p className="mb-2 text-sm">{ownTeam ? fmt(t.own, { team: ownTeam }) : t.noOwn}</p>
      {managed.length === 0 ? (
        <p className="mb-3 text-sm text-slate-600">{t.none}</p>
      ) : (
        <ul className="mb-3 flex flex-col gap-2">
          {managed.map((team) => (
            <li key={team.teamId} className="flex items-center justify-between gap-3 rounded border border-slate-200 px-3 py-2 text-sm">
              <span>
                {team.name}
                {team.archived ? <span className="ml-2 text-slate-500">({t.archived})</span> : null}
              </span>
              <form action={removeAction}>
                {hidden}
                <input type="hidden" name="teamId" value={team.teamId} />
                <button type="submit" className="text-red-700 underline" aria-label={fmt(t.removeLabel, { team: team.name })}>
                  {t.remove}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <form action={addAction} className="flex flex-col gap-2">
        {hidden}
        <label htmlFor="managed-team" className="text-sm font-medium">
          {t.team}
        </label>
        <select
          id="managed-team"
          name="teamId"
          className="rounded border border-slate-400 px-3 py-2"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "managed-team-error" : undefined}
        >
          <TreeOptions nodes={teams.filter((team) => !team.archived)} />
        </select>
        {error ? (
          <p id="managed-team-error" className="text-sm text-red-700" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" className={`${button} border border-blue-700 text-blue-700`}>
          {t.add}
        </button>
      </form>
    </section>
  );
}
