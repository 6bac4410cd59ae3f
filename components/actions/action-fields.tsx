// An action's fields as a description list: status, origin, teams, owner (and their team), due
// date with its overdue state, budget planned and spent, links to irritants and items, description.
import { formatEuros } from "@/lib/actions/action-display";
import type { ActionDetailDto } from "@/lib/db/actions/get-action";
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatDate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { ActionStatusBadge } from "./action-status-badge";
import { DueDate } from "./actions-table";

type Props = { action: ActionDetailDto; locale: Locale; t: Messages };

const label = (locale: Locale, entry: { labelFr: string; labelEn: string }) => (locale === "fr" ? entry.labelFr : entry.labelEn);

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1 py-2 sm:grid-cols-[12rem_1fr]">
      <dt className="font-medium text-slate-700">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function List({ entries, none }: { entries: string[]; none: string }) {
  if (entries.length === 0) return <span className="text-slate-500">{none}</span>;
  return (
    <ul className="list-inside list-disc">
      {entries.map((entry, index) => (
        <li key={`${index}-${entry}`}>{entry}</li>
      ))}
    </ul>
  );
}

export function ActionFields({ action, locale, t }: Props) {
  const m = t.actionPages.detail;
  const side = (value: "CUSTOMER" | "EMPLOYEE") =>
    value === "CUSTOMER" ? t.actionPages.form.customerSide : t.actionPages.form.employeeSide;
  return (
    <section aria-labelledby="action-fields" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <h2 id="action-fields" className="mb-2 font-semibold">
        {m.fieldsTitle}
      </h2>
      <dl className="divide-y divide-slate-100 text-sm">
        <Row term={m.status}>
          <ActionStatusBadge status={action.status} t={t} />
        </Row>
        <Row term={m.origin}>{t.actionPages.origins[action.origin]}</Row>
        <Row term={m.team}>{action.team.name}</Row>
        <Row term={m.owner}>
          {action.owner ? (
            action.owner.teamName ? (
              fmt(m.ownerWithTeam, { name: action.owner.name, team: action.owner.teamName })
            ) : (
              action.owner.name
            )
          ) : (
            <span className="text-slate-500">{t.actionPages.list.noOwner}</span>
          )}
        </Row>
        <Row term={m.teams}>
          <List entries={action.teams.map((team) => team.name)} none={m.none} />
        </Row>
        <Row term={m.dueDate}>
          <DueDate dueDate={action.dueDate} overdue={action.overdue} locale={locale} t={t} />
        </Row>
        <Row term={m.budget}>{action.budgetCents === null ? t.actionPages.list.noBudget : formatEuros(locale, action.budgetCents)}</Row>
        <Row term={m.spent}>
          <span data-testid="action-spent">{formatEuros(locale, action.spentCents)}</span>
        </Row>
        <Row term={m.irritants}>
          <List entries={action.irritants.map((irritant) => `${label(locale, irritant)} (${side(irritant.side)})`)} none={m.none} />
        </Row>
        <Row term={m.items}>
          <List entries={action.items.map((item) => label(locale, item))} none={m.none} />
        </Row>
        <Row term={m.createdBy}>{action.createdByName ?? m.apiKey}</Row>
        <Row term={m.createdAt}>{formatDate(locale, action.createdAt, "dateTime")}</Row>
        {action.doneAt ? <Row term={m.doneAt}>{formatDate(locale, action.doneAt, "dateTime")}</Row> : null}
        <Row term={m.description}>
          {action.description ? (
            <p className="whitespace-pre-line">{action.description}</p>
          ) : (
            <span className="text-slate-500">{m.noDescription}</span>
          )}
        </Row>
      </dl>
    </section>
  );
}
