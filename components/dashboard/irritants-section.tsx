// Top irritants per side, each paired with its mirror on the other side (waiting time ↔ slow
// tools). Employee counts come already suppressed by the data layer when the team is hidden.
import Link from "next/link";
import { localLabel } from "@/lib/dashboard/labels";
import type { ReactNode } from "react";
import type { IrritantRowDto } from "@/lib/db/dashboard/get-team-detail";
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatNumber } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";

type Props = {
  irritants: { customer: IrritantRowDto[]; employee: IrritantRowDto[] };
  employeeSuppressed: boolean;
  /** The pair's state for the team (components/team-irritants), drawn in a last column when given. */
  stateCells?: ReadonlyMap<string, ReactNode>;
  locale: Locale;
  t: Messages;
  /** The « Créer une action » link of a pair, for those who may act on the team (none otherwise). */
  actionHref?: (row: IrritantRowDto) => string;
  /** The heading's id, unique on the page (the monthly report draws one section per root team). */
  headingId?: string;
};

type SideProps = {
  title: string;
  rows: IrritantRowDto[];
  locale: Locale;
  t: Messages;
  actionHref?: Props["actionHref"];
  stateCells?: Props["stateCells"];
};

function SideTable({ title, rows, locale, t, actionHref, stateCells }: SideProps) {
  const m = t.symmetry.team;
  if (rows.length === 0) return <p className="text-sm text-slate-600">{m.noIrritants}</p>;
  const count = (value: number | null) =>
    value === null ? <span className="text-slate-500 italic">{m.employeeSuppressed}</span> : formatNumber(locale, value);
  return (
    <table className="w-full text-left text-sm [&_td]:py-1 [&_td]:pr-3 [&_th]:py-1 [&_th]:pr-3">
      <caption className="text-left font-medium">{title}</caption>
      <thead>
        <tr>
          <th scope="col">{m.irritant}</th>
          <th scope="col">{m.count}</th>
          <th scope="col">{m.mirror}</th>
          <th scope="col">{m.mirrorCount}</th>
          {stateCells ? <th scope="col">{t.irritantStates.state}</th> : null}
          {actionHref ? <th scope="col">{t.actionPages.teamLinks.create}</th> : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.irritantId} className="border-t border-slate-100 align-top">
            <th scope="row" className="font-normal">
              {localLabel(locale, row)}
            </th>
            <td className="tabular-nums">{count(row.count)}</td>
            <td>{row.mirror ? localLabel(locale, row.mirror) : t.common.notApplicable}</td>
            <td className="tabular-nums">{row.mirror ? count(row.mirror.count) : t.common.notApplicable}</td>
            {stateCells ? <td>{stateCells.get(row.irritantId) ?? null}</td> : null}
            {actionHref ? (
              <td>
                <Link
                  href={actionHref(row)}
                  className="text-blue-700 underline"
                  aria-label={fmt(t.actionPages.teamLinks.createForIrritant, { label: localLabel(locale, row) })}
                  data-testid="irritant-action-link"
                >
                  {t.actionPages.teamLinks.create}
                </Link>
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function IrritantsSection({
  irritants,
  employeeSuppressed,
  stateCells,
  locale,
  t,
  actionHref,
  headingId = "irritants-title",
}: Props) {
  const m = t.symmetry.team;
  return (
    <section aria-labelledby={headingId} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <h2 id={headingId} className="font-semibold">
        {m.irritantsTitle}
      </h2>
      <p className="mb-3 text-sm text-slate-600">{m.irritantsLead}</p>
      <div className="grid gap-6 lg:grid-cols-2">
        <SideTable
          title={m.irritantsCustomer}
          rows={irritants.customer}
          locale={locale}
          t={t}
          actionHref={actionHref}
          stateCells={stateCells}
        />
        {employeeSuppressed ? (
          <p className="text-sm text-slate-600 italic" role="status">
            {m.irritantsSuppressed}
          </p>
        ) : (
          <SideTable
            title={m.irritantsEmployee}
            rows={irritants.employee}
            locale={locale}
            t={t}
            actionHref={actionHref}
            stateCells={stateCells}
          />
        )}
      </div>
    </section>
  );
}
