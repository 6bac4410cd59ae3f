// The team tree (issue 12 §2): every direction, service and team with its people counts, a
// search that keeps each match's ancestors, and for ADMIN the form to add a team. HR and CX
// read it. Plain GET search and plain forms: works without JavaScript.
import { Notice } from "@/components/ui/notice";
import Link from "next/link";
import { OrganisationTabs } from "@/components/organisation/organisation-tabs";
import { ParentSelect, TeamFields } from "@/components/organisation/team-fields";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/get-actor";
import { orPageError } from "@/lib/auth/or-page-error";
import { can } from "@/lib/auth/policy";
import { listTeamTree, type TeamTreeNode } from "@/lib/db/teams/list-team-tree";
import { fmt, formatNumber } from "@/lib/i18n/format";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";
import { createTeamAction } from "./actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ q?: string; notice?: string; error?: string }> };

export const generateMetadata = pageTitle((t) => t.organisation.teamsTitle);

/** The teams whose name or HR id contains the query, with their ancestors (so the tree still reads). */
function matching(teams: TeamTreeNode[], q: string): TeamTreeNode[] {
  const needle = q.toLocaleLowerCase("fr");
  const hits = teams.filter(
    (team) => team.name.toLocaleLowerCase("fr").includes(needle) || team.externalId?.toLowerCase().includes(needle),
  );
  const keep = new Set(hits.flatMap((team) => team.path.split("/").filter(Boolean)));
  return teams.filter((team) => keep.has(team.id));
}

export default async function TeamsPage({ params, searchParams }: Props) {
  const { locale, t } = await localeFromParams(params);
  const actor = await requireActor(locale, `/${locale}/organisation/teams`);
  const query = await searchParams;
  const all = await orPageError(listTeamTree(actor));
  const o = t.organisation;
  const q = (query.q ?? "").trim().slice(0, 100);
  const teams = q ? matching(all, q) : all;
  const admin = can(actor, "organisation:manage");
  const errors = new Set((query.error ?? "").split(",").filter(Boolean));
  const notice = query.notice === "created" ? o.created : null;
  return (
    <>
      <PageHeader title={o.teamsTitle} lead={o.teamsIntro} />
      <OrganisationTabs
        locale={locale}
        t={o}
        current="teams"
        people={can(actor, "people:manage")}
        sync={can(actor, "directory:sync") ? t.directorySync.tab : null}
      />
      <Notice kind="ok" text={notice} testId="teams-notice" />
      <form method="get" role="search" aria-label={o.search} className="mb-4 flex flex-wrap items-end gap-2">
        <label className="flex flex-col gap-1 text-sm">
          <span>{o.search}</span>
          <input name="q" type="search" defaultValue={q} maxLength={100} className="rounded border border-slate-400 px-3 py-1" />
        </label>
        <button type="submit" className="rounded border border-slate-400 px-3 py-1">
          {o.searchSubmit}
        </button>
        {q ? (
          <Link href={`/${locale}/organisation/teams`} className="px-2 py-1 text-sm underline">
            {o.searchClear}
          </Link>
        ) : null}
      </form>
      {all.length === 0 ? (
        <EmptyState title={o.empty} hint={admin ? o.emptyHint : o.teamsReadOnly} />
      ) : teams.length === 0 ? (
        <p className="mb-6 text-slate-600">{fmt(o.searchNone, { q })}</p>
      ) : (
        <div className="mb-8 overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left" data-testid="team-tree">
            <caption className="sr-only">{o.teamsTitle}</caption>
            <thead>
              <tr className="border-b">
                <th scope="col" className="p-2">
                  {o.columnTeam}
                </th>
                <th scope="col" className="p-2">
                  {o.columnKind}
                </th>
                <th scope="col" className="p-2">
                  {o.columnExternalId}
                </th>
                <th scope="col" className="p-2">
                  {o.columnPeople}
                </th>
              </tr>
            </thead>
            <tbody>
              {teams.map((team) => (
                <tr key={team.id} className={`border-b ${team.archived ? "text-slate-500" : ""}`} data-testid="tree-row">
                  <th scope="row" className="p-2 font-normal" style={{ paddingLeft: `${0.5 + team.depth * 1.25}rem` }}>
                    {admin ? (
                      <Link className="text-blue-700 underline" href={`/${locale}/organisation/teams/${team.id}`}>
                        {team.name}
                      </Link>
                    ) : (
                      team.name
                    )}
                    {team.archived ? <span className="ml-2 rounded bg-slate-200 px-1 text-xs">{o.archived}</span> : null}
                  </th>
                  <td className="p-2">{o[`kind${team.kind}`]}</td>
                  <td className="p-2 font-mono text-sm">{team.externalId ?? "—"}</td>
                  <td className="p-2">
                    {formatNumber(locale, team.people)} / {formatNumber(locale, team.subtreePeople)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {admin ? (
        <section aria-labelledby="create-team" className="max-w-md">
          <h2 id="create-team" className="mb-3 text-lg font-semibold">
            {o.createTitle}
          </h2>
          <Notice kind="error" text={errors.size > 0 ? o.errorSummary : null} />
          <form action={createTeamAction} className="flex flex-col gap-4">
            <input type="hidden" name="locale" value={locale} />
            <TeamFields t={o} errors={errors} />
            <ParentSelect t={o} teams={all} errors={errors} />
            <button type="submit" className="self-start rounded bg-brand px-4 py-2 font-medium text-white">
              {o.create}
            </button>
          </form>
        </section>
      ) : (
        <p className="text-sm text-slate-600">{o.teamsReadOnly}</p>
      )}
    </>
  );
}
