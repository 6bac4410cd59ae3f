// The contacts list as CSV for spreadsheets, written batch by batch into a stream: the dashboard
// exports' conventions (lib/dashboard/csv-format.ts: BOM, `;` in French, defused formulas), the
// page's words for statuses, dates in Paris time, and full email addresses (ADMIN and CX only).
import { BOM, csvCell, csvSeparator, fileSlug, filtersFileStem } from "@/lib/dashboard/csv-format";
import { channelLabel, localLabel } from "@/lib/dashboard/labels";
import { csvBatchStream, csvParisTime } from "./csv-stream";
import type { ContactExportRowDto } from "@/lib/db/contacts/export-contacts";
import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/messages";
import type { ContactFilters } from "@/lib/contacts/list-filters";

export function contactsCsvHeader(locale: Locale, t: Messages): string {
  const m = t.contacts.list.csv;
  const separator = csvSeparator(locale);
  const header = [
    m.date,
    m.externalId,
    m.team,
    m.channel,
    m.moment,
    m.locale,
    m.email,
    m.emailStatus,
    m.attempts,
    m.lastError,
    m.linkState,
    m.score,
  ];
  return `${BOM}${header.map((cell) => csvCell(cell, separator)).join(separator)}\r\n`;
}

export function contactsCsvLines(rows: readonly ContactExportRowDto[], locale: Locale, t: Messages): string {
  const m = t.contacts.list;
  const separator = csvSeparator(locale);
  const text = (value: string | null) => csvCell(value ?? "", separator, true);
  return rows
    .map((row) =>
      [
        csvParisTime(row.occurredAt),
        text(row.externalId),
        text(row.teamName),
        text(channelLabel(row.channel, t)),
        text(localLabel(locale, row.momentOfTruth)),
        row.locale,
        text(row.customerEmail),
        text(m.emailStatuses[row.emailStatus]),
        String(row.emailAttempts),
        text(row.emailLastError),
        text(m.linkStates[row.linkState]),
        row.score === null ? "" : String(row.score),
      ].join(separator),
    )
    .map((line) => `${line}\r\n`)
    .join("");
}

/** The file as a stream: the header at once, then one chunk per batch as the database gives it. */
export function contactsCsvStream(batches: AsyncGenerator<ContactExportRowDto[]>, locale: Locale, t: Messages): ReadableStream<Uint8Array> {
  return csvBatchStream(contactsCsvHeader(locale, t), batches, (rows) => contactsCsvLines(rows, locale, t));
}

/** "contacts-2026-09_2026-10-telephone-echec.csv": the filters in words, so two exports never share a name. */
export function contactsCsvFilename(filters: ContactFilters, teamName: string | null, t: Messages): string {
  const m = t.contacts.list;
  const parts = [
    filtersFileStem(filters, null, t),
    teamName ? fileSlug(teamName) : "",
    filters.emailStatus ? fileSlug(m.emailStatuses[filters.emailStatus]) : "",
    filters.linkState ? fileSlug(m.linkStates[filters.linkState]) : "",
    filters.q ? fileSlug(filters.q) : "",
  ];
  return `${m.csv.filePrefix}-${parts.filter(Boolean).join("-")}.csv`;
}
