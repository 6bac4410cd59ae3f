// The months a team irritant's citation rate is read over (docs/team-irritants.md). Pure.
// Rollups are monthly, so a rate is read over whole months: "before" is the 3 full calendar
// months before the pivot's month (the elimination, or the start of the first open action), and
// "after" runs from the month following the pivot's month to the last month with results — the
// pivot's own month mixes both and is left out. Without a pivot, "recent" is the 3 full months
// before the current one.
import { shiftMonth } from "@/lib/surveys/release-calendar";

export const BEFORE_MONTHS = 3;
/** How far back a citation makes an irritant "reported" (the current month included). */
export const REPORTED_MONTHS = 12;

export interface MonthWindow {
  from: string;
  to: string;
}

export function beforeWindow(pivotMonth: string): MonthWindow {
  return { from: shiftMonth(pivotMonth, -BEFORE_MONTHS), to: shiftMonth(pivotMonth, -1) };
}

/** Null while no month after the pivot's has ended. */
export function afterWindow(pivotMonth: string, lastMonth: string): MonthWindow | null {
  const from = shiftMonth(pivotMonth, 1);
  return from <= lastMonth ? { from, to: lastMonth } : null;
}

export const inWindow = (month: string, window: MonthWindow) => month >= window.from && month <= window.to;
