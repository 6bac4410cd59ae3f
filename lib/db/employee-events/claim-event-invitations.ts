// The data side of invitations to personal pulses for the mail sender
// (lib/mail/event-invitations.ts): the claim stamps EmployeeEvent.invitedAt before the mail
// goes (a refused mail is released, un-stamped, for a retry), so any number of sweeps, workers
// and restarts invite each event's employee exactly once.
import type { Locale } from "@/lib/i18n/config";
import { EVENT_ANSWER_DAYS } from "@/lib/pulses/event-pulse";
import { db } from "../client";
import type { EmployeeEventType } from "../generated/client";
import { asSystem } from "../tenant-context";

export const EVENT_MAIL_BATCH = 20;

export interface EventInvitationDto {
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
  return asSystem(async () => {
    const rows = await db().$queryRaw<Array<{ ok: number }>>`
    SELECT 1 AS ok FROM "EmployeeEvent" d JOIN "Membership" dm ON dm.id = d."membershipId" AND dm.active
    WHERE d."invitedAt" IS NULL AND NOT d.answered AND d."surveyDueAt" <= now() AND now() < d."surveyDueAt" + make_interval(days => ${EVENT_ANSWER_DAYS})
    LIMIT 1`;
    return rows.length > 0;
  });
}

/** Claims (stamps) up to EVENT_MAIL_BATCH due invitations; fewer means none left. */
export async function claimEventInvitations(): Promise<EventInvitationDto[]> {
  return asSystem(async () => {
    return db().$queryRaw<EventInvitationDto[]>`
    UPDATE "EmployeeEvent" e SET "invitedAt" = now()
    FROM "Membership" m JOIN "User" u ON u.id = m."userId" JOIN "Organisation" o ON o.id = m."organisationId"
    WHERE m.id = e."membershipId" AND e.id IN (
      -- Only active members' events: a departed person is never mailed, nor blocks the batch.
      SELECT d.id FROM "EmployeeEvent" d JOIN "Membership" dm ON dm.id = d."membershipId" AND dm.active
      WHERE d."invitedAt" IS NULL AND NOT d.answered AND d."surveyDueAt" <= now() AND now() < d."surveyDueAt" + make_interval(days => ${EVENT_ANSWER_DAYS})
      LIMIT ${EVENT_MAIL_BATCH} FOR UPDATE OF d SKIP LOCKED)
    RETURNING e.id, e.type, e."surveyDueAt", u.email, u.locale::text AS locale, o.name AS "organisationName", o."brandColor", o."minGroupSize"`;
  });
}

/** An invitation that did not go: un-stamped, so a later sweep sends it. */
export async function releaseEventInvitation(id: string): Promise<void> {
  return asSystem(async () => {
    await db().employeeEvent.update({ where: { id }, data: { invitedAt: null } });
  });
}
