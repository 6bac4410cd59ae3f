// « Rapport mensuel »: the link from the dashboard and the team page to the printable report of the
// last full month (issue 15 §3).
import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatMonth } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { lastFullMonth } from "@/lib/reports/report-month";

export function MonthlyReportLink({ href, locale, t }: { href: string; locale: Locale; t: Messages }) {
  return (
    <p className="mb-4 text-sm">
      <Link
        className="font-medium text-blue-700 underline"
        href={href}
        title={fmt(t.reports.linkHint, { month: formatMonth(locale, lastFullMonth()) })}
        data-testid="monthly-report-link"
      >
        {t.reports.link}
      </Link>
    </p>
  );
}
