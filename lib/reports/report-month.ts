// The monthly report's month (issue 15 §3): "YYYY-MM", well-formed and not in the future (the
// current Paris month is allowed, marked as still open). Pure: the pages, the data layer and the
// links from the dashboard and the team page read it.
import { z } from "zod";
import { MONTH_PATTERN } from "@/lib/patterns";
import { currentParisMonth, shiftMonth } from "@/lib/surveys/release-calendar";

/** The first month a report may describe: nothing was measured before. */
export const FIRST_REPORT_MONTH = "2000-01";

/** The months of the report's trend, the report's month included. */
export const REPORT_TREND_MONTHS = 12;

export const ZReportMonth = z
  .string()
  .regex(MONTH_PATTERN, "the month must be written YYYY-MM, for example 2026-11")
  .refine((month) => month >= FIRST_REPORT_MONTH, `the month must not be before ${FIRST_REPORT_MONTH}`)
  .refine((month) => month <= currentParisMonth(), "the month must not be in the future");

/** The month the report links point at: the last month that has ended in Paris. */
export function lastFullMonth(now = new Date()): string {
  return shiftMonth(currentParisMonth(now), -1);
}

/** The report's month, or null when it is malformed or in the future. */
export function parseReportMonth(value: unknown): string | null {
  const parsed = ZReportMonth.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The report's trend: the twelve months ending with the report's month. */
export function trendRange(month: string): { from: string; to: string } {
  return { from: shiftMonth(month, -(REPORT_TREND_MONTHS - 1)), to: month };
}

export const reportHref = (locale: string, month: string, teamId?: string) =>
  teamId ? `/${locale}/reports/${month}/teams/${teamId}` : `/${locale}/reports/${month}`;

/** The instants a Paris calendar month starts and ends ([start, end)), as the rollup's months (lib/db/rollup/period-sql.ts). */
export function parisMonthBounds(month: string): { start: Date; end: Date } {
  const midnight = (m: string) => {
    const utc = Date.parse(`${m}-01T00:00:00Z`);
    // Paris is one or two hours ahead of UTC: its midnight on the 1st is 23:00 or 22:00 UTC the day before.
    for (const hours of [1, 2]) {
      const instant = new Date(utc - hours * 3_600_000);
      if (currentParisMonth(instant) === m && currentParisMonth(new Date(instant.getTime() - 1)) !== m) return instant;
    }
    return new Date(utc);
  };
  return { start: midnight(month), end: midnight(shiftMonth(month, 1)) };
}
