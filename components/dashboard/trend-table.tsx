// The monthly trend as a table (the chart's alternative, and the monthly report's printed figures):
// NPS and eNPS per month with n, open and thin months marked, significant changes flagged, the
// employee column hidden for anonymity when the scope's eNPS is.
import type { TrendChartRow } from "@/components/charts/trend-chart";
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatNumber } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import type { TrendRow, WeakReason } from "@/lib/overview/trend-rows";
import type { TrendPointDto } from "@/lib/symmetry/symmetry-types";

type Props = {
  trend: TrendPointDto[];
  rows: TrendChartRow[];
  k: number;
  suppressed: boolean;
  caption: string;
  locale: Locale;
  t: Messages;
};

type Side = "nps" | "enps";

export function TrendTable({ trend, rows, k, suppressed, caption, locale, t }: Props) {
  const m = t.symmetry.trend;
  const o = t.overview;
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
  return (
    <table className="w-full text-left [&_td]:py-1 [&_td]:pr-3 [&_th]:py-1 [&_th]:pr-3">
      <caption className="text-left text-slate-600">{caption}</caption>
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
}
