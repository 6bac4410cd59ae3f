// A pulse's reminder plan (issue 13 §2): the form's rule (0 to 2, distinct, 1 to 365 days,
// strictly after the opening), the default, and which reminders are due when.
import { describe, expect, it } from "vitest";
import { pulseInputFields, validReminderPlan, ZCreatePulseInput } from "@/lib/pulses/pulse-schema";
import {
  defaultReminderDays,
  dueReminderCount,
  readReminderFields,
  reminderFormValues,
  reminderPlan,
  reminderTimes,
} from "@/lib/pulses/reminders";

const DAY = 86_400_000;
const opensAt = new Date("2026-03-02T00:00:00Z");
const closesAt = new Date(opensAt.getTime() + 14 * DAY);

const form = (reminderDays: unknown, window = { opensAt, closesAt }) =>
  ZCreatePulseInput.safeParse({
    name: "Mars",
    teamId: null,
    ...window,
    cadence: "ONE_OFF",
    includeItems: true,
    includeIrritants: true,
    includeSuggestion: true,
    reminderDays,
  });

const failedFields = (reminderDays: unknown, window?: { opensAt: Date; closesAt: Date }) => {
  const parsed = form(reminderDays, window);
  return parsed.success ? [] : pulseInputFields(parsed.error.issues.map((issue) => issue.path.join(".")));
};

describe("the form's rule", () => {
  it("takes none, one or two distinct reminders inside the window", () => {
    for (const days of [[], [3], [7, 2], [13]]) expect(form(days).success, JSON.stringify(days)).toBe(true);
  });

  it("refuses a reminder on or before the opening with its own field error", () => {
    expect(failedFields([14])).toEqual(["remindersOpening"]); // exactly at the opening
    expect(failedFields([20])).toEqual(["remindersOpening"]);
    expect(failedFields([3], { opensAt, closesAt: new Date(opensAt.getTime() + 2 * DAY) })).toEqual(["remindersOpening"]);
  });

  it("refuses more than two, a duplicate, zero (at or after closing), negatives, fractions and junk", () => {
    for (const days of [[7, 5, 2], [3, 3], [0], [-1], [1.5], [Number.NaN], [366]])
      expect(failedFields(days), JSON.stringify(days)).toContain("reminders");
  });

  it("is checked again by the data layer, an absent plan keeping the column default", () => {
    expect(validReminderPlan({ opensAt, closesAt, reminderDays: [7, 3] })).toBe(true);
    expect(validReminderPlan({ opensAt, closesAt, reminderDays: undefined })).toBe(true);
    expect(validReminderPlan({ opensAt, closesAt, reminderDays: [14] })).toBe(false);
    expect(validReminderPlan({ opensAt, closesAt, reminderDays: [3, 3] })).toBe(false);
    expect(validReminderPlan({ opensAt, closesAt, reminderDays: [5, 4, 3] })).toBe(false);
  });
});

describe("the form's fields", () => {
  it("reads empty fields as no reminder and junk as invalid", () => {
    expect(readReminderFields(["", null])).toEqual([]);
    expect(readReminderFields([" 7 ", "2"])).toEqual([7, 2]);
    expect(readReminderFields(["", "3"])).toEqual([3]);
    const [junk] = readReminderFields(["3a", ""]);
    expect(junk).toBeNaN();
    expect(readReminderFields(["-2"])[0]).toBeNaN();
  });

  it("shows the plan earliest first and pre-fills 3 only for a window longer than 3 days", () => {
    expect(reminderFormValues([2, 7])).toEqual(["7", "2"]);
    expect(reminderFormValues([])).toEqual(["", ""]);
    expect(defaultReminderDays(opensAt, closesAt)).toEqual([3]);
    expect(defaultReminderDays(opensAt, new Date(opensAt.getTime() + 3 * DAY))).toEqual([]);
    expect(defaultReminderDays(opensAt, new Date(opensAt.getTime() + 3 * DAY + 1))).toEqual([3]);
  });
});

describe("due reminders", () => {
  const pulse = { opensAt, closesAt, reminderDays: [2, 7] };

  it("orders the plan earliest first, each at its days before closing", () => {
    expect(reminderPlan(pulse)).toEqual([
      { days: 7, at: new Date(closesAt.getTime() - 7 * DAY) },
      { days: 2, at: new Date(closesAt.getTime() - 2 * DAY) },
    ]);
  });

  it("counts the reminders whose time has come", () => {
    expect(dueReminderCount(pulse, new Date(closesAt.getTime() - 8 * DAY))).toBe(0);
    expect(dueReminderCount(pulse, new Date(closesAt.getTime() - 7 * DAY))).toBe(1);
    expect(dueReminderCount(pulse, new Date(closesAt.getTime() - 3 * DAY))).toBe(1);
    expect(dueReminderCount(pulse, new Date(closesAt.getTime() - 2 * DAY))).toBe(2);
    expect(dueReminderCount({ ...pulse, reminderDays: [] }, closesAt)).toBe(0);
  });

  it("keeps today's rule for an older short pulse: its reminder 3 days before closing goes at the opening", () => {
    const short = { opensAt, closesAt: new Date(opensAt.getTime() + 2 * DAY), reminderDays: [3] };
    expect(reminderTimes(short)).toEqual([opensAt]);
    expect(dueReminderCount(short, opensAt)).toBe(1);
    expect(dueReminderCount(short, new Date(opensAt.getTime() - 1))).toBe(0);
  });
});
