// The before/after panel of a done action (issue 14 §5): for each measure, the teams concerned and
// the comparable teams before → after, the difference in differences with its 95 % interval and a
// plain reading (« pas de différence significative » is an honest answer); the cost per point only
// for a significant gain. Server component: the figures come from getActionBeforeAfter.
import type { Principal } from "@/lib/auth/actor-types";
import { formatEuros } from "@/lib/actions/action-display";
import { getActionBeforeAfter, type BeforeAfterOutcome } from "@/lib/db/actions/before-after";
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatMonth, formatNumber } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";

type T = Messages["beforeAfter"];

function digits(outcome: BeforeAfterOutcome) {
  return outcome.kind === "item" ? 2 : 1;
}

/** A KPI's unit after its values: a rate in %, a duration in seconds. */
const UNIT_SUFFIX: Partial<Record<NonNullable<BeforeAfterOutcome["unit"]>, string>> = { PERCENT: " %", SECONDS: " s" };

function pair(locale: Locale, t: T, outcome: BeforeAfterOutcome, values: { before: number | null; after: number | null }) {
  const suffix = outcome.unit ? (UNIT_SUFFIX[outcome.unit] ?? "") : "";
  const one = (value: number | null) =>
    value === null
      ? outcome.side === "EMPLOYEE"
        ? t.withheld
        : t.missing
      : `${formatNumber(locale, value, { digits: digits(outcome) })}${suffix}`;
  return fmt(t.beforeAfter, { before: one(values.before), after: one(values.after) });
}

function readingText(t: T, outcome: BeforeAfterOutcome): string {
  if (outcome.reading === "better" || outcome.reading === "worse")
    return fmt(t.readings[outcome.reading], { direction: outcome.estimate!.value > 0 ? t.rise : t.fall });
  return t.readings[outcome.reading];
}

export async function BeforeAfterPanel({
  principal,
  locale,
  t,
  actionId,
}: {
  principal: Principal;
  locale: Locale;
  t: T;
  actionId: string;
}) {
  const result = await getActionBeforeAfter(principal, actionId);
  return (
    <section aria-labelledby="before-after-title" className="rounded border border-slate-200 bg-white p-4" data-testid="before-after">
      <h2 id="before-after-title" className="mb-2 text-lg font-semibold">
        {t.title}
      </h2>
      {result.state === "not-done" ? <p className="text-sm text-slate-600">{t.notDone}</p> : null}
      {result.state === "too-early" ? (
        <p className="text-sm text-slate-600">{fmt(t.tooEarly, { month: formatMonth(locale, result.pivot) })}</p>
      ) : null}
      {result.state === "ready" ? (
        <>
          <p className="mb-3 text-sm text-slate-700">
            {fmt(t.lead, {
              treated: result.treatedTeams,
              comparison: result.comparisonTeams,
              before: `${formatMonth(locale, result.before.from)} – ${formatMonth(locale, result.before.to)}`,
              after: `${formatMonth(locale, result.after.from)} – ${formatMonth(locale, result.after.to)}`,
              pivot: formatMonth(locale, result.pivot),
            })}
          </p>
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">{t.caption}</caption>
              <thead>
                <tr className="border-b">
                  {[t.outcome, t.side, t.treated, t.comparison, t.difference, t.reading].map((label) => (
                    <th key={label} scope="col" className="p-2">
                      {label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {result.outcomes.map((outcome) => (
                  <tr key={outcome.key} className="border-b align-top" data-testid="before-after-row" data-kind={outcome.kind}>
                    <th scope="row" className="p-2 font-normal">
                      <span className="font-medium">{t.kinds[outcome.kind]}</span>
                      {outcome.kind === "item" || outcome.kind === "irritant" || outcome.kind === "kpi" ? (
                        <span className="block text-slate-600">{locale === "fr" ? outcome.labelFr : outcome.labelEn}</span>
                      ) : null}
                    </th>
                    <td className="p-2">{t.sides[outcome.side]}</td>
                    <td className="p-2">
                      {pair(locale, t, outcome, outcome.treated)}
                      {outcome.answers ? (
                        <span className="block text-xs text-slate-600">
                          {fmt(t.answers, { before: outcome.answers.treated[0], after: outcome.answers.treated[1] })}
                        </span>
                      ) : null}
                    </td>
                    <td className="p-2">{pair(locale, t, outcome, outcome.comparison)}</td>
                    <td className="p-2">
                      {outcome.estimate
                        ? fmt(t.interval, {
                            value: formatNumber(locale, outcome.estimate.value, { digits: digits(outcome), signed: true }),
                            low: formatNumber(locale, outcome.estimate.low, { digits: digits(outcome), signed: true }),
                            high: formatNumber(locale, outcome.estimate.high, { digits: digits(outcome), signed: true }),
                          })
                        : t.missing}
                    </td>
                    <td className="p-2" data-testid="before-after-reading">
                      {readingText(t, outcome)}
                      {outcome.costPerPoint !== null ? (
                        <span className="block text-xs text-slate-600">
                          {fmt(t.costPerPoint, {
                            euros: formatEuros(locale, Math.round(outcome.costPerPoint * 100)),
                            spent: formatEuros(locale, result.spentCents),
                          })}
                        </span>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="mt-2 text-xs text-slate-600">{t.method}</p>
        </>
      ) : null}
    </section>
  );
}
