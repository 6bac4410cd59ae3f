// The team page's irritants worked to elimination (issue 14 §2): each active pair of the
// catalogue with its state, its citation rate on both sides before and after (Wilson 95 %
// intervals; an employee rate under k reads « trop peu de réponses »), and, for those who manage
// the team's actions, the workshop / eliminated / reopen buttons (plain forms).
import { EmptyState } from "@/components/ui/empty-state";
import { cellLabel, DataTable } from "@/components/ui/data-table";
import { Notice } from "@/components/ui/notice";
import { localLabel } from "@/lib/dashboard/labels";
import type { RatesDto, TeamIrritantStateDto, TeamIrritantStatesDto } from "@/lib/db/team-irritants/get-team-irritant-states";
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatMonth, formatNumber } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import type { ProportionEstimate } from "@/lib/stats/proportion";
import { IrritantStateCell } from "./irritant-state-cell";

type FormAction = (form: FormData) => Promise<never>;
/** The server actions behind the buttons (they live under app/, which components do not import). */
export type IrritantStateActions = { workshop: FormAction; eliminate: FormAction; reopen: FormAction };
type Props = { states: TeamIrritantStatesDto; actions: IrritantStateActions; notice?: string; locale: Locale; t: Messages };

const percent = (locale: Locale, value: number) => `${formatNumber(locale, value * 100, { digits: 0 })} %`;

function Rate({
  label,
  estimate,
  locale,
  t,
}: {
  label: string;
  estimate: ProportionEstimate | null | "tooFew";
  locale: Locale;
  t: Messages;
}) {
  const m = t.irritantStates;
  const text =
    estimate === null
      ? m.noAnswers
      : estimate === "tooFew"
        ? m.tooFew
        : fmt(m.rate, {
            rate: percent(locale, estimate.rate),
            low: percent(locale, estimate.low),
            high: percent(locale, estimate.high),
            n: formatNumber(locale, estimate.n),
          });
  return (
    <div>
      <span className="text-slate-600">{label} : </span>
      <span className={estimate === null || estimate === "tooFew" ? "text-slate-500 italic" : "tabular-nums"}>{text}</span>
    </div>
  );
}

function Rates({ rates, recent, locale, t }: { rates: RatesDto | null; recent: boolean; locale: Locale; t: Messages }) {
  const m = t.irritantStates;
  if (!rates) return <span className="text-slate-500 italic">{m.notYet}</span>;
  const employee = rates.employee.status === "ok" ? rates.employee.estimate : rates.employee.status === "tooFew" ? "tooFew" : null;
  return (
    <div className="text-xs">
      <div className="text-slate-500">
        {recent ? m.recent : fmt(m.window, { from: formatMonth(locale, rates.window.from), to: formatMonth(locale, rates.window.to) })}
      </div>
      <Rate label={m.customer} estimate={rates.customer} locale={locale} t={t} />
      <Rate label={m.employee} estimate={employee} locale={locale} t={t} />
    </div>
  );
}

function Buttons({
  row,
  teamId,
  actions,
  locale,
  t,
}: {
  row: TeamIrritantStateDto;
  teamId: string;
  actions: IrritantStateActions;
  locale: Locale;
  t: Messages;
}) {
  const m = t.irritantStates;
  const name = localLabel(locale, (row.customer ?? row.employee)!);
  const noteId = `note-${row.pairId}`;
  const button = "rounded border border-slate-300 px-2 py-1 text-xs hover:bg-slate-50";
  const hidden = (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="teamId" value={teamId} />
      <input type="hidden" name="irritantId" value={row.pairId} />
    </>
  );
  return (
    <div className="flex flex-wrap items-end gap-2">
      {row.state === "ELIMINATED" ? (
        <form action={actions.reopen}>
          {hidden}
          <button type="submit" className={button}>
            {m.reopen}
          </button>
        </form>
      ) : (
        <form action={actions.eliminate} className="flex flex-wrap items-end gap-2">
          {hidden}
          <label className="sr-only" htmlFor={noteId}>
            {fmt(m.noteFor, { name })}
          </label>
          <input
            id={noteId}
            name="note"
            maxLength={1000}
            placeholder={m.note}
            className="w-36 rounded border border-slate-300 px-1 py-0.5 text-xs"
          />
          <button type="submit" className={button}>
            {m.eliminate}
          </button>
          {row.workshop ? null : (
            <button type="submit" formAction={actions.workshop} className={button}>
              {m.add}
            </button>
          )}
        </form>
      )}
    </div>
  );
}

export function IrritantStatesSection({ states, actions, notice, locale, t }: Props) {
  const m = t.irritantStates;
  const headers = [m.pair, m.state, m.before, m.after, ...(states.canManage ? [m.actions] : [])];
  return (
    <section aria-labelledby="irritant-states" className="flex flex-col gap-2">
      <h2 id="irritant-states" className="text-lg font-semibold">
        {m.title}
      </h2>
      <p className="text-sm text-slate-600">{m.lead}</p>
      <Notice kind="ok" text={notice === "saved" ? m.noticeSaved : null} />
      <Notice kind="error" text={notice === "note" ? m.errorNote : notice === "not-found" ? m.errorNotFound : null} />
      {states.pairs.length === 0 ? (
        <EmptyState title={m.empty} />
      ) : (
        <DataTable caption={m.caption} headers={headers} layout="stack" testId="irritant-states">
          {states.pairs.map((row) => (
            <tr key={row.pairId} className="border-t border-slate-100 align-top" data-pair={row.customer?.key ?? row.employee?.key}>
              <th scope="row" className="px-4 py-2 font-normal" {...cellLabel(m.pair)}>
                {row.customer ? localLabel(locale, row.customer) : t.common.notApplicable}
                {" ↔ "}
                {row.employee ? localLabel(locale, row.employee) : t.common.notApplicable}
                {row.note ? <div className="text-xs text-slate-500">{row.note}</div> : null}
              </th>
              <td className="px-4 py-2" {...cellLabel(m.state)}>
                <IrritantStateCell state={row.state} eliminatedAt={row.eliminatedAt} workshop={row.workshop} locale={locale} t={t} />
              </td>
              <td className="px-4 py-2" {...cellLabel(m.before)}>
                <Rates rates={row.before} recent={row.pivotMonth === null} locale={locale} t={t} />
              </td>
              <td className="px-4 py-2" {...cellLabel(m.after)}>
                {row.pivotMonth === null ? (
                  <span className="text-slate-500">{m.noState}</span>
                ) : (
                  <Rates rates={row.after} recent={false} locale={locale} t={t} />
                )}
              </td>
              {states.canManage ? (
                <td className="px-4 py-2" {...cellLabel(m.actions)}>
                  <Buttons row={row} teamId={states.teamId} actions={actions} locale={locale} t={t} />
                </td>
              ) : null}
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
