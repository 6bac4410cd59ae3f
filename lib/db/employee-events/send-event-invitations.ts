// Invitations to personal pulses, claimed row by row in PostgreSQL: the claim stamps
// EmployeeEvent.invitedAt before the mail goes (a refused mail un-stamps it for a retry), so
// any number of sweeps, workers and restarts invite each event's employee exactly once.
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/config";
import { renderPulseEmail } from "@/lib/mail/templates/pulse-invitation";
import { mailTransport, sendMail } from "@/lib/mail/transport";
import { EVENT_ANSWER_DAYS, eventClosesAt } from "@/lib/pulses/event-pulse";
import { db } from "../client";
import type { EmployeeEventType } from "../generated/client";
import { eventPulseName } from "./find-event-form";

export const EVENT_MAIL_BATCH = 20;

interface Claimed {
  id: string;
  type: EmployeeEventType;
  surveyDueAt: Date;
  email: string;
  locale: Locale;
  organisationName: string;
  brandColor: string;
  minGroupSize: number;
}

/** Whether some due, open, unanswered event still awaits its invitation (the sweep's test). */
export async function hasDueEventInvitations(): Promise<boolean> {
  const rows = await db().$queryRaw<Array<{ ok: number }>>`
    SELECT 1 AS ok FROM "EmployeeEvent" d JOIN "Membership" dm ON dm.id = d."membershipId" AND dm.active
    WHERE d."invitedAt" IS NULL AND NOT d.answered AND d."surveyDueAt" <= now() AND now() < d."surveyDueAt" + make_interval(days => ${EVENT_ANSWER_DAYS})
    LIMIT 1`;
  return rows.length > 0;
}

/** Sends due invitations, at most `batches` batches; `more` tells whether more may be due. */
export async function sendEventInvitations(batches = Number.POSITIVE_INFINITY): Promise<{ sent: number; more: boolean }> {
  const transport = mailTransport();
  if (!transport) return { sent: 0, more: false };
  const base = (env().APP_URL ?? env().NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
  let sent = 0;
  for (let done = 0; ; done++) {
    if (done >= batches) return { sent, more: true };
    const batch = await claim();
    for (const event of batch) {
      const email = renderPulseEmail({
        kind: "invite", locale: event.locale, organisationName: event.organisationName, brandColor: event.brandColor,
        pulseName: eventPulseName(event.locale, event.type), closesAt: eventClosesAt(event.surveyDueAt),
        minGroupSize: Math.max(3, event.minGroupSize), url: `${base}/${event.locale}/e/${event.id}`,
      });
      try {
        await sendMail(transport, { to: event.email, ...email, language: event.locale });
        sent++;
      } catch (error) {
        await db().employeeEvent.update({ where: { id: event.id }, data: { invitedAt: null } });
        console.error(`[employee-events] invitation failed: ${error instanceof Error ? error.message.split("\n")[0] : "unknown"}`);
      }
    }
    if (batch.length < EVENT_MAIL_BATCH) return { sent, more: false };
  }
}

async function claim(): Promise<Claimed[]> {
  return db().$queryRaw<Claimed[]>`
    UPDATE "EmployeeEvent" e SET "invitedAt" = now()
    FROM "Membership" m JOIN "User" u ON u.id = m."userId" JOIN "Organisation" o ON o.id = m."organisationId"
    WHERE m.id = e."membershipId" AND e.id IN (
      -- Only active members' events: a departed person is never mailed, nor blocks the batch.
      SELECT d.id FROM "EmployeeEvent" d JOIN "Membership" dm ON dm.id = d."membershipId" AND dm.active
      WHERE d."invitedAt" IS NULL AND NOT d.answered AND d."surveyDueAt" <= now() AND now() < d."surveyDueAt" + make_interval(days => ${EVENT_ANSWER_DAYS})
      LIMIT ${EVENT_MAIL_BATCH} FOR UPDATE OF d SKIP LOCKED)
    RETURNING e.id, e.type, e."surveyDueAt", u.email, u.locale::text AS locale, o.name AS "organisationName", o."brandColor", o."minGroupSize"`;
}
