// The team page's operational KPIs (issue 15 §1): each active KPI's monthly values over the last
// 12 months as a small line and, for everyone, the same figures in a table (months as rows); an
// empty state when nothing was imported. Shown to actors with kpis:read only (the page decides).
import { KpiLineChart } from "@/components/charts/kpi-line-chart";
import { EmptyState } from "@/components/ui/empty-state";
import type { TeamKpiSeriesDto } from "@/lib/db/kpis/get-team-kpi-series";
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatMonth, formatNumber } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import type { KpiUnit } from "@/lib/kpis/kpi-units";
import { kpiName } from "./kpi-definitions-table";

type Props = { series: TeamKpiSeriesDto; locale: Locale; t: Messages };

/** The same in French and English: a rate in %, a duration in seconds, counts and numbers bare. */
const UNIT_SUFFIX: Record<KpiUnit, string> = { PERCENT: "\u00a0%", SECONDS: "\u00a0s", COUNT: "", NUMBER: "" };

export function TeamKpisSection({ series, locale, t }: Props) {
  const m = t.kpis;
  const kpis = series.kpis.filter((kpi) => kpi.values.some((value) => value !== null));
  const label = (month: string) => formatMonth(locale, month);
  return (
    <section aria-labelledby="team-kpis" data-testid="team-kpis">
      <h2 id="team-kpis" className="mb-2 text-lg font-semibold">
        {m.team.title}
      </h2>
      {kpis.length === 0 ? (
        <EmptyState title={m.team.empty} hint={m.team.emptyHint} />
      ) : (
        <div className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <div className="mb-4 grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
            {kpis.map(({ definition, values }) => {
              const name = kpiName(definition, locale);
              return (
                <figure key={definition.id}>
                  <figcaption className="text-sm font-medium">
                    {name}{" "}
                    <span className="font-normal text-slate-600">({definition.higherIsBetter ? m.higherBetter : m.lowerBetter})</span>
                  </figcaption>
                  <div role="img" aria-label={fmt(m.team.chartLabel, { name })} className="h-40 w-full">
                    <KpiLineChart
                      rows={series.months.map((month, i) => ({ label: label(month), value: values[i] ?? null }))}
                      name={name}
                      locale={locale}
                    />
                  </div>
                </figure>
              );
            })}
          </div>
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left text-sm">
              <caption className="mb-1 text-left text-slate-600">{m.team.caption}</caption>
              <thead>
                <tr className="border-b">
                  <th scope="col" className="p-2">
                    {m.team.month}
                  </th>
                  {kpis.map(({ definition }) => (
                    <th key={definition.id} scope="col" className="p-2 text-right">
                      {kpiName(definition, locale)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {series.months.map((month, i) => (
                  <tr key={month} className="border-b">
                    <th scope="row" className="p-2 font-normal">
                      {label(month)}
                    </th>
                    {kpis.map(({ definition, values }) => {
                      const value = values[i];
                      return (
                        <td key={definition.id} className="p-2 text-right tabular-nums">
                          {value === null || value === undefined
                            ? t.common.notApplicable
                            : `${formatNumber(locale, value, { digits: definition.unit === "SECONDS" ? 0 : 1 })}${UNIT_SUFFIX[definition.unit]}`}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}
