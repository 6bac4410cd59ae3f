// The month an answer belongs to, decided in SQL only, so the dirty marker, the refresh and
// the consistency check can never disagree about it.
import { Prisma } from "../generated/client";

/**
 * Customer answers are dated to the second; their month is the calendar month in Paris (what
 * a French CX director calls "October"). Employee answers already carry only their month
 * (docs/anonymity.md: no precise time), stored as its first day.
 */
export const ROLLUP_TIME_ZONE = "Europe/Paris";

/** `date_trunc('month', ts in Paris)::date` for a timestamptz SQL expression. */
export function monthOf(timestamp: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`date_trunc('month', ${timestamp} AT TIME ZONE ${ROLLUP_TIME_ZONE})::date`;
}

/** [start, end) of a month (a DATE parameter) as timestamptz bounds, so the answer index is used. */
export function monthBounds(period: Date): { start: Prisma.Sql; end: Prisma.Sql } {
  return {
    start: Prisma.sql`(${period}::date::timestamp AT TIME ZONE ${ROLLUP_TIME_ZONE})`,
    end: Prisma.sql`((${period}::date + interval '1 month')::timestamp AT TIME ZONE ${ROLLUP_TIME_ZONE})`,
  };
}

/**
 * Refreshers of one (organisation, month) take this lock exclusively, writers of answers
 * take it shared until they commit: a refresh therefore sees every answer whose marker it
 * clears (lib/db/rollup/mark-dirty.ts explains the race it closes).
 */
export function rollupLockKeys(organisationId: string | Prisma.Sql, period: Prisma.Sql): Prisma.Sql {
  // An SQL expression (a uuid column) spells the same text as the JS id: lowercase uuid.
  const key =
    typeof organisationId === "string"
      ? Prisma.sql`${`rollup:${organisationId}`}::text`
      : Prisma.sql`('rollup:' || (${organisationId})::text)`;
  return Prisma.sql`hashtext(${key}), (extract(year FROM ${period}) * 100 + extract(month FROM ${period}))::int`;
}
