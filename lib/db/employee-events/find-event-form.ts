// What the personal pulse page of an employee moment of truth draws: the event's own short
// form (eNPS, "why?", the employee items) for the one member it concerns, or why it cannot
// be answered. Another person's event, or another organisation's, is simply not found.
import type { Actor } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import type { Locale } from "@/lib/i18n/config";
import { fmt } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/messages";
import { isUuid } from "@/lib/patterns";
import { eventClosesAt, eventPulseStatus, type EventPulseStatus } from "@/lib/pulses/event-pulse";
import { db } from "../client";
import type { EmployeeEventType, Prisma } from "../generated/client";
import { employeeCatalogue, type PulseFormDto } from "../pulses/find-pulse-form";
import { withOrganisation } from "../tenant-context";

/** A personal pulse asks the items but neither irritants nor a suggestion: it stays short. */
export const EVENT_FORM_TOGGLES = { includeItems: true, includeIrritants: false } as const;

export interface OwnEvent {
  id: string;
  type: EmployeeEventType;
  surveyDueAt: Date;
  answered: boolean;
  status: EventPulseStatus;
}

/** The actor's own event, or null (bad id, someone else's, another organisation's, no right). */
export async function loadOwnEvent(tx: Prisma.TransactionClient, actor: Actor, eventId: string): Promise<OwnEvent | null> {
  return withOrganisation(actor.organisationId, async () => {
    if (!isUuid(eventId) || !can(actor, "pulses:answer")) return null;
    const event = await tx.employeeEvent.findFirst({
      where: { id: eventId, organisationId: actor.organisationId, membershipId: actor.membershipId },
      select: { id: true, type: true, surveyDueAt: true, answered: true },
    });
    return event ? { ...event, status: eventPulseStatus(event.surveyDueAt) } : null;
  });
}

export const eventPulseName = (locale: Locale, type: EmployeeEventType): string => {
  const t = getMessages(locale).pulses;
  return fmt(t.eventPulseName, { event: t[`event${type}`] });
};

export type EventFormResult = { status: "open"; form: PulseFormDto } | { status: "answered" | "notOpen" | "notFound" };

export async function findEventForm(actor: Actor, eventId: string, locale: Locale): Promise<EventFormResult> {
  return withOrganisation(actor.organisationId, async () => {
    const client = db();
    const event = await loadOwnEvent(client, actor, eventId);
    if (!event) return { status: "notFound" };
    if (event.answered) return { status: "answered" };
    if (event.status !== "open") return { status: "notOpen" };
    const organisation = await client.organisation.findUniqueOrThrow({
      where: { id: actor.organisationId },
      select: { name: true, brandColor: true, minGroupSize: true },
    });
    const catalogue = await employeeCatalogue(client, actor.organisationId, locale, EVENT_FORM_TOGGLES);
    return {
      status: "open",
      form: {
        pulseId: event.id,
        pulseName: eventPulseName(locale, event.type),
        organisationName: organisation.name,
        brandColor: organisation.brandColor,
        minGroupSize: Math.max(3, organisation.minGroupSize),
        closesAt: eventClosesAt(event.surveyDueAt),
        includeSuggestion: false,
        ...catalogue,
      },
    };
  });
}
