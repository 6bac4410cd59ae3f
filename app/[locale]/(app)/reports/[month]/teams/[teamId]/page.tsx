// A team's printable monthly report (issue 15 §3): the team page's access rule (a team outside the
// actor's scope or organisation is the 404 page), for one month (YYYY-MM, not in the future).
import { notFound } from "next/navigation";
import { MonthlyReport } from "@/components/reports/monthly-report";
import { requireActor } from "@/lib/auth/get-actor";
import { orPageError } from "@/lib/auth/or-page-error";
import { getMonthlyReport } from "@/lib/db/reports/get-monthly-report";
import { getThemeView } from "@/lib/db/themes/get-theme-view";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";
import { parseReportMonth } from "@/lib/reports/report-month";

type Props = { params: Promise<{ locale: string; month: string; teamId: string }> };

export const generateMetadata = pageTitle((t) => t.reports.pageTitle);

export default async function TeamReportPage({ params }: Props) {
  const { locale, t } = await localeFromParams(params);
  const { month: raw, teamId } = await params;
  const actor = await requireActor(locale, `/${locale}/reports/${encodeURIComponent(raw)}/teams/${encodeURIComponent(teamId)}`);
  const month = parseReportMonth(raw);
  if (!month) notFound();
  const [report, themes] = await Promise.all([
    orPageError(getMonthlyReport(actor, { month, teamId })),
    orPageError(getThemeView(actor, { from: month, to: month, teamId })),
  ]);
  return <MonthlyReport report={report} themes={themes} actor={actor} backHref={`/${locale}/teams/${teamId}`} locale={locale} t={t} />;
}
