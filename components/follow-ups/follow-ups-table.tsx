// Detractor follow-ups of the actor's scope: score, comment, team, date, status, and
// a button (plain form post to a server action) to take one on; it is closed, with its note, on its page.
import Link from "next/link";
import { newActionHref } from "@/lib/actions/action-url-params";
import { cellLabel, DataTable } from "@/components/ui/data-table";
import type { FollowUpListRow } from "@/lib/db/follow-ups/list-follow-ups-page";
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatDate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";

type Action = (formData: FormData) => Promise<void>;

function StatusButton({
  action,
  locale,
  id,
  status,
  label,
}: {
  action: Action;
  locale: Locale;
  id: string;
  status: "IN_PROGRESS";
  label: string;
}) {
  return (
    <form action={action}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="followUpId" value={id} />
      <input type="hidden" name="status" value={status} />
      <button
        type="submit"
        className="rounded border border-slate-400 px-3 py-1 text-sm font-medium hover:bg-slate-100 focus-visible:outline focus-visible:outline-2"
      >
        {label}
      </button>
    </form>
  );
}

export function FollowUpsTable({
  rows,
  locale,
  t,
  detail,
  action,
  newAction,
}: {
  rows: FollowUpListRow[];
  locale: Locale;
  t: Messages["followUps"];
  /** The follow-up page's words for the assignee and due-date columns. */
  detail: Messages["followUpDetail"];
  action: Action;
  /** The « Créer une action » link's words (issue 14 §1). */
  newAction: { column: string; label: string };
}) {
  const headers = [t.date, t.team, t.score, t.comment, detail.assignee, detail.dueOn, t.status, t.action, newAction.column];
  const [date, team, score, comment, assignee, due, status, actions, actionLink] = headers.map(cellLabel);
  // On a phone each follow-up is a card (DataTable "stack"), its buttons at hand.
  return (
    <DataTable caption={t.caption} headers={headers} layout="stack">
      {rows.map((row) => (
        <tr key={row.id} className="border-b border-slate-100 align-top" data-testid="follow-up-row">
          <td className="whitespace-nowrap px-4 py-2" {...date}>
            {/* The date opens the follow-up's page: the contact, the answers, the history (issue 14 §4). */}
            <Link href={`/${locale}/follow-ups/${row.id}`} className="text-blue-700 underline" data-testid="follow-up-open">
              {formatDate(locale, row.submittedAt, "dateTime")}
            </Link>
          </td>
          <td className="px-4 py-2" {...team}>
            {row.teamName}
          </td>
          <td className="px-4 py-2 font-semibold tabular-nums" {...score}>
            {row.score}
          </td>
          <td className="max-w-md px-4 py-2" {...comment}>
            {row.comment ?? <span className="text-slate-500">{t.noComment}</span>}
          </td>
          <td className="px-4 py-2" {...assignee}>
            {row.assigneeName ?? <span className="text-slate-500">{detail.nobody}</span>}
          </td>
          <td className="whitespace-nowrap px-4 py-2" {...due}>
            {row.dueOn ? formatDate(locale, `${row.dueOn}T12:00:00Z`) : "—"}
            {row.overdue ? <span className="ml-1 rounded bg-red-100 px-1 text-xs text-red-800">{detail.overdue}</span> : null}
          </td>
          <td className="px-4 py-2" {...status}>
            {t[row.status]}
          </td>
          <td className="px-4 py-2" {...actions}>
            <div className="flex flex-wrap gap-2">
              {row.status === "OPEN" ? (
                <StatusButton action={action} locale={locale} id={row.id} status="IN_PROGRESS" label={t.markInProgress} />
              ) : null}
            </div>
          </td>
          <td className="px-4 py-2" {...actionLink}>
            <Link
              href={newActionHref(locale, { origin: "FOLLOW_UP", followUpId: row.id, teamId: row.teamId })}
              className="text-blue-700 underline"
              aria-label={fmt(newAction.label, { date: formatDate(locale, row.submittedAt, "dateTime") })}
            >
              {newAction.column}
            </Link>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
