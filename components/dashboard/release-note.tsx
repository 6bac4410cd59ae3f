// The release rule in one line (docs/anonymity.md "Release"): which months of employee results
// are published and when the running month will be.
import { fmt, formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/messages";
import { releaseCalendar } from "@/lib/surveys/release-calendar";

export function ReleaseNote({ locale, t }: { locale: Locale; t: Messages }) {
  const calendar = releaseCalendar();
  return (
    <p className="mb-4 text-sm text-slate-600" data-testid="release-note">
      {fmt(t.dashboard.releaseNote, {
        lastMonth: formatDate(locale, `${calendar.lastReleasedMonth}-01`, "month"),
        openMonth: formatDate(locale, `${calendar.openMonth}-01`, "month"),
        date: formatDate(locale, calendar.publishedOn),
      })}
    </p>
  );
}
