// The audit log's entries: when (Paris time), who, which action (in words, with its code) on what,
// and the metadata as readable "key: value" lines. Plain table, no client code.
import type { AuditEntryDto } from "@/lib/db/audit/list-audit-log";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { auditActionLabel, metadataLines } from "@/lib/organisations/audit-log";

const cell = "border-b border-slate-200 px-3 py-2 align-top";

export function AuditLogTable({ rows, locale, t }: { rows: AuditEntryDto[]; locale: Locale; t: Messages["audit"] }) {
  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
      <table className="w-full text-left text-sm" data-testid="audit-table">
        <caption className="sr-only">{t.table}</caption>
        <thead className="bg-slate-50">
          <tr>
            {[t.date, t.who, t.what, t.target, t.details].map((title) => (
              <th key={title} scope="col" className={`${cell} font-semibold`}>
                {title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-testid="audit-row">
              <td className={`${cell} whitespace-nowrap`}>
                <time dateTime={row.createdAt.toISOString()}>{formatDate(locale, row.createdAt, "dateTimeSeconds")}</time>
              </td>
              <td className={cell}>
                {row.actor ? (
                  <>
                    {row.actor.name}
                    <span className="block text-xs text-slate-600">{row.actor.email}</span>
                  </>
                ) : (
                  <span className="text-slate-600">{t.noActor}</span>
                )}
              </td>
              <td className={cell}>
                {auditActionLabel(row.action, t.actions)}
                <code className="block text-xs text-slate-600">{row.action}</code>
              </td>
              <td className={cell}>
                {row.targetType}
                {row.targetId ? <span className="block break-all text-xs text-slate-600">{row.targetId}</span> : null}
              </td>
              <td className={cell}>
                <ul className="space-y-0.5 text-xs">
                  {metadataLines(row.metadata).map((line, index) => (
                    <li key={index} className="break-all">
                      {line}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
