// The toolbox budget (issue 14 §1, budget:manage): per calendar year (the current one in Paris by
// default), the organisation's amount, its allocations to teams (add, change, remove), what each
// allocated team's subtree spent on the actions created that year, and what is left.
import { cellLabel, DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice, TreeOptions } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/get-actor";
import { orPageError } from "@/lib/auth/or-page-error";
import type { SearchParams } from "@/lib/dashboard/url-filters";
import { getToolboxBudget } from "@/lib/db/toolbox-budget/toolbox-budget";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";
import type { BudgetErrorCode } from "@/lib/toolbox/budget-schema";
import { removeToolboxAllocationAction, setToolboxAllocationAction, setToolboxBudgetAction } from "./actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export const generateMetadata = pageTitle((t) => t.budget.title);

const euros = (locale: Locale, cents: number) => `${formatNumber(locale, cents / 100, { digits: cents % 100 === 0 ? 0 : 2 })} €`;
/** What a form field shows: "1200,50" typed back the way the form accepts it. */
const plain = (cents: number) => (cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2));
const input = "rounded border border-slate-300 px-2 py-1";
const button = "rounded bg-blue-700 px-3 py-1 text-sm font-medium text-white hover:bg-blue-800";

export default async function BudgetPage({ params, searchParams }: Props) {
  const { locale, t } = await localeFromParams(params);
  const actor = await requireActor(locale, `/${locale}/actions/budget`);
  const query = await searchParams;
  const budget = await orPageError(getToolboxBudget(actor, typeof query.year === "string" ? query.year : undefined));
  const m = t.budget;
  const error = typeof query.error === "string" && query.error in m.errors ? m.errors[query.error as BudgetErrorCode] : null;
  const hidden = (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="year" value={budget.year} />
    </>
  );
  const orDash = (cents: number | null) => (cents === null ? m.noAmount : euros(locale, cents));
  return (
    <>
      <PageHeader title={m.title} lead={m.lead} />
      <Notice kind="ok" text={query.notice === "saved" ? m.saved : null} testId="budget-notice" />
      <Notice kind="error" text={error ? `${m.errorTitle} : ${error}` : null} testId="budget-error" />
      <form method="get" className="mb-4 flex items-end gap-2">
        <label className="flex flex-col text-sm">
          {m.year}
          <input name="year" type="number" min={2000} max={2100} defaultValue={budget.year} className={`${input} w-28`} />
        </label>
        <button type="submit" className="rounded border border-slate-300 px-3 py-1 text-sm">
          {m.show}
        </button>
      </form>

      <DataTable caption={`${m.summaryCaption} ${budget.year}`} headers={[m.total, m.allocated, m.spent, m.left]} testId="budget-summary">
        <tr>
          <td className="px-4 py-2 tabular-nums">{orDash(budget.amountCents)}</td>
          <td className="px-4 py-2 tabular-nums">{euros(locale, budget.allocatedCents)}</td>
          <td className="px-4 py-2 tabular-nums">{euros(locale, budget.spentCents)}</td>
          <td className={`px-4 py-2 tabular-nums ${(budget.leftCents ?? 0) < 0 ? "text-red-700" : ""}`}>{orDash(budget.leftCents)}</td>
        </tr>
      </DataTable>

      <form action={setToolboxBudgetAction} className="mt-3 mb-6 flex flex-wrap items-end gap-2">
        {hidden}
        <label className="flex flex-col text-sm">
          {m.amount}
          <input
            name="amount"
            required
            inputMode="decimal"
            defaultValue={budget.amountCents === null ? "" : plain(budget.amountCents)}
            className={`${input} w-40`}
          />
        </label>
        <button type="submit" className={button}>
          {m.save}
        </button>
      </form>

      <section aria-labelledby="allocations" className="flex flex-col gap-3">
        <h2 id="allocations" className="text-lg font-semibold">
          {m.allocationsTitle}
        </h2>
        {budget.allocations.length === 0 ? (
          <EmptyState title={m.noAllocations} hint={m.noAllocationsHint} />
        ) : (
          <DataTable
            caption={m.allocationsCaption}
            headers={[m.team, m.allocation, m.spent, m.left, m.remove]}
            layout="stack"
            testId="budget-allocations"
          >
            {budget.allocations.map((row) => (
              <tr key={row.teamId} className="border-t border-slate-100">
                <th scope="row" className="px-4 py-2 font-normal" {...cellLabel(m.team)}>
                  {row.teamName}
                </th>
                <td className="px-4 py-2" {...cellLabel(m.allocation)}>
                  <form action={setToolboxAllocationAction} className="flex items-center gap-2">
                    {hidden}
                    <input type="hidden" name="teamId" value={row.teamId} />
                    <input
                      name="amount"
                      required
                      inputMode="decimal"
                      aria-label={`${m.allocation} ${row.teamName}`}
                      defaultValue={plain(row.amountCents)}
                      className={`${input} w-28`}
                    />
                    <button type="submit" className="rounded border border-slate-300 px-2 py-1 text-xs">
                      {m.edit}
                    </button>
                  </form>
                </td>
                <td className="px-4 py-2 tabular-nums" {...cellLabel(m.spent)}>
                  {euros(locale, row.spentCents)}
                </td>
                <td className={`px-4 py-2 tabular-nums ${row.leftCents < 0 ? "text-red-700" : ""}`} {...cellLabel(m.left)}>
                  {euros(locale, row.leftCents)}
                </td>
                <td className="px-4 py-2" {...cellLabel(m.remove)}>
                  <form action={removeToolboxAllocationAction}>
                    {hidden}
                    <input type="hidden" name="teamId" value={row.teamId} />
                    <button
                      type="submit"
                      className="rounded border border-slate-300 px-2 py-1 text-xs"
                      aria-label={`${m.remove} ${row.teamName}`}
                    >
                      {m.remove}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
        <form action={setToolboxAllocationAction} className="flex flex-wrap items-end gap-2">
          {hidden}
          <label className="flex flex-col text-sm">
            {m.team}
            <select name="teamId" required className={input} defaultValue="">
              <option value="" disabled>
                {m.chooseTeam}
              </option>
              <TreeOptions nodes={budget.teams} />
            </select>
          </label>
          <label className="flex flex-col text-sm">
            {m.allocation}
            <input name="amount" required inputMode="decimal" className={`${input} w-32`} />
          </label>
          <button type="submit" className={button}>
            {m.add}
          </button>
        </form>
      </section>
    </>
  );
}
