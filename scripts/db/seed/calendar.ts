// The demo's fixed timeline: everything is dated from ANCHOR (2026-11-01 UTC), never from
// the clock, so two runs produce the same rows.
export const ANCHOR = new Date(Date.UTC(2026, 10, 1));

/** The demo stops "today" part-way through November: contacts run until then. */
export const SEED_NOW = new Date(Date.UTC(2026, 10, 20, 7, 0));

const DAY = 86_400_000;

/**
 * Story months, index 0 = April 2026 (only the climate that drives May's NPS) to
 * index 7 = November 2026 (the month in progress).
 */
export const MONTH_COUNT = 8;
export const PULSE_MONTHS = [1, 2, 3, 4, 5, 6] as const;
export const CONTACT_MONTHS = [1, 2, 3, 4, 5, 6, 7] as const;

export function monthStart(index: number): Date {
  return new Date(Date.UTC(2026, 3 + index, 1));
}

export function monthEnd(index: number): Date {
  return index === MONTH_COUNT - 1 ? SEED_NOW : monthStart(index + 1);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY);
}

export function addHours(date: Date, hours: number): Date {
  return new Date(date.getTime() + hours * 3_600_000);
}

const MONTH_NAMES_FR = ["avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre"];

export function monthLabelFr(index: number): string {
  return `${MONTH_NAMES_FR[index]} 2026`;
}
