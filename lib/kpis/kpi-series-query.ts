// Which months of a team's KPIs to read (GET /api/v1/kpis, the team page): a team (id or
// external key), optional first and last months "YYYY-MM"; by default the 12 months up to the
// current one, at most 60 at once. Pure zod.
import { z } from "zod";
import { MONTH_PATTERN } from "@/lib/patterns";
import { shiftMonth } from "@/lib/surveys/release-calendar";
import { currentUtcMonth } from "./kpi-import-schema";

export const DEFAULT_SERIES_MONTHS = 12;
export const MAX_SERIES_MONTHS = 60;

const month = z.string().regex(MONTH_PATTERN, "must be a month as YYYY-MM, e.g. 2026-03");

/** Months from `from` to `to` inclusive, "YYYY-MM". */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = from; m <= to && months.length <= MAX_SERIES_MONTHS; m = shiftMonth(m, 1)) months.push(m);
  return months;
}

export const ZKpiSeriesQuery = z
  .strictObject({
    team: z.string().trim().min(1, "is required: a team id or external key").max(200, "must be at most 200 characters"),
    from: month.optional(),
    to: month.optional(),
  })
  .transform(({ team, from, to }) => {
    const last = to ?? (from ? shiftMonth(from, DEFAULT_SERIES_MONTHS - 1) : currentUtcMonth());
    return { team, from: from ?? shiftMonth(last, -(DEFAULT_SERIES_MONTHS - 1)), to: last };
  })
  .refine(({ from, to }) => from <= to, { path: ["from"], message: "must not be after `to`" })
  .refine(({ from, to }) => monthsBetween(from, to).length <= MAX_SERIES_MONTHS, {
    path: ["to"],
    message: `the range must span at most ${MAX_SERIES_MONTHS} months`,
  });
export type KpiSeriesQuery = z.output<typeof ZKpiSeriesQuery>;
