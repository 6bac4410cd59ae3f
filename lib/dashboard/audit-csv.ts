// The audit log as CSV for spreadsheets, streamed batch by batch: the dashboard exports'
// conventions (lib/dashboard/csv-format.ts: BOM, `;` in French, defused formulas), dates in
// Paris time like the page, metadata as the page's "key: value" lines.
import { BOM, csvCell, csvSeparator, fileSlug } from "@/lib/dashboard/csv-format";
import type { AuditEntryDto } from "@/lib/db/audit/list-audit-log";
import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/messages";
import { type AuditFilters, metadataLines } from "@/lib/organisations/audit-log";
import { csvBatchStream, csvParisTime } from "./csv-stream";

function header(locale: Locale, t: Messages): string {
  const m = t.audit.csv;
  const separator = csvSeparator(locale);
  const cells = [m.date, m.name, m.email, m.action, m.targetType, m.targetId, m.details];
  return `${BOM}${cells.map((cell) => csvCell(cell, separator)).join(separator)}\r\n`;
}

export function auditCsvLines(rows: readonly AuditEntryDto[], locale: Locale, t: Messages): string {
  const separator = csvSeparator(locale);
  // Every text cell is defused: names, emails and metadata come from people and integrations.
  const text = (value: string | null) => csvCell(value ?? "", separator, true);
  return rows
    .map((row) =>
      [
        csvParisTime(row.createdAt),
        text(row.actor?.name ?? t.audit.noActor),
        text(row.actor?.email ?? null),
        text(row.action),
        text(row.targetType),
        text(row.targetId),
        text(metadataLines(row.metadata).join("\n")),
      ].join(separator),
    )
    .map((line) => `${line}\r\n`)
    .join("");
}

export function auditCsvStream(batches: AsyncGenerator<AuditEntryDto[]>, locale: Locale, t: Messages): ReadableStream<Uint8Array> {
  return csvBatchStream(header(locale, t), batches, (rows) => auditCsvLines(rows, locale, t));
}

/** "journal-audit-2026-11-01_2026-11-30-apikey-create.csv": the filters in words. */
export function auditCsvFilename(filters: AuditFilters, t: Messages): string {
  const parts = [
    filters.from ?? "",
    filters.to ?? "",
    filters.action ? fileSlug(filters.action) : "",
    filters.personId ? filters.personId.slice(0, 8) : "",
  ];
  return [t.audit.csv.filePrefix, ...parts.filter(Boolean)].join("-").concat(".csv");
}
