// The organisation's printable monthly report (issue 15 §3): the actor's scope as on the dashboard,
// for one month (YYYY-MM, not in the future; anything else is this segment's 404 page).
import { notFound } from "next/navigation";
import { MonthlyReport } from "@/components/reports/monthly-report";
import { requireActor } from "@/lib/auth/get-actor";
import { orPageError } from "@/lib/auth/or-page-error";
import { getMonthlyReport } from "@/lib/db/reports/get-monthly-report";
import { getThemeView } from "@/lib/db/themes/get-theme-view";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";
import { parseReportMonth } from "@/lib/reports/report-month";

type Props = { params: Promise<{ locale: string; month: string }> };

export const generateMetadata = pageTitle((t) => t.reports.pageTitle);

export default async function OrganisationReportPage({ params }: Props) {
  const { locale, t } = await localeFromParams(params);
  const { month: raw } = await params;
  const actor = await requireActor(locale, `/${locale}/reports/${encodeURIComponent(raw)}`);
  const month = parseReportMonth(raw);
  if (!month) notFound();
  const [report, themes] = await Promise.all([
    orPageError(getMonthlyReport(actor, { month })),
    orPageError(getThemeView(actor, { from: month, to: month })),
  ]);
  return <MonthlyReport report={report} themes={themes} actor={actor} backHref={`/${locale}/dashboard`} locale={locale} t={t} />;
}
