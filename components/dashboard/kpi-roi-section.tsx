// The ROI panel (issue 15 §1): teams whose eNPS rose significantly against the others, on each
// KPI's change, with its interval, a plain reading and, where the organisation set the value of a
// point, the euros per team with its assumptions.
import { formatEuros } from "@/lib/actions/action-display";
import type { KpiRoiDto } from "@/lib/db/kpis/kpi-roi";
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatMonth, formatNumber } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { pValue } from "./stat-format";

export function KpiRoiSection({ result, locale, t }: { result: KpiRoiDto; locale: Locale; t: Messages }) {
  const m = t.kpiCorrelations;
  if (result.status === "filter-refused") return null;
  const points = (value: number) => formatNumber(locale, value, { digits: 1, signed: true });
  const body =
    result.status === "too-short" ? (
      <p className="text-sm text-slate-600">{fmt(m.roiTooShort, { months: result.months })}</p>
    ) : (
      <>
        <p className="mb-3 max-w-3xl text-sm text-slate-600">
          {fmt(m.roiLead, {
            beforeFrom: formatMonth(locale, result.before[0]),
            beforeTo: formatMonth(locale, result.before[1]),
            afterFrom: formatMonth(locale, result.after[0]),
            afterTo: formatMonth(locale, result.after[1]),
            rising: formatNumber(locale, result.risingTeams),
            others: formatNumber(locale, result.otherTeams),
          })}
        </p>
        <table className="w-full text-left text-sm [&_td]:py-1 [&_td]:pr-3 [&_th]:py-1 [&_th]:pr-3">
          <caption className="text-left text-slate-600">{m.roiCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.roiKpi}</th>
              <th scope="col">{m.roiDifference}</th>
              <th scope="col">{m.roiReading}</th>
              <th scope="col">{m.roiEuros}</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map(({ definition, difference, euros }) => {
              const better = difference && (definition.higherIsBetter ? difference.difference > 0 : difference.difference < 0);
              const reading = !difference ? m.roiTooFew : !difference.significant ? m.roiNone : better ? m.roiBetter : m.roiWorse;
              return (
                <tr key={definition.id} className="border-t border-slate-100" data-testid="kpi-roi-row">
                  <th scope="row" className="font-normal">
                    {locale === "en" ? definition.nameEn : definition.nameFr}
                  </th>
                  <td className="tabular-nums">
                    {difference
                      ? `${points(difference.difference)} [${points(difference.low)} ; ${points(difference.high)}] · ${pValue(locale, difference.p, t)}`
                      : "—"}
                  </td>
                  <td>{reading}</td>
                  <td className="tabular-nums">
                    {euros ? (
                      <>
                        {formatEuros(locale, Math.round(euros.value * 100))} [{formatEuros(locale, Math.round(euros.low * 100))} ;{" "}
                        {formatEuros(locale, Math.round(euros.high * 100))}]
                        {definition.assumptions && (
                          <span className="block text-xs text-slate-600">{fmt(m.roiAssumptions, { text: definition.assumptions })}</span>
                        )}
                      </>
                    ) : difference ? (
                      <span className="text-xs text-slate-600">{m.roiNoValue}</span>
                    ) : (
                      "—"
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </>
    );
  return (
    <section aria-labelledby="kpi-roi" className="mt-8" data-testid="kpi-roi">
      <h2 id="kpi-roi" className="mb-2 text-lg font-semibold">
        {m.roiTitle}
      </h2>
      {body}
    </section>
  );
}
