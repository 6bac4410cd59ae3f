// An employee moment of truth pushed by the HR system (API key): schedules a short personal
// pulse for that member, after the delay its moment has in the organisation's catalogue (a
// moment retired, missing or not triggering refuses the event). Its answer will carry only the
// event type, team and month, and is shown aggregated per event type above the threshold (see EmployeeEvent in the schema). The
// event and its audit row (the key that sent it) commit together (issue 12 §7).
import type { ApiPrincipal } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ExpectedError, ForbiddenError } from "@/lib/errors";
import { toEventType, type EmployeeEventInput } from "@/lib/pulses/employee-event-schema";
import { db } from "../client";
import { auditedBy, writeAudit } from "../internal/audit/write-audit";
import { eventMoment } from "../internal/moments/event-moment";
import { withOrganisation } from "../tenant-context";

export interface EmployeeEventDto {
  id: string;
  type: EmployeeEventInput["type"];
  surveyDueAt: string;
}

export async function createEmployeeEvent(principal: ApiPrincipal, input: EmployeeEventInput): Promise<EmployeeEventDto> {
  return withOrganisation(principal.organisationId, async () => {
    if (!can(principal, "employeeEvents:create")) throw new ForbiddenError();
    const membership = await db().membership.findFirst({
      where: {
        organisationId: principal.organisationId,
        active: true,
        ...(input.userExternalId !== undefined ? { externalId: input.userExternalId } : { user: { email: input.email!.toLowerCase() } }),
      },
      select: { id: true },
    });
    // Same answer for "unknown" and "another organisation's": nothing leaks across tenants.
    if (!membership) throw new ExpectedError("INVALID_INPUT", "No active employee of this organisation matches userExternalId / email.");
    // The catalogue decides: a moment retired, missing or that does not trigger takes no event.
    const moment = await eventMoment(db(), principal.organisationId, toEventType(input.type));
    if (!moment.ok) throw new ExpectedError("INVALID_INPUT", moment.message);
    const occurredAt = new Date(input.occurredAt);
    const surveyDueAt = new Date(occurredAt.getTime() + moment.delayDays * 86_400_000);
    const { actorId, via } = auditedBy(principal);
    const event = await db().$transaction(async (tx) => {
      const created = await tx.employeeEvent.create({
        data: {
          organisationId: principal.organisationId,
          membershipId: membership.id,
          type: toEventType(input.type),
          occurredAt,
          surveyDueAt,
        },
        select: { id: true },
      });
      await writeAudit(tx, {
        organisationId: principal.organisationId,
        actorId,
        action: "employeeEvent.create",
        targetType: "EmployeeEvent",
        targetId: created.id,
        metadata: {
          ...via,
          type: input.type,
          membershipId: membership.id,
          occurredAt: occurredAt.toISOString(),
          surveyDueAt: surveyDueAt.toISOString(),
        },
      });
      return created;
    });
    return { id: event.id, type: input.type, surveyDueAt: surveyDueAt.toISOString() };
  });
}
