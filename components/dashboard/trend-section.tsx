// Monthly NPS and eNPS of the trend's team (or the organisation), significant changes flagged, open
// and thin customer months marked (issue 19 §2), in the chart and in the table alternative.
import { ChartFigure } from "@/components/charts/chart-figure";
import { TrendChart, type TrendChartRow } from "@/components/charts/trend-chart";
import { TrendTable } from "./trend-table";
import type { TrendPointDto } from "@/lib/symmetry/symmetry-types";
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatMonth, formatNumber } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { DEFAULT_MIN_CUSTOMER_RESPONSES, trendRows } from "@/lib/overview/trend-rows";
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
  const table = <TrendTable trend={trend} rows={rows} k={k} suppressed={suppressed} caption={m.tableCaption} locale={locale} t={t} />;
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
