// One page of contacts: when, who (masked email), where, whether the link email went out (text and
// colour, never colour alone; the last error on failed rows) and whether the customer answered.
// A failed email whose link can still be answered gets a "retry now" button (plain form post).
import Link from "next/link";
import { cellLabel, DataTable } from "@/components/ui/data-table";
import { CONTACTS_PAGE_SIZE, type ContactRowDto } from "@/lib/db/contacts/list-contacts";
import { channelLabel, localLabel } from "@/lib/dashboard/labels";
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatDate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";

type Action = (formData: FormData) => Promise<void>;
type Props = { rows: ContactRowDto[]; now: Date; back: string; locale: Locale; t: Messages; action: Action };

const emailTone: Record<ContactRowDto["emailStatus"], string> = {
  NONE: "bg-slate-100 text-slate-800",
  PENDING: "bg-amber-100 text-amber-900",
  SENT: "bg-green-100 text-green-900",
  FAILED: "bg-red-100 text-red-900",
  UNSUBSCRIBED: "bg-slate-200 text-slate-900",
};

const linkTone: Record<ContactRowDto["linkState"], string> = {
  open: "text-blue-800",
  answered: "font-semibold text-green-800",
  expired: "text-slate-600",
};

/** The mail job can be asked again only for a failed email with an address, an open link and no attempt already due later. */
export const canRetry = (row: ContactRowDto, now: Date) =>
  row.emailStatus === "FAILED" &&
  row.customerEmail !== null &&
  row.linkState === "open" &&
  !(row.emailNextAttemptAt && row.emailNextAttemptAt > now);

function EmailCell({ row, locale, m }: { row: ContactRowDto; locale: Locale; m: Messages["contacts"]["list"] }) {
  return (
    <>
      <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${emailTone[row.emailStatus]}`}>
        {m.emailStatuses[row.emailStatus]}
      </span>
      {row.emailAttempts > 0 ? (
        <span className="text-xs text-slate-600">{` ${row.emailAttempts === 1 ? m.oneAttempt : fmt(m.attempts, { n: row.emailAttempts })}`}</span>
      ) : null}
      {row.emailStatus === "FAILED" && row.emailLastError ? (
        <p className="mt-1 max-w-48 text-xs wrap-anywhere text-red-900" data-testid="contact-last-error">
          {fmt(m.lastError, { error: row.emailLastError })}
        </p>
      ) : null}
      {row.emailStatus === "FAILED" && row.emailNextAttemptAt ? (
        <p className="mt-1 text-xs text-slate-600">
          {fmt(m.nextAttempt, { date: formatDate(locale, row.emailNextAttemptAt, "dateTime") })}
        </p>
      ) : null}
    </>
  );
}

function RetryButton({
  row,
  back,
  locale,
  m,
  action,
}: {
  row: ContactRowDto;
  back: string;
  locale: Locale;
  m: Messages["contacts"]["list"];
  action: Action;
}) {
  return (
    <form action={action} id={`retry-${row.id}`}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="contactId" value={row.id} />
      <input type="hidden" name="back" value={back} />
      <button
        type="submit"
        aria-label={fmt(m.retryLabel, { id: row.externalId ?? row.id })}
        className="rounded border border-slate-400 px-2 py-1 text-sm font-medium hover:bg-slate-100 focus-visible:outline focus-visible:outline-2"
      >
        {m.retry}
      </button>
    </form>
  );
}

export function ContactsTable({ rows, now, back, locale, t, action }: Props) {
  const m = t.contacts.list;
  // The product's users are in France; a fixed zone keeps server rendering deterministic.
  const headers = [
    m.date,
    m.externalId,
    m.teamColumn,
    m.channelColumn,
    m.moment,
    m.locale,
    m.email,
    m.emailColumn,
    m.linkColumn,
    m.score,
    m.action,
  ];
  // Sized to fit a 1 440 px screen without a sideways scroll: no fixed widths, long values wrap
  // (identifiers and addresses anywhere); on a phone the rows stack as cards (DataTable "stack").
  const [date, externalId, team, channel, moment, language, email, emailStatus, link, score, actionCell] = headers.map(cellLabel);
  return (
    <DataTable caption={fmt(m.caption, { n: CONTACTS_PAGE_SIZE })} headers={headers} compact layout="stack" testId="contacts-table">
      {rows.map((row) => (
        <tr key={row.id} className="border-b border-slate-100 align-top" data-testid="contact-row">
          <td className="px-2 py-2" {...date}>
            {formatDate(locale, row.occurredAt, "dateTime")}
          </td>
          <td className="min-w-24 px-2 py-2 font-mono text-xs wrap-anywhere" {...externalId}>
            {row.externalId ?? m.noExternalId}
          </td>
          <td className="px-2 py-2" {...team}>
            {row.teamName}
          </td>
          <td className="px-2 py-2" {...channel}>
            {channelLabel(row.channel, t)}
          </td>
          <td className="px-2 py-2" {...moment}>
            {localLabel(locale, row.momentOfTruth)}
          </td>
          <td className="px-2 py-2" {...language}>
            {m.locales[row.locale]}
          </td>
          <td className="min-w-24 px-2 py-2 wrap-anywhere" {...email}>
            {row.customerEmail ?? <span className="text-slate-500">{m.noEmail}</span>}
          </td>
          <td className="px-2 py-2" data-testid="contact-email-status" {...emailStatus}>
            <EmailCell row={row} locale={locale} m={m} />
          </td>
          <td className={`px-2 py-2 ${linkTone[row.linkState]}`} {...link}>
            <span data-testid="contact-link-state">{m.linkStates[row.linkState]}</span>
            {row.linkState === "open" ? (
              <>
                {" · "}
                <Link
                  href={`/${locale}/contacts/${row.id}/qr`}
                  className="text-blue-700 underline"
                  aria-label={fmt(t.qrCatalogue.qrLinkLabel, { contact: row.externalId ?? formatDate(locale, row.occurredAt, "dateTime") })}
                  data-testid="contact-qr-link"
                >
                  {t.qrCatalogue.qrLink}
                </Link>
              </>
            ) : null}
          </td>
          <td className="px-2 py-2 font-semibold tabular-nums" {...score}>
            {row.score ?? ""}
          </td>
          <td className="px-2 py-2" {...actionCell}>
            {canRetry(row, now) ? <RetryButton row={row} back={back} locale={locale} m={m} action={action} /> : null}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
