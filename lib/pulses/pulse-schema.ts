// What HR may send to create or edit a pulse (issue 4, issue 19 §4): zod schema with field codes
// the page localises, and the duplicate-name warning. Pure.
import { z } from "zod";
import { ExpectedError } from "@/lib/errors";
import { DEFAULT_REMINDER_DAYS, reminderFitsWindow, ZReminderDays } from "./reminders";

export const MAX_WINDOW_DAYS = 92;

export const ZCreatePulseInput = z
  .object({
    name: z.string().trim().min(3).max(120),
    /** The root of the targeted subtree; null targets the whole organisation. */
    teamId: z.uuid().nullable(),
    opensAt: z.coerce.date(),
    closesAt: z.coerce.date(),
    cadence: z.enum(["ONE_OFF", "MONTHLY", "QUARTERLY"]),
    includeItems: z.boolean(),
    includeIrritants: z.boolean(),
    includeSuggestion: z.boolean(),
    /** The reminders, each in days before closing (issue 13 §2): 0 to 2, distinct, inside the window. */
    reminderDays: ZReminderDays,
    /** HR saw the duplicate-name warning and keeps the name. */
    allowDuplicateName: z.boolean().optional(),
  })
  .refine((p) => p.closesAt > p.opensAt && p.closesAt.getTime() - p.opensAt.getTime() <= MAX_WINDOW_DAYS * 86_400_000, {
    path: ["closesAt"],
  })
  .refine((p) => p.reminderDays.every((days) => reminderFitsWindow(days, p.opensAt, p.closesAt)), {
    path: ["reminderDays", "opening"],
  });

/** What the data layer takes: the form's fields; a caller without a plan (absent reminderDays) keeps the column default [3]. */
export type CreatePulseInput = Omit<z.infer<typeof ZCreatePulseInput>, "reminderDays"> & { reminderDays?: number[] };

/**
 * The data layer's own check of a plan (a caller past the form's zod): 0 to 2 distinct
 * reminders, 1 to 365 days before closing, each strictly after the opening.
 */
export function validReminderPlan({
  opensAt,
  closesAt,
  reminderDays,
}: Pick<CreatePulseInput, "opensAt" | "closesAt" | "reminderDays">): boolean {
  if (reminderDays === undefined) return true;
  return ZReminderDays.safeParse(reminderDays).success && reminderDays.every((days) => reminderFitsWindow(days, opensAt, closesAt));
}

/** What the audit keeps of a created or edited pulse. */
export function pulseAuditFields(input: CreatePulseInput, teams: number) {
  return {
    name: input.name,
    teamId: input.teamId,
    wholeOrganisation: input.teamId === null,
    teams,
    cadence: input.cadence,
    opensAt: input.opensAt.toISOString(),
    closesAt: input.closesAt.toISOString(),
    reminderDays: input.reminderDays ?? [...DEFAULT_REMINDER_DAYS],
    ...(input.allowDuplicateName ? { duplicateNameConfirmed: true } : {}),
  };
}

export type PulseInputField = "name" | "teamId" | "dates" | "cadence" | "reminders" | "remindersOpening";

/**
 * The form fields to flag for the invalid paths, each once: "closesAt", "opensAt" → "dates";
 * "reminderDays.opening" (a reminder on or before the opening) → "remindersOpening", any other
 * reminder path (too many, a duplicate, out of range) → "reminders".
 */
export function pulseInputFields(paths: Iterable<string>): PulseInputField[] {
  const map = (path: string): PulseInputField => {
    const head = path.split(".")[0];
    if (head === "reminderDays") return path === "reminderDays.opening" ? "remindersOpening" : "reminders";
    return head === "name" || head === "teamId" || head === "cadence" ? head : "dates";
  };
  return [...new Set([...paths].map(map))];
}

/**
 * Another pulse of the organisation has this name. A warning, not a rule: a name may come back
 * on purpose (a yearly one-off survey), but two pulses of one name are usually a double
 * creation and make the list ambiguous, so HR confirms before it is kept (allowDuplicateName).
 */
export class DuplicatePulseNameError extends ExpectedError {
  constructor() {
    super("CONFLICT", "duplicateName");
  }
}
