// Monthly NPS and eNPS of the trend's team (or the organisation), significant changes flagged
// in the chart and in the table alternative.
import { ChartFigure } from "@/components/charts/chart-figure";
import { TrendChart, type TrendRow } from "@/components/charts/trend-chart";
import type { ChangeDto, NpsDto, TrendPointDto } from "@/lib/symmetry/symmetry-types";
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatNumber } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";

type Props = { trend: TrendPointDto[]; k: number; suppressed: boolean; locale: Locale; t: Messages };

export function TrendSection({ trend, k, suppressed, locale, t }: Props) {
  const m = t.symmetry.trend;
  if (trend.length === 0)
    return (
      <p className="rounded-lg bg-white p-4 text-sm text-slate-600 shadow-sm ring-1 ring-slate-200" role="status">
        {m.empty}
      </p>
    );
  const rows: TrendRow[] = trend.map((point) => ({
    period: point.period,
    nps: point.nps?.score ?? null,
    enps: point.enps?.score ?? null,
    npsFlag: point.npsChange?.significant === true,
    enpsFlag: point.enpsChange?.significant === true,
  }));
  const cell = (score: NpsDto | null, change: ChangeDto | null, hidden: boolean) => {
    if (hidden) return <span className="text-slate-500 italic">{fmt(t.dashboard.suppressed, { k })}</span>;
    if (!score) return <span className="text-slate-500">{t.common.notApplicable}</span>;
    const flag = change?.significant ? (change.delta > 0 ? m.up : m.down) : null;
    return (
      <>
        {formatNumber(locale, score.score, { signed: true })}{" "}
        <span className="text-xs text-slate-500">(n = {formatNumber(locale, score.n)})</span>
        {flag ? <span className="ml-2 text-xs font-medium text-amber-900">{flag}</span> : null}
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
        {trend.map((point) => (
          <tr key={point.period} className="border-t border-slate-100">
            <th scope="row" className="font-normal tabular-nums">
              {point.period}
            </th>
            <td className="tabular-nums">{cell(point.nps, point.npsChange, false)}</td>
            <td className="tabular-nums">{cell(point.enps, point.enpsChange, suppressed)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <ChartFigure
      title={m.title}
      label={m.chartLabel}
      showTable={t.symmetry.scatter.showTable}
      table={table}
      chart={<TrendChart rows={rows} npsLabel={t.dashboard.nps} enpsLabel={t.dashboard.enps} />}
    />
  );
}
