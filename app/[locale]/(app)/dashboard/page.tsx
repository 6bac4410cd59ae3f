// The mirrored dashboard (docs/product.md "Mirrored dashboard"): filters in the URL, the headline
// (NPS, eNPS, gap against the previous period, teams to watch), the cross-team correlation and
// scatter, the trend and the lagged correlation, the teams of the actor's scope — from getSymmetry
// for the period and for the previous period of the same length (role-scoped, anonymity applied).
import { CorrelationCard } from "@/components/dashboard/correlation-card";
import { FilterRefused } from "@/components/dashboard/filter-refused";
import { ReleaseNote } from "@/components/dashboard/release-note";
import { LagSection } from "@/components/dashboard/lag-section";
import { KpiCorrelationsSection } from "@/components/dashboard/kpi-correlations-section";
import { getKpiCorrelations } from "@/lib/db/kpis/kpi-correlations";
import { KpiRoiSection } from "@/components/dashboard/kpi-roi-section";
import { Suspense } from "react";
import { ThemeMirrorSection } from "@/components/themes/theme-mirror-section";
import { getThemeView } from "@/lib/db/themes/get-theme-view";
import { getKpiRoi } from "@/lib/db/kpis/kpi-roi";
import { can } from "@/lib/auth/policy";
import { ScatterSection } from "@/components/dashboard/scatter-section";
import { SymmetryFiltersForm } from "@/components/dashboard/symmetry-filters-form";
import { SymmetryTable } from "@/components/dashboard/symmetry-table";
import { TrendSection } from "@/components/dashboard/trend-section";
import { HeadlineTiles } from "@/components/dashboard/headline-tiles";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { MonthlyReportLink } from "@/components/reports/monthly-report-link";
import { lastFullMonth, reportHref } from "@/lib/reports/report-month";
import { requireActor } from "@/lib/auth/get-actor";
import { orPageError } from "@/lib/auth/or-page-error";
import { resolveUrlFilters } from "@/lib/dashboard/resolve-url-filters";
import { symmetryExportHref } from "@/lib/dashboard/symmetry-csv";
import { filtersQuery, hasCustomerFilter, type SearchParams } from "@/lib/dashboard/url-filters";
import { getSymmetry } from "@/lib/db/dashboard/get-symmetry";
import { channelLabel, localLabel } from "@/lib/dashboard/labels";
import type { UrlFilters } from "@/lib/dashboard/url-filters";
import type { MomentOptionDto } from "@/lib/db/dashboard/list-moment-options";
import type { Actor } from "@/lib/auth/actor-types";
import type { Locale } from "@/lib/i18n/config";
import { fmt } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";
import { buildHeadline } from "@/lib/overview/headline";
import { previousPeriod, shownPeriod } from "@/lib/overview/period";
import { scopeLine } from "@/lib/overview/scope-line";
import { teamsToWatch } from "@/lib/overview/teams-to-watch";
import { minCustomerResponsesOf } from "@/lib/overview/trend-rows";
import type { SymmetryDto } from "@/lib/symmetry/symmetry-types";
import { effectiveMinGroupSize } from "@/lib/stats/suppression";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

/** "Since measurement began" is only true without a period filter; the headline's subtitle names the period. */
function leadOf(actor: Actor, filters: UrlFilters, t: Messages): string {
  if (actor.role === "MANAGER") return t.dashboard.introManager;
  if (actor.role === "EMPLOYEE") return t.dashboard.introEmployee;
  return filters.from || filters.to ? t.overview.introPeriod : t.dashboard.intro;
}

type OverviewInput = {
  actor: Actor;
  result: SymmetryDto;
  filters: UrlFilters;
  moments: MomentOptionDto[];
  locale: Locale;
  t: Messages;
};

/** The headline: this period's figures against those of the previous period of the same length, read the same way. */
async function Overview({ actor, result, filters, moments, locale, t }: OverviewInput) {
  const period = shownPeriod(
    filters,
    result.trend.map((point) => point.period),
  );
  // Without a start month the period opens on the first month with data, so the one before holds none: not read.
  const previousRange = period && filters.from ? previousPeriod(period) : null;
  const before = previousRange ? await orPageError(getSymmetry(actor, { ...filters, ...previousRange })) : null;
  const previous = before?.status === "ok" ? before : null;
  const minCustomerResponses = minCustomerResponsesOf(result);
  const trendTeam = result.teams.find((team) => team.teamId === result.trendTeamId);
  const headline = buildHeadline(result.trend, previous?.trend ?? null, {
    enpsHidden: trendTeam?.enpsSuppressed ?? false,
    minCustomerResponses,
  });
  const moment = moments.find((option) => option.id === filters.momentOfTruth);
  const scope = scopeLine(
    locale,
    {
      scope: trendTeam?.name ?? t.overview.organisation,
      period,
      channel: filters.channel ? channelLabel(filters.channel, t) : null,
      moment: moment ? localLabel(locale, moment) : null,
    },
    t.overview,
  );
  return (
    <HeadlineTiles
      headline={headline}
      watch={teamsToWatch(result.teams, previous?.teams ?? null, { minCustomerResponses })}
      scope={scope}
      previous={previousRange}
      k={result.minGroupSize}
      query={filtersQuery(filters)}
      locale={locale}
      t={t}
    />
  );
}

export const generateMetadata = pageTitle((t) => t.dashboard.title);

/** The operational KPIs against eNPS and NPS, and the ROI panel (issue 15 §1). */
async function KpiEvidence({ actor, filters, locale, t }: { actor: Actor; filters: UrlFilters; locale: Locale; t: Messages }) {
  const [correlations, roi] = [await orPageError(getKpiCorrelations(actor, filters)), await orPageError(getKpiRoi(actor, filters))];
  return (
    <>
      <KpiCorrelationsSection result={correlations} locale={locale} t={t} />
      <KpiRoiSection result={roi} locale={locale} t={t} />
    </>
  );
}

/** The mirrored comment themes (issue 15 §2), streamed like the KPI evidence. */
async function ThemeEvidence({ actor, filters, locale, t }: { actor: Actor; filters: UrlFilters; locale: Locale; t: Messages }) {
  const view = await orPageError(getThemeView(actor, filters));
  return (
    <div className="mt-8">
      <ThemeMirrorSection view={view} filters={filters} locale={locale} t={t} />
    </div>
  );
}

export default async function DashboardPage({ params, searchParams }: Props) {
  const { locale, t } = await localeFromParams(params);
  const actor = await requireActor(locale, `/${locale}/dashboard`);
  const { filters, moments, unknownMoment } = await orPageError(resolveUrlFilters(actor, await searchParams, true, locale));
  const result = await orPageError(getSymmetry(actor, filters));
  const lead = leadOf(actor, filters, t);
  const k = result.status === "ok" ? result.minGroupSize : effectiveMinGroupSize(actor.minGroupSize);
  const action = `/${locale}/dashboard`;
  const trendTeam = result.status === "ok" ? result.teams.find((team) => team.teamId === result.trendTeamId) : undefined;
  const kpiReader = result.status === "ok" && can(actor, "kpis:read");
  return (
    <>
      <PageHeader title={t.dashboard.title} lead={lead} />
      <MonthlyReportLink href={reportHref(locale, lastFullMonth())} locale={locale} t={t} />
      <ReleaseNote locale={locale} t={t} />
      <SymmetryFiltersForm
        action={action}
        filters={filters}
        teams={result.status === "ok" ? result.teams : []}
        moments={moments}
        unknownMoment={unknownMoment}
        locale={locale}
        t={t}
      />
      {result.status !== "ok" ? (
        <FilterRefused k={k} customerFilter={hasCustomerFilter(filters)} t={t} />
      ) : result.teams.length === 0 ? (
        <EmptyState title={t.dashboard.empty} hint={t.dashboard.emptyHint} />
      ) : (
        <>
          {/* The answer first: the headline, then "does employee experience go with customer experience?", then the detail. */}
          <Overview actor={actor} result={result} filters={filters} moments={moments} locale={locale} t={t} />
          <div className="grid gap-6 lg:grid-cols-2">
            <CorrelationCard
              correlation={result.correlation}
              k={k}
              customerMin={Math.max(k, result.minCustomerResponses)}
              locale={locale}
              t={t}
            />
            <ScatterSection teams={result.teams} locale={locale} t={t} />
          </div>
          <div className="mt-6 grid gap-6 lg:grid-cols-2">
            <TrendSection
              trend={result.trend}
              k={k}
              suppressed={trendTeam?.enpsSuppressed ?? false}
              minCustomerResponses={minCustomerResponsesOf(result)}
              locale={locale}
              t={t}
            />
            <LagSection lag={result.lag} locale={locale} t={t} />
          </div>
          {kpiReader && (
            // Streamed after the rest: the answer first, the KPI evidence (a heavier read) as it comes.
            <Suspense
              fallback={
                <p className="mt-8 text-sm text-slate-600" role="status">
                  {t.kpiCorrelations.loading}
                </p>
              }
            >
              <KpiEvidence actor={actor} filters={filters} locale={locale} t={t} />
            </Suspense>
          )}
          <Suspense
            fallback={
              <p className="mt-8 text-sm text-slate-600" role="status">
                {t.themeView.loading}
              </p>
            }
          >
            <ThemeEvidence actor={actor} filters={filters} locale={locale} t={t} />
          </Suspense>
          <div className="mt-8">
            <SymmetryTable
              rows={result.teams}
              k={k}
              minCustomerResponses={result.minCustomerResponses}
              caption={t.dashboard.tableCaption}
              query={filtersQuery(filters)}
              locale={locale}
              t={t}
            />
            <p className="mt-3 text-sm">
              <a
                className="font-medium text-blue-700 underline"
                href={symmetryExportHref(locale, filters)}
                download
                title={t.symmetry.export.linkHint}
              >
                {t.symmetry.export.link}
              </a>
            </p>
            <p className="mt-4 text-sm text-slate-600">{fmt(t.dashboard.anonymityNote, { k })}</p>
          </div>
        </>
      )}
    </>
  );
}
