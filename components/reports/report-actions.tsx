// The monthly report's actions (issue 15 §3): those done, measured or published in the month,
// with their team, owner, status and what happened to them that month.
import type { MonthActionsDto } from "@/lib/db/actions/list-month-actions";
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatMonth, formatNumber } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";

export function ReportActions({ actions, month, locale, t }: { actions: MonthActionsDto; month: string; locale: Locale; t: Messages }) {
  const m = t.reports;
  return (
    <section aria-labelledby="report-actions" className="report-section print:break-before-page" data-testid="report-actions">
      <h2 id="report-actions" className="text-lg font-semibold">
        {m.actionsTitle}
      </h2>
      <p className="mb-2 text-sm text-slate-600">{m.actionsLead}</p>
      {actions.rows.length === 0 ? (
        <p className="text-sm text-slate-600 italic">{m.actionsEmpty}</p>
      ) : (
        <table className="report-table w-full text-left text-sm [&_td]:py-1 [&_td]:pr-3 [&_th]:py-1 [&_th]:pr-3">
          <caption className="text-left text-slate-600">{fmt(m.actionsCaption, { month: formatMonth(locale, month) })}</caption>
          <thead>
            <tr>
              <th scope="col">{m.action}</th>
              <th scope="col">{m.team}</th>
              <th scope="col">{m.owner}</th>
              <th scope="col">{m.status}</th>
              <th scope="col">{m.happened}</th>
            </tr>
          </thead>
          <tbody>
            {actions.rows.map((row) => (
              <tr key={row.id} className="border-t border-slate-100 align-top" data-testid="report-action-row">
                <th scope="row" className="font-normal">
                  {row.title}
                </th>
                <td>{row.teamName}</td>
                <td>{row.ownerName ?? m.noOwner}</td>
                <td>{t.actionPages.statuses[row.status]}</td>
                <td>
                  {[row.doneInMonth && m.done, row.measuredInMonth && m.measured, row.publishedInMonth && m.published]
                    .filter(Boolean)
                    .join(", ")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {actions.more ? (
        <p className="mt-2 text-sm text-slate-600">{fmt(m.actionsMore, { n: formatNumber(locale, actions.rows.length) })}</p>
      ) : null}
    </section>
  );
}
