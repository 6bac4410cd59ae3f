// One page of actions: title (a link to its page), status, owning team, owner and their team, due
// date with its overdue state, budget spent and planned. On a phone each row becomes a card.
import Link from "next/link";
import { cellLabel, DataTable } from "@/components/ui/data-table";
import { formatEuros } from "@/lib/actions/action-display";
import type { ActionSummaryDto } from "@/lib/db/actions/list-actions";
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatDate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { ActionStatusBadge, OverdueBadge } from "./action-status-badge";

type Props = { rows: ActionSummaryDto[]; pageSize: number; locale: Locale; t: Messages };

/** « 300 € / 1 500 € », « 300 € dépensés » without a plan, « Sans budget » when neither. */
export function budgetText(row: Pick<ActionSummaryDto, "budgetCents" | "spentCents">, locale: Locale, t: Messages): string {
  const m = t.actionPages.list;
  const spent = formatEuros(locale, row.spentCents);
  if (row.budgetCents !== null) return fmt(m.budgetOf, { spent, planned: formatEuros(locale, row.budgetCents) });
  return row.spentCents > 0 ? fmt(m.spentOnly, { spent }) : m.noBudget;
}

export function DueDate({ dueDate, overdue, locale, t }: { dueDate: string | null; overdue: boolean; locale: Locale; t: Messages }) {
  if (!dueDate) return <span className="text-slate-500">{t.actionPages.list.noDueDate}</span>;
  return (
    <span className={overdue ? "font-medium text-red-900" : undefined}>
      <time dateTime={dueDate}>{formatDate(locale, `${dueDate}T12:00:00Z`)}</time>
      {overdue ? (
        <>
          {" "}
          <OverdueBadge t={t} />
        </>
      ) : null}
    </span>
  );
}

export function ActionsTable({ rows, pageSize, locale, t }: Props) {
  const m = t.actionPages.list;
  const headers = [m.colTitle, m.colStatus, m.colTeam, m.colOwner, m.colDue, m.colBudget];
  const [title, status, team, owner, due, budget] = headers.map(cellLabel);
  return (
    <DataTable caption={fmt(m.caption, { n: pageSize })} headers={headers} layout="stack" testId="actions-table">
      {rows.map((row) => (
        <tr key={row.id} className="border-b border-slate-100 align-top" data-testid="action-row">
          <td className="px-4 py-2" {...title}>
            <Link href={`/${locale}/actions/${row.id}`} className="font-medium text-blue-700 underline">
              {row.title}
            </Link>
            {row.publishedAt ? <span className="ml-2 text-xs text-green-800">{m.published}</span> : null}
          </td>
          <td className="px-4 py-2" {...status}>
            <ActionStatusBadge status={row.status} t={t} />
          </td>
          <td className="px-4 py-2" {...team}>
            {row.teamName}
          </td>
          <td className="px-4 py-2" {...owner}>
            {row.ownerName ? (
              <>
                {row.ownerName}
                {row.ownerTeamName ? <span className="block text-xs text-slate-600">{row.ownerTeamName}</span> : null}
              </>
            ) : (
              <span className="text-slate-500">{m.noOwner}</span>
            )}
          </td>
          <td className="px-4 py-2 whitespace-nowrap" {...due}>
            <DueDate dueDate={row.dueDate} overdue={row.overdue} locale={locale} t={t} />
          </td>
          <td className="px-4 py-2 tabular-nums" {...budget}>
            {budgetText(row, locale, t)}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
