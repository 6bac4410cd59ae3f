// Lagged correlation (eNPS at t vs NPS at t + k, k = 0..3) with a short explanation and a table.
import { ChartFigure } from "@/components/charts/chart-figure";
import { LagChart, type LagRow } from "@/components/charts/lag-chart";
import type { LagCorrelation } from "@/lib/stats/lag";
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatNumber } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { coefficient, coefficientInterval, pValue } from "./stat-format";

/** Its own words for another pair of series (a KPI against eNPS or NPS); the eNPS → NPS ones by default. */
export interface LagText {
  title: string;
  explanation: string;
  tableCaption: string;
  chartLabel: string;
}

export function LagSection({ lag, locale, t, text }: { lag: LagCorrelation[]; locale: Locale; t: Messages; text?: LagText }) {
  const m = { ...t.symmetry.lag, ...text };
  const c = t.symmetry.correlation;
  const label = (k: number) => fmt(m.lagMonths, { k });
  const rows: LagRow[] = lag.map((row) =>
    row.pearson.status === "ok"
      ? { label: label(row.lag), r: row.pearson.r, error: [row.pearson.r - row.pearson.low, row.pearson.high - row.pearson.r] }
      : { label: label(row.lag), r: null, error: null },
  );
  const table = (
    <table className="w-full text-left [&_td]:py-1 [&_td]:pr-3 [&_th]:py-1 [&_th]:pr-3">
      <caption className="text-left text-slate-600">{m.tableCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{m.lag}</th>
          <th scope="col">{c.pearson}</th>
          <th scope="col">{c.spearman}</th>
          <th scope="col">{m.pairs}</th>
        </tr>
      </thead>
      <tbody>
        {lag.map((row) => (
          <tr key={row.lag} className="border-t border-slate-100">
            <th scope="row" className="font-normal">
              {label(row.lag)}
            </th>
            <td className="tabular-nums">
              {row.pearson.status === "ok"
                ? `${coefficient(locale, row.pearson.r)} · ${coefficientInterval(locale, row.pearson.low, row.pearson.high, t)} · ${pValue(locale, row.pearson.p, t)}`
                : c.notComputable}
            </td>
            <td className="tabular-nums">
              {row.spearman.status === "ok"
                ? `${coefficient(locale, row.spearman.rho)} · ${pValue(locale, row.spearman.p, t)}`
                : c.notComputable}
            </td>
            <td className="tabular-nums">{formatNumber(locale, row.pairs)}</td>
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
      chart={<LagChart rows={rows} rLabel={c.pearson} locale={locale} />}
    >
      <p className="mb-2 text-sm text-slate-600">{m.explanation}</p>
    </ChartFigure>
  );
}
