// A team's page: its scores and its sub-teams'. Ids outside the actor's scope or
// organisation are 404s (the data layer says "not found").
import Link from "next/link";
import { TeamScoresTable } from "@/components/dashboard/team-scores-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/get-actor";
import { orPageError } from "@/lib/auth/page-guard";
import { getTeam } from "@/lib/db/teams/get-team";
import { fmt } from "@/lib/i18n/format";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";

type Props = { params: Promise<{ locale: string; teamId: string }> };

export const generateMetadata = pageTitle((t) => t.dashboard.team);

export default async function TeamPage({ params }: Props) {
  const { locale, t } = await localeFromParams(params);
  const { teamId } = await params;
  const actor = await requireActor(locale, `/${locale}/teams/${teamId}`);
  const detail = await orPageError(getTeam(actor, teamId));
  const k = actor.minGroupSize;
  return (
    <>
      <PageHeader title={fmt(t.team.title, { name: detail.team.name })} lead={t.teamKinds[detail.team.kind]} />
      {detail.parent ? (
        <p className="mb-4 text-sm">
          <Link className="underline" href={`/${locale}/teams/${detail.parent.id}`}>
            {fmt(t.team.parent, { name: detail.parent.name })}
          </Link>
        </p>
      ) : null}
      <section aria-labelledby="scores" className="mb-8">
        <h2 id="scores" className="mb-2 text-lg font-semibold">{t.team.scores}</h2>
        <TeamScoresTable rows={[detail.team]} locale={locale} t={t} k={k} caption={t.team.scores} />
        {detail.memberCount !== null ? (
          <p className="mt-2 text-sm text-slate-600">{fmt(t.team.memberCount, { n: detail.memberCount })}</p>
        ) : null}
      </section>
      <section aria-labelledby="subteams">
        <h2 id="subteams" className="mb-2 text-lg font-semibold">{t.team.subteams}</h2>
        {detail.children.length === 0 ? (
          <EmptyState title={t.team.noSubteams} />
        ) : (
          <TeamScoresTable rows={detail.children} locale={locale} t={t} k={k} caption={t.team.subteams} />
        )}
      </section>
    </>
  );
}
