// The monthly report's 12-month trend (issue 15 §3): the server-drawn SVG, then the same figures as
// a table (printed, never folded away), with the dashboard's marks for open, thin and hidden months.
import { ChartFigure } from "@/components/charts/chart-figure";
import type { TrendChartRow } from "@/components/charts/trend-chart";
import { TrendSvg } from "@/components/charts/trend-svg";
import { TrendTable } from "@/components/dashboard/trend-table";
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatMonth, formatNumber } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { trendRows } from "@/lib/overview/trend-rows";
import { currentParisMonth } from "@/lib/surveys/release-calendar";
import type { TrendPointDto } from "@/lib/symmetry/symmetry-types";

type Props = {
  trend: TrendPointDto[];
  suppressed: boolean;
  k: number;
  minCustomerResponses: number;
  month: string;
  locale: Locale;
  t: Messages;
};

export function ReportTrend({ trend, suppressed, k, minCustomerResponses, month, locale, t }: Props) {
  const m = t.reports;
  if (trend.length === 0)
    return <p className="text-sm text-slate-600 italic">{fmt(m.trendEmpty, { month: formatMonth(locale, month) })}</p>;
  const rows: TrendChartRow[] = trendRows(trend, { openMonth: currentParisMonth(), minCustomerResponses, enpsHidden: suppressed }).map(
    (row) => ({ ...row, label: formatMonth(locale, row.period) }),
  );
  return (
    <div className="report-section" data-testid="report-trend">
      <ChartFigure
        title={m.trendTitle}
        label={m.trendLabel}
        chart={<TrendSvg rows={rows} words={{ nps: t.dashboard.nps, enps: t.dashboard.enps }} locale={locale} />}
        table={<TrendTable trend={trend} rows={rows} k={k} suppressed={suppressed} caption={m.trendCaption} locale={locale} t={t} />}
      >
        <p className="mb-2 text-xs text-slate-600">
          {fmt(t.overview.trendLegend, { min: formatNumber(locale, minCustomerResponses) })}
          {suppressed ? ` ${m.trendHidden}.` : ""}
        </p>
      </ChartFigure>
    </div>
  );
}
