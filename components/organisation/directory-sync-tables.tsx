// Tables of the HR-system sync upload: what changes (count and HR ids per kind of change) and the
// errors by line. Render only; ids are id prefixes (test ids) so both files can share a page.
import { DataTable } from "@/components/ui/data-table";
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatNumber } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import type { DirectorySyncOutcome } from "./directory-sync-state";
import { syncErrorText } from "./sync-error-text";

type T = Messages["directorySync"];

const cell = "px-4 py-2 align-top";
/** HR ids shown per kind of change; the counts stay exact. */
const SHOWN_IDS = 50;

export function ChangesTable({ result, t, locale, applied }: { result: DirectorySyncOutcome; t: T; locale: Locale; applied: boolean }) {
  const labels = t.kinds[result.file] as Record<string, string>;
  return (
    <DataTable caption={applied ? t.appliedCaption : t.changesCaption} headers={[t.columnChange, t.columnCount, t.columnIds]}>
      {result.changes.map((change) => (
        <tr key={change.kind} className="border-b border-slate-100" data-testid={`sync-${result.file}-${change.kind}`}>
          <th scope="row" className={`${cell} font-medium`}>
            {labels[change.kind] ?? change.kind}
          </th>
          <td className={`${cell} tabular-nums`}>{formatNumber(locale, change.count)}</td>
          <td className={`${cell} font-mono break-all`}>
            {change.ids.slice(0, SHOWN_IDS).join(", ")}
            {change.count > SHOWN_IDS ? ` ${fmt(t.moreIds, { n: formatNumber(locale, change.count - SHOWN_IDS) })}` : null}
          </td>
        </tr>
      ))}
      <tr data-testid={`sync-${result.file}-unchanged`}>
        <th scope="row" className={`${cell} font-medium`}>
          {labels.unchanged}
        </th>
        <td className={`${cell} tabular-nums`}>{formatNumber(locale, result.unchanged)}</td>
        <td className={cell} />
      </tr>
    </DataTable>
  );
}

export function SyncErrorTable({ result, t, headingId }: { result: DirectorySyncOutcome; t: T; headingId: string }) {
  if (result.errorCount === 0) return null;
  return (
    <section aria-labelledby={headingId} className="mt-6">
      <h3 id={headingId} className="mb-1 text-lg font-semibold">
        {fmt(t.errorsTitle, { n: result.errorCount })}
      </h3>
      <p className="mb-2">{t.errorsIntro}</p>
      <DataTable caption={t.errorsCaption} headers={[t.columnLine, t.columnColumn, t.columnProblem]}>
        {result.errors.map((error, i) => (
          <tr key={`${error.line}-${error.field}-${i}`} className="border-b border-slate-100" data-testid={`sync-${result.file}-error`}>
            <th scope="row" className={`${cell} tabular-nums`}>
              {error.line ?? t.wholeFile}
            </th>
            <td className={`${cell} font-mono`}>{error.field}</td>
            <td className={cell}>{syncErrorText(error, t)}</td>
          </tr>
        ))}
      </DataTable>
      {result.errorCount > result.errors.length ? (
        <p className="mt-2 text-sm">{fmt(t.errorsShown, { shown: result.errors.length, total: result.errorCount })}</p>
      ) : null}
    </section>
  );
}
