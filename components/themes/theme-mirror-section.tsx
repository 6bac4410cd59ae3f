// The mirrored theme view (issue 15 §2): each customer theme beside its employee mirror, with
// comment counts, detractor and promoter shares, a two-sided bar and the month-by-month counts.
// A theme's name opens its comments on both sides (/comments?theme=…). Employee counts and
// shares arrive already under the verbatim group-size rule (lib/db/themes/get-theme-view.ts).
import Link from "next/link";
import { commentsHref } from "@/lib/dashboard/comments-url";
import { EmptyState } from "@/components/ui/empty-state";
import type { ThemeSideCountDto, ThemeViewDto } from "@/lib/db/themes/get-theme-view";
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatMonth, formatNumber } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";

/** The comments page's filters carried by a theme's link (the view's team and months). */
export type ThemeLinkFilters = { teamId?: string; from?: string; to?: string };

type Props = {
  view: ThemeViewDto;
  filters: ThemeLinkFilters;
  locale: Locale;
  t: Messages;
  /** Rows shown (the report keeps the top few); all by default. */
  limit?: number;
  headingId?: string;
};

export const themeCommentsHref = (locale: Locale, themeId: string, filters: ThemeLinkFilters) =>
  commentsHref(locale, { theme: themeId, teamId: filters.teamId, from: filters.from, to: filters.to });

const label = (locale: Locale, side: ThemeSideCountDto) => (locale === "en" ? side.labelEn : side.labelFr);

function share(locale: Locale, value: number | null, withheld: string) {
  if (value === null) return <span className="text-slate-500 italic">{withheld}</span>;
  return `${formatNumber(locale, Math.round(value * 100))} %`;
}

function SideCells({ side, testId, k, props }: { side: ThemeSideCountDto | null; testId: string; k: number; props: Props }) {
  const { locale, t, filters } = props;
  const m = t.themeView;
  if (!side)
    return (
      <>
        <td data-testid={testId} className="text-slate-500 italic">
          {m.noMirror}
        </td>
        <td />
        <td />
        <td />
      </>
    );
  const withheld = fmt(m.withheld, { k });
  const noShare = side.count === 0 ? "—" : withheld;
  return (
    <>
      <td data-testid={testId}>
        <Link className="text-blue-700 underline" href={themeCommentsHref(locale, side.themeId, filters)}>
          {label(locale, side)}
        </Link>
      </td>
      <td className="text-right tabular-nums">{formatNumber(locale, side.count)}</td>
      <td className="text-right tabular-nums">{share(locale, side.detractorShare, noShare)}</td>
      <td className="text-right tabular-nums">{share(locale, side.promoterShare, noShare)}</td>
    </>
  );
}

/** Customers to the left, employees to the right, both on the view's largest count. */
function Balance({ customer, employee, max, t }: { customer: number; employee: number; max: number; t: Messages }) {
  const width = (n: number) => `${max === 0 ? 0 : Math.round((n / max) * 100)}%`;
  return (
    <div role="img" aria-label={fmt(t.themeView.barLabel, { customer, employee })} className="grid w-40 grid-cols-2 gap-px print:w-28">
      <div className="flex justify-end">
        <div className="h-3 rounded-l bg-sky-600 print:bg-sky-600" style={{ width: width(customer) }} />
      </div>
      <div className="flex">
        <div className="h-3 rounded-r bg-amber-500" style={{ width: width(employee) }} />
      </div>
    </div>
  );
}

function Trend({ view, rows, locale, t }: { view: ThemeViewDto; rows: ThemeViewDto["rows"]; locale: Locale; t: Messages }) {
  const m = t.themeView;
  if (view.months.length < 2) return null;
  const cell = (side: ThemeSideCountDto | null, i: number) => (side ? formatNumber(locale, side.trend[i] ?? 0) : "—");
  return (
    <details className="mt-3 print:hidden">
      <summary className="cursor-pointer text-sm text-slate-700 underline">{m.trendSummary}</summary>
      <div className="mt-2 overflow-x-auto">
        <table className="text-sm [&_td]:px-2 [&_td]:py-1 [&_th]:px-2 [&_th]:py-1">
          <caption className="text-left font-medium">{m.trendCaption}</caption>
          <thead>
            <tr>
              <th scope="col" className="text-left">
                {m.month}
              </th>
              {view.months.map((month) => (
                <th key={month} scope="col" className="text-right whitespace-nowrap">
                  {formatMonth(locale, month)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const first = (row.customer ?? row.employee)!;
              return (
                <tr key={first.themeId} className="border-t border-slate-100" data-testid="theme-trend-row">
                  <th scope="row" className="text-left font-normal">
                    {[row.customer, row.employee]
                      .map((side) => (side ? label(locale, side) : null))
                      .filter(Boolean)
                      .join(" ↔ ")}
                  </th>
                  {view.months.map((month, i) => (
                    <td key={month} className="text-right whitespace-nowrap tabular-nums">
                      {cell(row.customer, i)} / {cell(row.employee, i)}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** The note on the employee side's rule, the mirrored table and (unless limited) the trend. */
export function ThemeMirrorTable(props: Props) {
  const { view, locale, t, limit } = props;
  const m = t.themeView;
  const rows = view.rows.filter((row) => (row.customer?.count ?? 0) + (row.employee?.count ?? 0) > 0).slice(0, limit);
  const max = Math.max(0, ...rows.flatMap((row) => [row.customer?.count ?? 0, row.employee?.count ?? 0]));
  return (
    <>
      <p className="mb-3 max-w-3xl text-sm text-slate-600">{fmt(m.employeeRule, { k: view.minGroupSize })}</p>
      {rows.length === 0 ? (
        <EmptyState title={limit ? m.reportEmpty : m.empty} />
      ) : (
        <>
          <div className="overflow-x-auto">
            <table className="w-full text-sm [&_td]:py-1 [&_td]:pr-3 [&_th]:py-1 [&_th]:pr-3">
              <caption className="sr-only">{m.caption}</caption>
              <thead>
                <tr className="text-left">
                  <th scope="col">{m.customerTheme}</th>
                  <th scope="col" className="text-right">
                    {m.comments}
                  </th>
                  <th scope="col" className="text-right">
                    {m.detractors}
                  </th>
                  <th scope="col" className="text-right">
                    {m.promoters}
                  </th>
                  <th scope="col" className="text-center">
                    {m.balance}
                  </th>
                  <th scope="col">{m.employeeTheme}</th>
                  <th scope="col" className="text-right">
                    {m.comments}
                  </th>
                  <th scope="col" className="text-right">
                    {m.detractors}
                  </th>
                  <th scope="col" className="text-right">
                    {m.promoters}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr
                    key={(row.customer ?? row.employee)!.themeId}
                    className="border-t border-slate-100 align-middle"
                    data-testid="theme-pair"
                  >
                    <SideCells side={row.customer} testId="theme-customer" k={view.minGroupSize} props={props} />
                    <td>
                      <Balance customer={row.customer?.count ?? 0} employee={row.employee?.count ?? 0} max={max} t={t} />
                    </td>
                    <SideCells side={row.employee} testId="theme-employee" k={view.minGroupSize} props={props} />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {limit ? null : <Trend view={view} rows={rows} locale={locale} t={t} />}
        </>
      )}
    </>
  );
}

export function ThemeMirrorSection(props: Props) {
  const { t, headingId = "theme-mirror-title" } = props;
  const m = t.themeView;
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 print:break-inside-avoid print:shadow-none"
      data-testid="theme-mirror"
    >
      <h2 id={headingId} className="font-semibold">
        {m.title}
      </h2>
      <p className="mb-1 max-w-3xl text-sm text-slate-600 print:hidden">{m.lead}</p>
      <ThemeMirrorTable {...props} />
    </section>
  );
}
