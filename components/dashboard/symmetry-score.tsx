// A score (NPS or eNPS) with n and 95 % interval, or why there is none (hidden, no answers, too few
// customer answers); and the gap with its interval, marked significant when the interval excludes 0
// (docs/statistics.md).
import type { GapDto, NpsDto } from "@/lib/symmetry/symmetry-types";
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatDate, formatNumber } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";

type Common = { locale: Locale; t: Messages };

export function SymmetryScore({
  score,
  suppressed,
  emptyText,
  k,
  minCustomerResponses,
  locale,
  t,
  excludedMonths = [],
}: Common & {
  score: NpsDto | null;
  suppressed: boolean;
  emptyText: string;
  k: number;
  minCustomerResponses?: number;
  excludedMonths?: readonly string[];
}) {
  if (suppressed) return <span className="text-slate-500 italic">{fmt(t.dashboard.suppressed, { k })}</span>;
  if (!score) return <span className="text-slate-500">{emptyText}</span>;
  if (score.tooFew) return <TooFew n={score.n} min={minCustomerResponses} locale={locale} t={t} />;
  return (
    <span className="flex flex-col">
      <span className="text-lg font-semibold tabular-nums">{formatNumber(locale, score.score, { signed: true })}</span>
      <span className="text-xs text-slate-600 tabular-nums">
        {score.n === 1 ? t.common.oneAnswer : fmt(t.common.answers, { n: formatNumber(locale, score.n) })} ·{" "}
        {fmt(t.dashboard.interval, { low: formatNumber(locale, score.low), high: formatNumber(locale, score.high) })}
      </span>
      {excludedMonths.length > 0 ? (
        <span className="text-xs text-slate-600 italic" data-testid="excluded-months">
          {fmt(t.dashboard.excludedMonths, { months: monthList(locale, excludedMonths), k })}
        </span>
      ) : null}
    </span>
  );
}

/** A customer NPS under the organisation's minimum n: its n, never its score (docs/statistics.md). */
function TooFew({ n, min, locale, t }: Common & { n: number; min: number | undefined }) {
  const m = t.symmetry.table;
  return (
    <span className="flex flex-col" data-testid="too-few">
      <span className="text-slate-600 italic">{fmt(m.tooFew, { n: formatNumber(locale, n) })}</span>
      {min !== undefined ? <span className="text-xs text-slate-500">{fmt(m.tooFewHint, { min: formatNumber(locale, min) })}</span> : null}
    </span>
  );
}

/** « décembre 2026 », « novembre 2026 et décembre 2026 », « 4 mois » beyond three. */
function monthList(locale: Locale, months: readonly string[]): string {
  const names = months.map((month) => formatDate(locale, `${month}-01T00:00:00.000Z`, "month"));
  if (names.length > 3) return fmt(locale === "fr" ? "{n} mois" : "{n} months", { n: names.length });
  return new Intl.ListFormat(locale === "fr" ? "fr-FR" : "en-GB", { type: "conjunction" }).format(names);
}

export const gapIsSignificant = (gap: GapDto) => gap.low > 0 || gap.high < 0;

export function GapValue({ gap, customerTooFew = false, locale, t }: Common & { gap: GapDto | null; customerTooFew?: boolean }) {
  if (!gap && customerTooFew) return <span className="text-sm text-slate-500 italic">{t.symmetry.table.gapTooFew}</span>;
  if (!gap) return <span className="text-slate-500">{t.common.notApplicable}</span>;
  const significant = gapIsSignificant(gap);
  const d1 = (value: number) => formatNumber(locale, value, { digits: 1 });
  return (
    <span className="flex flex-col tabular-nums">
      <span className="font-semibold">
        {formatNumber(locale, gap.value, { digits: 1, signed: true })}
        {significant ? (
          <span
            className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900"
            title={t.symmetry.table.significantHint}
          >
            {t.symmetry.table.significant}
          </span>
        ) : null}
      </span>
      <span className="text-xs text-slate-600">
        {fmt(t.dashboard.interval, { low: d1(gap.low), high: d1(gap.high) })}
        {significant ? null : ` · ${t.symmetry.table.notSignificant}`}
      </span>
    </span>
  );
}
