// The employee's own personal pulses whose answer window is open now (due, not yet closed),
// for the "due" cards of their home page, with whether they have answered.
import type { Actor } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { EVENT_ANSWER_DAYS, eventClosesAt } from "@/lib/pulses/event-pulse";
import { db } from "../client";
import type { EmployeeEventType } from "../generated/client";
import { withOrganisation } from "../tenant-context";

export interface MyEventPulseDto {
  id: string;
  type: EmployeeEventType;
  closesAt: Date;
  answered: boolean;
}

export async function listMyEventPulses(actor: Actor): Promise<MyEventPulseDto[]> {
  return withOrganisation(actor.organisationId, async () => {
    if (!can(actor, "pulses:answer")) return [];
    const now = new Date();
    const events = await db().employeeEvent.findMany({
      where: {
        organisationId: actor.organisationId,
        membershipId: actor.membershipId,
        surveyDueAt: { lte: now, gt: new Date(now.getTime() - EVENT_ANSWER_DAYS * 86_400_000) },
      },
      orderBy: { surveyDueAt: "asc" },
      take: 20,
      select: { id: true, type: true, surveyDueAt: true, answered: true },
    });
    return events.map((e) => ({ id: e.id, type: e.type, closesAt: eventClosesAt(e.surveyDueAt), answered: e.answered }));
  });
}
