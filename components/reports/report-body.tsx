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

function Detail({ detail, t, locale }: { detail: MonthlyReportFiguresDto["detail"]; locale: Locale; t: Messages }) {
  const m = t.reports;
  if (!detail) return <p className="text-sm text-slate-600 italic">{m.detailMissing}</p>;
  return (
    <>
      <div className="report-section" data-testid="report-items">
        {detail.items.length === 0 ? (
          <p className="text-sm text-slate-600 italic">{m.itemsEmpty}</p>
        ) : (
          <ButterflySection items={detail.items} locale={locale} t={t} />
        )}
      </div>
      <div className="report-section" data-testid="report-irritants">
        <IrritantsSection irritants={detail.irritants} employeeSuppressed={detail.team.enpsSuppressed} locale={locale} t={t} />
      </div>
    </>
  );
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
          <Detail detail={figures.detail} locale={locale} t={t} />
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
