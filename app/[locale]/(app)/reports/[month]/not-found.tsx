// The monthly report's 404 (issue 15 §3): a malformed or future month, or a team out of scope,
// says what a report address looks like and leads to the last full month's report. Drawn inside
// the signed-in shell, whose <main> it sits in (so not components/ui/message-page.tsx, a <main>).
import Link from "next/link";
import { localeFromRequest } from "@/lib/i18n/server";
import { lastFullMonth, reportHref } from "@/lib/reports/report-month";

export default async function ReportNotFound() {
  const { locale, t } = await localeFromRequest();
  return (
    <div
      className="mx-auto flex min-h-[40vh] max-w-xl flex-col items-center justify-center gap-4 text-center"
      data-testid="report-not-found"
    >
      <h1 className="text-2xl font-semibold">{t.reports.notFoundTitle}</h1>
      <p className="text-slate-600">{t.reports.notFoundBody}</p>
      <Link className="text-brand underline" href={reportHref(locale, lastFullMonth())}>
        {t.reports.notFoundLink}
      </Link>
    </div>
  );
}
