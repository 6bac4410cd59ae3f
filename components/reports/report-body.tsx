// The monthly report's sections (issue 15 §3), shared by the organisation's and a team's report:
// the headline tiles of the dashboard, the 12-month trend and its table, the mirrored items and
// irritants of the team page, the top themes' place, and the month's actions. Every figure comes
// from getMonthlyReport, already scoped and anonymised as on the dashboard.
import { ButterflySection } from "@/components/dashboard/butterfly-section";
import { HeadlineTiles } from "@/components/dashboard/headline-tiles";
import { IrritantsSection } from "@/components/dashboard/irritants-section";
import type { MonthlyReportDto, MonthlyReportFiguresDto } from "@/lib/db/reports/get-monthly-report";
import type { Locale } from "@/lib/i18n/config";
import { fmt } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { scopeLine } from "@/lib/overview/scope-line";
import type { ReactNode } from "react";
import { ReportActions } from "./report-actions";
import { ReportThemesSlot } from "./report-themes-slot";
import { ReportTrend } from "./report-trend";

type Props = { report: MonthlyReportDto; scope: string; k: number; locale: Locale; t: Messages; themes?: ReactNode };

type Detail = MonthlyReportFiguresDto["details"][number];

/** One team's mirrored items and irritants; named when the organisation's report shows several root teams. */
function TeamDetail({ detail, named, locale, t }: { detail: Detail; named: boolean; locale: Locale; t: Messages }) {
  const m = t.reports;
  const id = detail.team.teamId;
  return (
    <section
      aria-labelledby={named ? `detail-${id}` : undefined}
      className="flex flex-col gap-6 print:break-before-page"
      data-testid="report-detail"
    >
      {named ? (
        <h2 id={`detail-${id}`} className="text-lg font-semibold">
          {fmt(m.detailOf, { name: detail.team.name })}
        </h2>
      ) : null}
      <div className="report-section" data-testid="report-items">
        {detail.items.length === 0 ? (
          <p className="text-sm text-slate-600 italic">{m.itemsEmpty}</p>
        ) : (
          <ButterflySection items={detail.items} locale={locale} t={t} printable />
        )}
      </div>
      <div className="report-section" data-testid="report-irritants">
        <IrritantsSection
          irritants={detail.irritants}
          employeeSuppressed={detail.team.enpsSuppressed}
          headingId={`irritants-${id}`}
          locale={locale}
          t={t}
        />
      </div>
    </section>
  );
}

function Details({ details, locale, t }: { details: Detail[]; locale: Locale; t: Messages }) {
  if (details.length === 0) return <p className="text-sm text-slate-600 italic">{t.reports.detailMissing}</p>;
  return details.map((detail) => <TeamDetail key={detail.team.teamId} detail={detail} named={details.length > 1} locale={locale} t={t} />);
}

export function ReportBody({ report, scope, k, locale, t, themes }: Props) {
  const m = t.reports;
  const { figures, month } = report;
  return (
    <div className="flex flex-col gap-6">
      {figures ? (
        <>
          <div className="report-section" data-testid="report-headline">
            <p className="mb-2 text-sm text-slate-600">{m.headlineLead}</p>
            <HeadlineTiles
              headline={figures.headline}
              watch={figures.watch}
              scope={scopeLine(locale, { scope, period: { from: month, to: month }, channel: null, moment: null }, t.overview)}
              previous={{ from: report.previousMonth, to: report.previousMonth }}
              k={k}
              query=""
              locale={locale}
              t={t}
            />
          </div>
          <ReportTrend
            trend={figures.trend}
            suppressed={figures.trendSuppressed}
            k={k}
            minCustomerResponses={report.minCustomerResponses}
            month={month}
            locale={locale}
            t={t}
          />
          <Details details={figures.details} locale={locale} t={t} />
        </>
      ) : (
        <p className="rounded-lg bg-white p-4 text-sm text-slate-700 ring-1 ring-slate-200" role="status">
          {m.refused}
        </p>
      )}
      <ReportThemesSlot t={t}>{themes}</ReportThemesSlot>
      {report.actions ? <ReportActions actions={report.actions} month={month} locale={locale} t={t} /> : null}
      <p className="text-sm text-slate-600">{fmt(m.anonymity, { k })}</p>
    </div>
  );
}
