// The cross-team correlation of eNPS and NPS (docs/statistics.md): Pearson r with interval and p,
// Spearman ρ and p, the teams used, and a plain-language reading weighing the interval's width and
// both coefficients (correlation-reading-text.ts) — or "not enough teams".
import type { CorrelationDto } from "@/lib/symmetry/symmetry-types";
import type { Locale } from "@/lib/i18n/config";
import { fmt } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { correlationReadingText } from "./correlation-reading-text";
import { coefficient, coefficientInterval, pValue } from "./stat-format";

/** customerMin: customer answers a team needs to count, max(k, minCustomerResponses); k when not given. */
type Props = { correlation: CorrelationDto; k: number; customerMin?: number; locale: Locale; t: Messages };

export function CorrelationCard({ correlation, k, customerMin = k, locale, t }: Props) {
  const m = t.symmetry.correlation;
  const { pearson, spearman } = correlation;
  const reading = correlationReadingText(correlation, locale, t);
  return (
    <section
      aria-labelledby="correlation-title"
      data-testid="correlation-card"
      className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
    >
      <h2 id="correlation-title" className="mb-3 font-semibold">
        {m.title}
      </h2>
      {correlation.status === "not-enough-teams" ? (
        <div role="status">
          <p className="font-medium">{m.notEnoughTitle}</p>
          <p className="mt-1 text-sm text-slate-600">{fmt(m.notEnoughBody, { n: correlation.teams })}</p>
        </div>
      ) : (
        <>
          <dl className="grid grid-cols-2 gap-4">
            <div>
              <dt className="text-sm text-slate-600">{m.pearson}</dt>
              <dd className="text-2xl font-semibold tabular-nums" data-testid="pearson-r">
                {pearson ? coefficient(locale, pearson.r) : m.notComputable}
              </dd>
              {pearson ? (
                <dd className="text-xs text-slate-600 tabular-nums">
                  {coefficientInterval(locale, pearson.low, pearson.high, t)} · {pValue(locale, pearson.p, t)}
                </dd>
              ) : null}
            </div>
            <div>
              <dt className="text-sm text-slate-600">{m.spearman}</dt>
              <dd className="text-2xl font-semibold tabular-nums">{spearman ? coefficient(locale, spearman.rho) : m.notComputable}</dd>
              {spearman ? <dd className="text-xs text-slate-600 tabular-nums">{pValue(locale, spearman.p, t)}</dd> : null}
            </div>
          </dl>
          <p className="mt-3 text-sm font-medium">{fmt(m.teams, { n: correlation.teams })}</p>
          {reading ? (
            <p className="mt-2 text-sm text-slate-700" data-testid="correlation-reading">
              <strong className="font-semibold text-slate-900">{reading.headline}</strong> {reading.body}
            </p>
          ) : null}
        </>
      )}
      <p className="mt-2 text-xs text-slate-500">
        {customerMin > k ? fmt(m.teamsHintCustomer, { k, c: customerMin }) : fmt(m.teamsHint, { k })}
      </p>
    </section>
  );
}
