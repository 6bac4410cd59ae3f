// The personal pulse of an employee moment of truth, from its due date alone: when it can be
// answered and the month its answer carries. Pure.
import { EVENT_TYPES, type EmployeeEventType } from "./employee-event-schema";
import { pulsePeriod } from "./pulse-status";

/** Answerable for 14 days from its due date (issue 4: a short personal pulse). */
export const EVENT_ANSWER_DAYS = 14;
const DAY_MS = 86_400_000;

export type EventPulseStatus = "notDue" | "open" | "closed";

export const eventClosesAt = (surveyDueAt: Date): Date => new Date(surveyDueAt.getTime() + EVENT_ANSWER_DAYS * DAY_MS);

export function eventPulseStatus(surveyDueAt: Date, now = new Date()): EventPulseStatus {
  if (now < surveyDueAt) return "notDue";
  return now < eventClosesAt(surveyDueAt) ? "open" : "closed";
}

/**
 * The month the answer window closes (Paris calendar, like pulses and the rollup), never the
 * time of answering: no answer is ever written into a month that has ended, so a released
 * month never changes (docs/anonymity.md "Release").
 */
export const eventPeriod = (surveyDueAt: Date): Date => pulsePeriod(eventClosesAt(surveyDueAt));

export type EventTypeKey = (typeof EVENT_TYPES)[number];
export const fromEventType = (type: EmployeeEventType): EventTypeKey => type.toLowerCase() as EventTypeKey;
