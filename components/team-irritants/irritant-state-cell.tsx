// One irritant pair's state as a badge (« Signalé », « En traitement », « Éliminé le … »): its own
// component so the team page's irritant rows can show it next to other helpers' cells.
import type { ReactNode } from "react";
import type { IrritantState, TeamIrritantStatesDto } from "@/lib/db/team-irritants/get-team-irritant-states";
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatDate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";

const STYLE: Record<Exclude<IrritantState, null>, string> = {
  REPORTED: "bg-amber-100 text-amber-900",
  TREATED: "bg-sky-100 text-sky-900",
  ELIMINATED: "bg-emerald-100 text-emerald-900",
};

type Props = {
  state: IrritantState;
  eliminatedAt: string | null;
  workshop: boolean;
  locale: Locale;
  t: Messages;
};

export function IrritantStateCell({ state, eliminatedAt, workshop, locale, t }: Props) {
  const m = t.irritantStates;
  if (state === null) return <span className="text-slate-500">{m.noState}</span>;
  const text =
    state === "ELIMINATED"
      ? fmt(m.eliminated, { date: formatDate(locale, eliminatedAt!) })
      : state === "TREATED"
        ? m.treated
        : workshop
          ? m.workshop
          : m.reported;
  return (
    <span
      className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${STYLE[state]}`}
      data-testid="irritant-state"
      data-state={state}
    >
      {text}
    </span>
  );
}

/** For the team page's mirrored irritant rows: each irritant id (either side of a pair) → its pair's state cell. */
export function irritantStateCells(states: TeamIrritantStatesDto, locale: Locale, t: Messages): ReadonlyMap<string, ReactNode> {
  const cells = new Map<string, ReactNode>();
  for (const row of states.pairs) {
    const cell = <IrritantStateCell state={row.state} eliminatedAt={row.eliminatedAt} workshop={row.workshop} locale={locale} t={t} />;
    for (const side of [row.customer, row.employee]) if (side) cells.set(side.irritantId, cell);
  }
  return cells;
}
