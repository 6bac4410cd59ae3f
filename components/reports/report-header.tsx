// The monthly report's header (issue 15 §3): whose report, which month, when it was generated; on
// screen only, the print button and the links to the neighbouring months and back.
import Link from "next/link";
import type { MonthlyReportDto } from "@/lib/db/reports/get-monthly-report";
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatDate, formatMonth } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { reportHref } from "@/lib/reports/report-month";
import { currentParisMonth } from "@/lib/surveys/release-calendar";
import { PrintButton } from "./print-button";

type Props = { report: MonthlyReportDto; scope: string; backHref: string; locale: Locale; t: Messages };

export function ReportHeader({ report, scope, backHref, locale, t }: Props) {
  const m = t.reports;
  const { month, team } = report;
  const title = team ? fmt(m.titleTeam, { name: team.name }) : fmt(m.titleOrganisation, { name: report.organisationName });
  const next = month < currentParisMonth() ? report.nextMonth : null;
  return (
    <header className="report-section mb-6 border-b border-slate-300 pb-4">
      <nav aria-label={m.otherMonths} className="mb-4 flex flex-wrap items-center gap-4 text-sm print:hidden" data-testid="report-toolbar">
        <PrintButton label={m.print} />
        <Link className="underline" href={reportHref(locale, report.previousMonth, team?.teamId)}>
          {fmt(m.previousMonth, { month: formatMonth(locale, report.previousMonth) })}
        </Link>
        {next ? (
          <Link className="underline" href={reportHref(locale, next, team?.teamId)}>
            {fmt(m.nextMonth, { month: formatMonth(locale, next) })}
          </Link>
        ) : null}
        <Link className="underline" href={backHref}>
          {team ? m.backTeam : m.backDashboard}
        </Link>
      </nav>
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="mt-1 text-slate-700" data-testid="report-scope">
        {scope}
      </p>
      <p className="mt-1 text-sm text-slate-700">
        <span data-testid="report-month">{fmt(m.month, { month: formatMonth(locale, month) })}</span>
        {" · "}
        <span>{fmt(m.generated, { date: formatDate(locale, report.generatedAt, "dateTime") })}</span>
      </p>
      {report.open ? (
        <p className="mt-2 rounded bg-amber-50 px-3 py-2 text-sm text-amber-900" role="status">
          {m.openMonth}
        </p>
      ) : null}
      <p className="mt-2 text-xs text-slate-600 print:hidden">{m.printHint}</p>
    </header>
  );
}
