// The mirrored dashboard (first version): every team in the actor's scope with its
// customer NPS, employee eNPS and gap, suppression applied by the data layer.
import { TeamScoresTable } from "@/components/dashboard/team-scores-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/get-actor";
import { orPageError } from "@/lib/auth/page-guard";
import { listTeamScores } from "@/lib/db/teams/list-team-scores";
import { fmt } from "@/lib/i18n/format";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = pageTitle((t) => t.dashboard.title);

export default async function DashboardPage({ params }: Props) {
  const { locale, t } = await localeFromParams(params);
  const actor = await requireActor(locale, `/${locale}/dashboard`);
  const rows = await orPageError(listTeamScores(actor));
  const lead = actor.role === "MANAGER" ? t.dashboard.introManager : actor.role === "EMPLOYEE" ? t.dashboard.introEmployee : t.dashboard.intro;
  return (
    <>
      <PageHeader title={t.dashboard.title} lead={lead} />
      {rows.length === 0 ? (
        <EmptyState title={t.dashboard.empty} hint={t.dashboard.emptyHint} />
      ) : (
        <TeamScoresTable rows={rows} locale={locale} t={t} k={actor.minGroupSize} caption={t.dashboard.tableCaption} />
      )}
      <p className="mt-4 text-sm text-slate-600">{fmt(t.dashboard.anonymityNote, { k: actor.minGroupSize })}</p>
      <p className="mt-1 text-sm text-slate-500">{t.dashboard.comingSoon}</p>
    </>
  );
}
