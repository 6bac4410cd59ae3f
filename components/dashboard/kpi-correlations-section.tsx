// The overview's operational KPIs against eNPS and NPS (issue 15 §1): per KPI with values, the
// lagged correlations both ways, each as the dashboard's lag chart and its table.
import { EmptyState } from "@/components/ui/empty-state";
import type { KpiCorrelationsDto } from "@/lib/db/kpis/kpi-correlations";
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatNumber } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { LagSection } from "./lag-section";

export function KpiCorrelationsSection({ result, locale, t }: { result: KpiCorrelationsDto; locale: Locale; t: Messages }) {
  if (result.status !== "ok") return null;
  const m = t.kpiCorrelations;
  const kpis = result.kpis.filter((kpi) => kpi.values > 0);
  return (
    <section aria-labelledby="kpi-correlations" className="mt-8" data-testid="kpi-correlations">
      <h2 id="kpi-correlations" className="mb-2 text-lg font-semibold">
        {m.title}
      </h2>
      <p className="mb-4 max-w-3xl text-sm text-slate-600">{fmt(m.lead, { teams: formatNumber(locale, result.leafTeams) })}</p>
      {kpis.length === 0 ? (
        <EmptyState title={m.empty} />
      ) : (
        kpis.map(({ definition, values, withEnps, withNps }, index) => {
          const kpi = locale === "en" ? definition.nameEn : definition.nameFr;
          return (
            <details key={definition.id} open={index === 0} className="mb-4 rounded border border-slate-200 p-3">
              <summary className="cursor-pointer font-medium">{fmt(m.summary, { kpi, values: formatNumber(locale, values) })}</summary>
              <div className="mt-3 grid gap-6 lg:grid-cols-2">
                <LagSection
                  lag={withEnps}
                  locale={locale}
                  t={t}
                  text={{
                    title: fmt(m.withEnpsTitle, { kpi }),
                    explanation: fmt(m.withEnpsExplanation, { kpi, direction: definition.higherIsBetter ? m.higherBetter : m.lowerBetter }),
                    tableCaption: fmt(m.caption, { kpi: `eNPS → ${kpi}` }),
                    chartLabel: fmt(m.chartLabel, { kpi: `eNPS → ${kpi}` }),
                  }}
                />
                <LagSection
                  lag={withNps}
                  locale={locale}
                  t={t}
                  text={{
                    title: fmt(m.withNpsTitle, { kpi }),
                    explanation: fmt(m.withNpsExplanation, { kpi }),
                    tableCaption: fmt(m.caption, { kpi: `${kpi} → NPS` }),
                    chartLabel: fmt(m.chartLabel, { kpi: `${kpi} → NPS` }),
                  }}
                />
              </div>
            </details>
          );
        })
      )}
    </section>
  );
}
