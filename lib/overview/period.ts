// The overview's periods (issue 19 §3): the period the headline tiles describe, and the period of
// the same length just before it, which their trend compares against. Months are "YYYY-MM".
import { shiftMonth } from "@/lib/surveys/release-calendar";

export interface MonthRange {
  from: string;
  to: string;
}

/** Inclusive number of months from `from` to `to` (1 when equal); 0 when reversed. */
export function monthsBetween({ from, to }: MonthRange): number {
  const index = (month: string) => {
    const [year, m] = month.split("-").map(Number) as [number, number];
    return year * 12 + (m - 1);
  };
  return Math.max(0, index(to) - index(from) + 1);
}

/**
 * The period shown: the filter's bounds, an open bound taking the first or last month that holds
 * data. Null when no bound is set and there is no data month.
 */
export function shownPeriod(filters: { from?: string; to?: string }, dataMonths: readonly string[]): MonthRange | null {
  const sorted = [...dataMonths].sort();
  const from = filters.from ?? sorted[0];
  const to = filters.to ?? sorted[sorted.length - 1];
  if (!from || !to || from > to) return null;
  return { from, to };
}

/** The same number of months ending the month before `period.from`. */
export function previousPeriod(period: MonthRange): MonthRange {
  const length = monthsBetween(period);
  return { from: shiftMonth(period.from, -length), to: shiftMonth(period.from, -1) };
}

/** Every month of the range, in order. */
export function monthsOf(period: MonthRange): string[] {
  return Array.from({ length: monthsBetween(period) }, (_, i) => shiftMonth(period.from, i));
}
