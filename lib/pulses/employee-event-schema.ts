// POST /api/v1/employee-events body (issue 4): who (HR system id or email), which moment of
// truth, when. The organisation's catalogue says whether it schedules a personal pulse and
// after how many days (MomentOfTruth.triggersPulse, pulseDelayDays). Pure.
import { z } from "zod";

export const EVENT_TYPES = [
  "onboarding",
  "job_change",
  "one_to_one",
  "reorganisation",
  "suggestion_answered",
  "hr_interview",
  "recruitment",
  "first_tools",
] as const;

/** The stored form (Prisma enum EmployeeEventType; tests/unit/employee-event-type.test.ts keeps the two equal). */
export type EmployeeEventType = Uppercase<(typeof EVENT_TYPES)[number]>;

export const ZEmployeeEventInput = z
  .object({
    userExternalId: z.string().trim().min(1).max(200).optional(),
    email: z.email().max(320).optional(),
    type: z.enum(EVENT_TYPES),
    occurredAt: z.iso.datetime({ offset: true }),
  })
  .refine((e) => (e.userExternalId === undefined) !== (e.email === undefined), {
    path: ["userExternalId"],
    message: "give exactly one of userExternalId and email",
  })
  .refine((e) => Date.parse(e.occurredAt) <= Date.now() + 366 * 86_400_000, {
    path: ["occurredAt"],
    message: "must be within a year from now",
  });

export type EmployeeEventInput = z.infer<typeof ZEmployeeEventInput>;

export const toEventType = (type: (typeof EVENT_TYPES)[number]): EmployeeEventType => type.toUpperCase() as EmployeeEventType;

/** The 201 answer of POST /api/v1/employee-events (described in openapi.json). */
export const ZEmployeeEvent = z.object({ id: z.uuid(), type: z.enum(EVENT_TYPES), surveyDueAt: z.iso.datetime() });
