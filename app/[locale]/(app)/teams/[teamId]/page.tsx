// A team's mirrored page (PRODUCT.md §4): its scores and gap, the mirrored items as a
// butterfly, mirrored irritants, customer NPS by channel and moment of truth, the trend and
// its sub-teams. Ids outside the actor's scope or organisation are 404s (the data layer says
// "not found"); the period comes from the URL like the dashboard's.
import Link from "next/link";
import { BreakdownSection } from "@/components/dashboard/breakdown-section";
import { ButterflySection } from "@/components/dashboard/butterfly-section";
import { FilterRefused } from "@/components/dashboard/filter-refused";
import { IrritantsSection } from "@/components/dashboard/irritants-section";
import { SymmetryFiltersForm } from "@/components/dashboard/symmetry-filters-form";
import { SymmetryTable } from "@/components/dashboard/symmetry-table";
import { TrendSection } from "@/components/dashboard/trend-section";
import { VerbatimsSection } from "@/components/dashboard/verbatims-section";
import { periodQuery, readUrlFilters, type SearchParams } from "@/components/dashboard/url-filters";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/get-actor";
import { orPageError } from "@/lib/auth/page-guard";
import { getTeamDetail } from "@/lib/db/dashboard/get-team-detail";
import { listVerbatims } from "@/lib/db/dashboard/list-verbatims";
import { getTeam } from "@/lib/db/teams/get-team";
import { fmt } from "@/lib/i18n/format";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";
import { effectiveMinGroupSize } from "@/lib/stats/suppression";

type Props = { params: Promise<{ locale: string; teamId: string }>; searchParams: Promise<SearchParams> };

export const generateMetadata = pageTitle((t) => t.dashboard.team);

export default async function TeamPage({ params, searchParams }: Props) {
  const { locale, t } = await localeFromParams(params);
  const { teamId } = await params;
  const actor = await requireActor(locale, `/${locale}/teams/${teamId}`);
  const filters = readUrlFilters(await searchParams, false);
  // getTeam gives the tree around the team (parent, children), which TeamDetailDto does not carry.
  const [detail, tree, verbatims] = await Promise.all([
    orPageError(getTeamDetail(actor, teamId, filters)),
    orPageError(getTeam(actor, teamId)),
    orPageError(listVerbatims(actor, { ...filters, teamId })),
  ]);
  const k = effectiveMinGroupSize(actor.minGroupSize);
  const m = t.dashboardV2.team;
  const query = periodQuery(filters);
  return (
    <>
      <PageHeader title={fmt(t.team.title, { name: tree.team.name })} lead={t.teamKinds[tree.team.kind]} />
      {tree.parent ? (
        <p className="mb-4 text-sm">
          <Link className="underline" href={`/${locale}/teams/${tree.parent.id}${query}`}>{fmt(m.parent, { name: tree.parent.name })}</Link>
        </p>
      ) : null}
      <SymmetryFiltersForm action={`/${locale}/teams/${teamId}`} filters={filters} teams={null} t={t} />
      {detail.status !== "ok" ? (
        <FilterRefused k={k} t={t} />
      ) : (
        <div className="flex flex-col gap-6">
          <section aria-labelledby="scores">
            <h2 id="scores" className="mb-2 text-lg font-semibold">{t.team.scores}</h2>
            <SymmetryTable rows={[detail.team]} k={k} caption={m.scoresCaption} query={query} locale={locale} t={t} />
          </section>
          <ButterflySection items={detail.items} locale={locale} t={t} />
          <IrritantsSection irritants={detail.irritants} employeeSuppressed={detail.team.enpsSuppressed} locale={locale} t={t} />
          <VerbatimsSection verbatims={verbatims} locale={locale} t={t} />
          <BreakdownSection detail={detail} k={k} locale={locale} t={t} />
          <TrendSection trend={detail.trend} k={k} suppressed={detail.team.enpsSuppressed} locale={locale} t={t} />
        </div>
      )}
      <section aria-labelledby="subteams" className="mt-8">
        <h2 id="subteams" className="mb-2 text-lg font-semibold">{m.subteams}</h2>
        {tree.children.length === 0 ? (
          <EmptyState title={m.noSubteams} />
        ) : (
          <ul className="list-disc pl-6">
            {tree.children.map((child) => (
              <li key={child.id}>
                <Link className="underline" href={`/${locale}/teams/${child.id}${query}`}>{child.name}</Link>{" "}
                <span className="text-sm text-slate-500">{t.teamKinds[child.kind]}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
