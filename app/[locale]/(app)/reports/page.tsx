// /reports: the monthly report of the last full month (issue 15 §3).
import { redirect } from "next/navigation";
import { localeFromParams } from "@/lib/i18n/server";
import { lastFullMonth, reportHref } from "@/lib/reports/report-month";

export default async function ReportsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await localeFromParams(params);
  redirect(reportHref(locale, lastFullMonth()));
}
