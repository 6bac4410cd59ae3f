// A team's mirrored page (docs/product.md "Mirrored dashboard"): its scores and gap, headcount, the mirrored items as
// a butterfly, mirrored irritants, verbatims, customer NPS by channel and moment of truth, the
// trend and its sub-teams' scores — all from getTeamDetail (role scope and anonymity applied).
// Ids outside the actor's scope or organisation are 404s; the filters come from the URL like
// the dashboard's and travel on every link, the CSV export included.
import { ReleaseNote } from "@/components/dashboard/release-note";
import Link from "next/link";
import { BreakdownSection } from "@/components/dashboard/breakdown-section";
import { ButterflySection } from "@/components/dashboard/butterfly-section";
import { FilterRefused } from "@/components/dashboard/filter-refused";
import { IrritantsSection } from "@/components/dashboard/irritants-section";
import { SymmetryFiltersForm } from "@/components/dashboard/symmetry-filters-form";
import { SymmetryTable } from "@/components/dashboard/symmetry-table";
import { irritantStateCells } from "@/components/team-irritants/irritant-state-cell";
import { TrendSection } from "@/components/dashboard/trend-section";
import { VerbatimsSection } from "@/components/dashboard/verbatims-section";
import { commentsHref } from "@/lib/dashboard/comments-url";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { MonthlyReportLink } from "@/components/reports/monthly-report-link";
import { lastFullMonth, reportHref } from "@/lib/reports/report-month";
import { requireActor } from "@/lib/auth/get-actor";
import { orPageError } from "@/lib/auth/or-page-error";
import { resolveUrlFilters } from "@/lib/dashboard/resolve-url-filters";
import { teamExportHref } from "@/lib/dashboard/team-csv";
import { filtersQuery, hasCustomerFilter, type SearchParams } from "@/lib/dashboard/url-filters";
import { newActionHref } from "@/lib/actions/action-url-params";
import { canManageTeamActions } from "@/lib/db/actions/ui-can-manage-team-actions";
import { getTeamDetail, type TeamDetailDto } from "@/lib/db/dashboard/get-team-detail";
import { TeamIrritantStates } from "./irritant-states";
import { listVerbatims } from "@/lib/db/dashboard/list-verbatims";
import { getThemeView } from "@/lib/db/themes/get-theme-view";
import { ThemeMirrorSection } from "@/components/themes/theme-mirror-section";
import { getTeamIrritantStates } from "@/lib/db/team-irritants/get-team-irritant-states";
import { TeamKpisSection } from "@/components/kpis/team-kpis-section";
import { can } from "@/lib/auth/policy";
import { getTeamKpiSeries } from "@/lib/db/kpis/get-team-kpi-series";
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatNumber } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";
import { minCustomerResponsesOf } from "@/lib/overview/trend-rows";
import { effectiveMinGroupSize } from "@/lib/stats/suppression";

type Props = { params: Promise<{ locale: string; teamId: string }>; searchParams: Promise<SearchParams> };

export const generateMetadata = pageTitle((t) => t.dashboard.team);

type SectionProps = { detail: TeamDetailDto; k: number; query: string; locale: Locale; t: Messages };

function SubTeams({ detail, k, query, locale, t }: SectionProps) {
  const m = t.symmetry.team;
  return (
    <section aria-labelledby="subteams">
      <h2 id="subteams" className="mb-2 text-lg font-semibold">
        {m.subteams}
      </h2>
      {detail.children.length === 0 ? (
        <EmptyState title={m.noSubteams} />
      ) : (
        <SymmetryTable
          rows={detail.children}
          k={k}
          minCustomerResponses={detail.minCustomerResponses}
          caption={m.subteamsCaption}
          query={query}
          locale={locale}
          t={t}
        />
      )}
    </section>
  );
}

function Headcount({ detail, k, locale, t }: Omit<SectionProps, "query">) {
  const text =
    detail.memberCount === null
      ? fmt(t.symmetry.team.memberCountHidden, { k })
      : fmt(t.team.memberCount, { n: formatNumber(locale, detail.memberCount) });
  return (
    <p className="mb-4 text-sm text-slate-600" data-testid="member-count">
      {text}
    </p>
  );
}

export default async function TeamPage({ params, searchParams }: Props) {
  const { locale, t } = await localeFromParams(params);
  const { teamId } = await params;
  const actor = await requireActor(locale, `/${locale}/teams/${teamId}`);
  const { filters, moments, unknownMoment } = await orPageError(resolveUrlFilters(actor, await searchParams, false, locale));
  const [detail, verbatims, themes, managesActions, irritantStates, kpis] = await Promise.all([
    orPageError(getTeamDetail(actor, teamId, filters)),
    orPageError(listVerbatims(actor, { ...filters, teamId })),
    orPageError(getThemeView(actor, { ...filters, teamId })),
    canManageTeamActions(actor, teamId),
    orPageError(getTeamIrritantStates(actor, teamId)),
    // Operational KPIs beside NPS and eNPS (issue 15 §1), for those who read them.
    can(actor, "kpis:read") ? orPageError(getTeamKpiSeries(actor, { team: teamId })) : null,
  ]);
  const k = effectiveMinGroupSize(actor.minGroupSize);
  const m = t.symmetry.team;
  const query = filtersQuery(filters);
  const { header } = detail;
  // « Créer une action » from the team, a pair of irritants or an item gap (issue 14 §1).
  const team = header.teamId;
  const actionLinks = managesActions
    ? {
        irritant: (row: { irritantId: string; mirror: { irritantId: string } | null }) =>
          newActionHref(locale, {
            origin: "IRRITANT",
            teamId: team,
            irritantIds: [row.irritantId, ...(row.mirror ? [row.mirror.irritantId] : [])],
          }),
        item: (item: { itemId: string }) => newActionHref(locale, { origin: "ITEM", teamId: team, itemIds: [item.itemId] }),
      }
    : null;
  return (
    <>
      <PageHeader title={fmt(t.team.title, { name: header.name })} lead={t.teamKinds[header.kind]} />
      <MonthlyReportLink href={reportHref(locale, lastFullMonth(), team)} locale={locale} t={t} />
      {actionLinks ? (
        <p className="mb-4">
          <Link
            className="rounded bg-brand px-3 py-1.5 text-sm font-medium text-white"
            href={newActionHref(locale, { origin: "TEAM", teamId: team })}
          >
            {t.actionPages.teamLinks.create}
          </Link>
        </p>
      ) : null}
      {header.parent ? (
        <p className="mb-4 text-sm">
          <Link className="underline" href={`/${locale}/teams/${header.parent.id}${query}`}>
            {fmt(m.parent, { name: header.parent.name })}
          </Link>
        </p>
      ) : null}
      {detail.status === "ok" ? <Headcount detail={detail} k={k} locale={locale} t={t} /> : null}
      <ReleaseNote locale={locale} t={t} />
      <SymmetryFiltersForm
        action={`/${locale}/teams/${teamId}`}
        filters={filters}
        teams={null}
        moments={moments}
        unknownMoment={unknownMoment}
        locale={locale}
        t={t}
      />
      {detail.status !== "ok" ? (
        <FilterRefused k={k} customerFilter={hasCustomerFilter(filters)} t={t} />
      ) : (
        <div className="flex flex-col gap-6">
          <section aria-labelledby="scores">
            <h2 id="scores" className="mb-2 text-lg font-semibold">
              {t.team.scores}
            </h2>
            <SymmetryTable
              rows={[detail.team]}
              k={k}
              minCustomerResponses={detail.minCustomerResponses}
              caption={m.scoresCaption}
              query={query}
              locale={locale}
              t={t}
            />
          </section>
          <ButterflySection items={detail.items} locale={locale} t={t} actionHref={actionLinks?.item} />
          <IrritantsSection
            irritants={detail.irritants}
            employeeSuppressed={detail.team.enpsSuppressed}
            stateCells={irritantStateCells(irritantStates, locale, t)}
            locale={locale}
            t={t}
            actionHref={actionLinks?.irritant}
          />
          <TeamIrritantStates states={irritantStates} searchParams={searchParams} locale={locale} t={t} />
          <ThemeMirrorSection view={themes} filters={{ ...filters, teamId }} locale={locale} t={t} />
          <VerbatimsSection
            verbatims={verbatims}
            locale={locale}
            t={t}
            moreHref={commentsHref(locale, { teamId: team, from: filters.from, to: filters.to })}
          />
          <BreakdownSection detail={detail} k={k} locale={locale} t={t} />
          <TrendSection
            trend={detail.trend}
            k={k}
            suppressed={detail.team.enpsSuppressed}
            minCustomerResponses={minCustomerResponsesOf(detail)}
            locale={locale}
            t={t}
          />
          {kpis ? <TeamKpisSection series={kpis} locale={locale} t={t} /> : null}
          <SubTeams detail={detail} k={k} query={query} locale={locale} t={t} />
          <p className="text-sm">
            <a className="font-medium text-blue-700 underline" href={teamExportHref(locale, teamId, filters)} download title={m.exportHint}>
              {t.symmetry.export.link}
            </a>
          </p>
          <p className="text-sm text-slate-600">{fmt(t.dashboard.anonymityNote, { k })}</p>
        </div>
      )}
    </>
  );
}
