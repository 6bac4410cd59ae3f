// An action's status as a badge: its word and a colour (never the colour alone), and the overdue
// state beside it when the due date has passed on an open action.
import type { Messages } from "@/lib/i18n/messages";

export type ActionStatus = keyof Messages["actionPages"]["statuses"];

const tone: Record<ActionStatus, string> = {
  PROPOSED: "bg-slate-100 text-slate-800",
  PLANNED: "bg-blue-100 text-blue-900",
  IN_PROGRESS: "bg-amber-100 text-amber-900",
  DONE: "bg-green-100 text-green-900",
  MEASURED: "bg-emerald-200 text-emerald-950",
  DROPPED: "bg-slate-200 text-slate-700 line-through",
};

const badge = "inline-block rounded px-2 py-0.5 text-xs font-medium";

export function ActionStatusBadge({ status, t }: { status: ActionStatus; t: Messages }) {
  return (
    <span className={`${badge} ${tone[status]}`} data-testid="action-status">
      {t.actionPages.statuses[status]}
    </span>
  );
}

export function OverdueBadge({ t }: { t: Messages }) {
  return (
    <span className={`${badge} bg-red-100 text-red-900`} data-testid="action-overdue">
      {t.actionPages.list.overdueBadge}
    </span>
  );
}
