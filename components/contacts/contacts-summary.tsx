// The summary line of the contacts page: how many contacts match the filters, by email status and
// by link state, so a failed send is seen without scrolling through pages.
import type { ContactCountsDto } from "@/lib/db/contacts/count-contacts";
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatNumber } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";

export function ContactsSummary({ counts, locale, t }: { counts: ContactCountsDto; locale: Locale; t: Messages }) {
  const m = t.contacts.list;
  const n = (value: number) => formatNumber(locale, value);
  const byStatus = Object.fromEntries(Object.entries(counts.emailStatus).map(([key, value]) => [key, n(value)]));
  const byLink = Object.fromEntries(Object.entries(counts.linkState).map(([key, value]) => [key, n(value)]));
  return (
    <p className="mb-4 text-sm text-slate-700" data-testid="contacts-summary">
      <strong>{counts.total === 1 ? m.summaryOne : fmt(m.summary, { total: n(counts.total) })}</strong>
      {" · "}
      <span data-testid="contacts-summary-email">{fmt(m.summaryEmail, byStatus)}</span>
      {" · "}
      <span data-testid="contacts-summary-link">{fmt(m.summaryLink, byLink)}</span>
    </p>
  );
}
