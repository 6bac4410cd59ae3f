// The calendar employee results are released in (docs/anonymity.md "Release"): a month's answers
// stay sealed until the month has ended in Paris, and are published from the first day of the
// next month. Pure: the pages, the thank-you screens and the import rule read it.

const PARIS_MONTH = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit" });

/** "YYYY-MM" of the month of `now` in Paris. */
export function currentParisMonth(now = new Date()): string {
  const parts = Object.fromEntries(PARIS_MONTH.formatToParts(now).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}`;
}

/** "YYYY-MM" shifted by `months`. */
export function shiftMonth(month: string, months: number): string {
  const [year, index] = month.split("-").map(Number) as [number, number];
  const shifted = new Date(Date.UTC(year, index - 1 + months, 1));
  return shifted.toISOString().slice(0, 7);
}

export type ReleaseCalendar = {
  /** The month whose answers are still sealed ("YYYY-MM"). */
  openMonth: string;
  /** The last month whose results are published ("YYYY-MM"). */
  lastReleasedMonth: string;
  /** The day the open month is published: the first of the next month ("YYYY-MM-DD", Paris calendar). */
  publishedOn: string;
};

export function releaseCalendar(now = new Date()): ReleaseCalendar {
  const openMonth = currentParisMonth(now);
  return { openMonth, lastReleasedMonth: shiftMonth(openMonth, -1), publishedOn: `${shiftMonth(openMonth, 1)}-01` };
}

/** The day the answers of a window closing at `closesAt` are published ("YYYY-MM-DD"). */
export function publicationDay(closesAt: Date): string {
  return `${shiftMonth(currentParisMonth(closesAt), 1)}-01`;
}
