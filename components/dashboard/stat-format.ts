// Number formatting for statistics shown on the dashboard: coefficients, p-values, intervals.
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatNumber } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";

export const coefficient = (locale: Locale, value: number) => formatNumber(locale, value, { digits: 2, signed: true });

/** Below 0.001 a p-value is only "small": more digits would be false precision. */
export function pValue(locale: Locale, p: number, t: Messages): string {
  return p < 0.001 ? t.symmetry.correlation.pSmall : fmt(t.symmetry.correlation.p, { p: formatNumber(locale, p, { digits: 3 }) });
}

export const coefficientInterval = (locale: Locale, low: number, high: number, t: Messages) =>
  fmt(t.symmetry.correlation.interval, { low: coefficient(locale, low), high: coefficient(locale, high) });
