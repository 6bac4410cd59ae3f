// Dashboard filters: parsed once with zod, then resolved against the organisation (a team or
// moment of truth of another organisation, or outside the actor's scope, is "not found").
import { z } from "zod";
import { ExpectedError } from "@/lib/errors";
import { MONTH_PATTERN } from "@/lib/patterns";

/** The channels a dashboard can filter on (docs/product.md "Vocabulary"). */
export const DASHBOARD_CHANNELS = ["PHONE", "EMAIL", "CHAT", "STORE", "FIELD"] as const;
export type DashboardChannel = (typeof DASHBOARD_CHANNELS)[number];

const ZMonth = z.string().regex(MONTH_PATTERN, "month must be YYYY-MM");

export const ZSymmetryFilters = z
  .object({
    from: ZMonth.optional(),
    to: ZMonth.optional(),
    teamId: z.string().max(64).optional(),
    channel: z.enum(DASHBOARD_CHANNELS).optional(),
    /** A customer moment of truth id. */
    momentOfTruth: z.string().max(64).optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "from must not be after to", path: ["to"] });

export type SymmetryFilters = z.infer<typeof ZSymmetryFilters>;

export function parseSymmetryFilters(input: unknown): SymmetryFilters {
  const parsed = ZSymmetryFilters.safeParse(input ?? {});
  if (!parsed.success) throw new ExpectedError("INVALID_INPUT", parsed.error.issues.map((issue) => issue.message).join("; "));
  return parsed.data;
}

/** "YYYY-MM" → the DATE of its first day (UTC midnight, as Prisma reads DATE columns). */
export function monthStart(month: string): Date {
  return new Date(`${month}-01T00:00:00.000Z`);
}

/** Is "YYYY-MM" inside the optional [from, to] range? (Zero-padded months sort as strings.) */
export function inRange(month: string, filters: Pick<SymmetryFilters, "from" | "to">): boolean {
  return (!filters.from || month >= filters.from) && (!filters.to || month <= filters.to);
}
