// Whether an employee event of a type schedules a personal pulse, and after how many days: the
// organisation's catalogue decides (its employee moment of that type, active and triggering).
import type { EmployeeEventType, Prisma } from "../../generated/client";

export type EventMomentOutcome =
  { ok: true; momentId: string; delayDays: number } | { ok: false; reason: "missing" | "retired" | "notTriggering"; message: string };

const EVENT_LABEL = (type: EmployeeEventType) => type.toLowerCase();

export async function eventMoment(
  tx: Prisma.TransactionClient,
  organisationId: string,
  type: EmployeeEventType,
): Promise<EventMomentOutcome> {
  const moment = await tx.momentOfTruth.findFirst({
    where: { organisationId, side: "EMPLOYEE", eventType: type },
    select: { id: true, key: true, active: true, triggersPulse: true, pulseDelayDays: true },
  });
  const type_ = EVENT_LABEL(type);
  if (!moment) return { ok: false, reason: "missing", message: `No employee moment of truth of this organisation stands for "${type_}".` };
  if (!moment.active)
    return {
      ok: false,
      reason: "retired",
      message: `The employee moment of truth "${moment.key}" (${type_}) is retired in this organisation's catalogue.`,
    };
  if (!moment.triggersPulse || moment.pulseDelayDays === null)
    return {
      ok: false,
      reason: "notTriggering",
      message: `The employee moment of truth "${moment.key}" (${type_}) does not trigger a personal pulse in this organisation's catalogue.`,
    };
  return { ok: true, momentId: moment.id, delayDays: moment.pulseDelayDays };
}
