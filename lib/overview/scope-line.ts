// The overview's subtitle (issue 19 §3): what the figures below describe — scope, period, channel
// and moment of truth — so it follows the filter. Months in words, never "2026-06".
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatMonth } from "@/lib/i18n/format";
import type { MonthRange } from "./period";

/** « juin 2026 », or « mai 2026 – octobre 2026 » for several months. */
export function periodLabel(locale: Locale, period: MonthRange): string {
  return period.from === period.to
    ? formatMonth(locale, period.from)
    : `${formatMonth(locale, period.from)} – ${formatMonth(locale, period.to)}`;
}

export interface ScopeParts {
  /** The team's name, or the whole organisation's words. */
  scope: string;
  period: MonthRange | null;
  /** Labels of the customer-only filters; null when not set. */
  channel: string | null;
  moment: string | null;
}

type Words = { allPeriods: string; allChannels: string; channel: string; moment: string };

export function scopeLine(locale: Locale, { scope, period, channel, moment }: ScopeParts, words: Words): string {
  return [
    scope,
    period ? periodLabel(locale, period) : words.allPeriods,
    channel ? fmt(words.channel, { channel }) : words.allChannels,
    ...(moment ? [fmt(words.moment, { moment })] : []),
  ].join(" · ");
}
