// Monthly NPS and eNPS of the trend's team (or the organisation), significant changes flagged, open
// and thin customer months marked (issue 19 §2), in the chart and in the table alternative.
import { ChartFigure } from "@/components/charts/chart-figure";
import { TrendChart, type TrendChartRow } from "@/components/charts/trend-chart";
import type { TrendPointDto } from "@/lib/symmetry/symmetry-types";
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatMonth, formatNumber } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { DEFAULT_MIN_CUSTOMER_RESPONSES, trendRows, type TrendRow, type WeakReason } from "@/lib/overview/trend-rows";
import { currentParisMonth } from "@/lib/surveys/release-calendar";

type Props = {
  trend: TrendPointDto[];
  k: number;
  suppressed: boolean;
  /** The organisation's customer minimum n (minCustomerResponsesOf); the default until the result carries it. */
  minCustomerResponses?: number;
  locale: Locale;
  t: Messages;
};

type Side = "nps" | "enps";

export function TrendSection({ trend, k, suppressed, minCustomerResponses = DEFAULT_MIN_CUSTOMER_RESPONSES, locale, t }: Props) {
  const m = t.symmetry.trend;
  const o = t.overview;
  if (trend.length === 0)
    return (
      <p className="rounded-lg bg-white p-4 text-sm text-slate-600 shadow-sm ring-1 ring-slate-200" role="status">
        {m.empty}
      </p>
    );
  const rows: TrendChartRow[] = trendRows(trend, { openMonth: currentParisMonth(), minCustomerResponses, enpsHidden: suppressed }).map(
    (row) => ({ ...row, label: formatMonth(locale, row.period) }),
  );
  const weakText = (weak: WeakReason | null) => (weak === "open" ? o.trendOpen : weak === "thin" ? o.trendThin : null);
  const cell = (row: TrendRow, side: Side, hidden: boolean) => {
    if (hidden) return <span className="text-slate-500 italic">{fmt(t.dashboard.suppressed, { k })}</span>;
    const value = row[side];
    if (value === null) return <span className="text-slate-500">{t.common.notApplicable}</span>;
    const flag = row[`${side}Flag`] ? (trend.find((point) => point.period === row.period)?.[`${side}Change`]?.delta ?? 0) : null;
    const weak = weakText(row[`${side}Weak`]);
    return (
      <>
        {formatNumber(locale, value, { signed: true })}{" "}
        <span className="text-xs text-slate-500">(n = {formatNumber(locale, row[`${side}N`] ?? 0)})</span>
        {weak ? <span className="ml-2 text-xs text-slate-600 italic">{weak}</span> : null}
        {flag !== null ? <span className="ml-2 text-xs font-medium text-amber-900">{flag > 0 ? m.up : m.down}</span> : null}
      </>
    );
  };
  const table = (
    <table className="w-full text-left [&_td]:py-1 [&_td]:pr-3 [&_th]:py-1 [&_th]:pr-3">
      <caption className="text-left text-slate-600">{m.tableCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{m.month}</th>
          <th scope="col">{t.dashboard.nps}</th>
          <th scope="col">{t.dashboard.enps}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.period} className="border-t border-slate-100" data-testid="trend-row">
            <th scope="row" className="font-normal">
              {row.label}
            </th>
            <td className="tabular-nums">{cell(row, "nps", false)}</td>
            <td className="tabular-nums">{cell(row, "enps", suppressed)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  const words = { nps: t.dashboard.nps, enps: t.dashboard.enps, open: o.trendOpen, thin: o.trendThin, n: o.trendN, none: o.trendNone };
  return (
    <ChartFigure
      title={m.title}
      label={m.chartLabel}
      showTable={t.symmetry.scatter.showTable}
      table={table}
      chart={<TrendChart rows={rows} locale={locale} words={words} />}
    >
      <p className="mb-2 text-xs text-slate-600" data-testid="trend-legend">
        {fmt(o.trendLegend, { min: formatNumber(locale, minCustomerResponses) })}
      </p>
    </ChartFigure>
  );
}
