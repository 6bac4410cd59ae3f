// A pulse's reminder plan (issue 13 §2): 0 to 2 reminders, each a number of days before closing,
// sent to the invited people who have not answered. Pure: the zod rule for the form, the times
// the reminders fall at, and how many are due at a given time (the mail job claims people whose
// count of reminders sent is below it, so two due at once make one mail counted twice).
import { z } from "zod";

export const MAX_REMINDERS = 2;
export const MAX_REMINDER_DAYS = 365;
/** The plan of a pulse created before plans existed, and the default of a long enough window. */
export const DEFAULT_REMINDER_DAYS = [3] as const;

const DAY_MS = 86_400_000;

export interface ReminderWindow {
  opensAt: Date;
  closesAt: Date;
  reminderDays: readonly number[];
}

export const ZReminderDays = z
  .array(z.number().int().min(1).max(MAX_REMINDER_DAYS))
  .max(MAX_REMINDERS)
  .refine((days) => new Set(days).size === days.length, { message: "duplicate" });

/** The plan a new pulse's form starts with: the usual reminder 3 days before closing, if the window is longer. */
export function defaultReminderDays(opensAt: Date, closesAt: Date): number[] {
  return closesAt.getTime() - opensAt.getTime() > DEFAULT_REMINDER_DAYS[0] * DAY_MS ? [...DEFAULT_REMINDER_DAYS] : [];
}

/** The reminder `days` before closing falls strictly after the opening (else it would go before the pulse opens). */
export function reminderFitsWindow(days: number, opensAt: Date, closesAt: Date): boolean {
  return closesAt.getTime() - days * DAY_MS > opensAt.getTime();
}

/**
 * The plan, earliest reminder first, each with its time; a plan stored before the rule (a
 * pulse of 3 days or less with the default) never goes before the opening: it goes at it.
 */
export function reminderPlan(pulse: ReminderWindow): Array<{ days: number; at: Date }> {
  return [...new Set(pulse.reminderDays)]
    .sort((a, b) => b - a)
    .map((days) => ({ days, at: new Date(Math.max(pulse.opensAt.getTime(), pulse.closesAt.getTime() - days * DAY_MS)) }));
}

/** The reminders' times, earliest first. */
export function reminderTimes(pulse: ReminderWindow): Date[] {
  return reminderPlan(pulse).map((reminder) => reminder.at);
}

/** How many of the pulse's reminders are due at `now` (0 before the first, the plan's length after the last). */
export function dueReminderCount(pulse: ReminderWindow, now: Date): number {
  return reminderTimes(pulse).filter((at) => at.getTime() <= now.getTime()).length;
}

/** The plan as the form shows it: two fields, an empty one for no reminder. */
export function reminderFormValues(days: readonly number[]): [string, string] {
  const sorted = [...days].sort((a, b) => b - a);
  return [sorted[0]?.toString() ?? "", sorted[1]?.toString() ?? ""];
}

/** The two fields as posted: empty ones dropped, the rest as numbers (NaN for junk, which zod refuses). */
export function readReminderFields(values: ReadonlyArray<FormDataEntryValue | null>): number[] {
  return values
    .map((value) => (typeof value === "string" ? value.trim() : ""))
    .filter((value) => value !== "")
    .map((value) => (/^\d+$/.test(value) ? Number(value) : Number.NaN));
}
