// The data side of a pulse's invitations and reminders for the mail sender
// (lib/mail/pulse-mails.ts): claimed row by row in PostgreSQL so any number of workers (and a
// restarted one) send each person at most one of each: the claim stamps invitedAt, or for a
// reminder remindedAt and remindersSent (raised to the number of the pulse's planned reminders
// due now, so two due at once make one mail), before the mail goes, and a refused mail is
// released (un-stamped) for a retry.
import { dueReminderCount } from "@/lib/pulses/reminders";
import { db } from "../client";
import { Prisma } from "../generated/client";
import { asSystem } from "../tenant-context";

export type PulseMailKind = "invite" | "remind";

export const PULSE_MAIL_BATCH = 20;

export interface PulseMailRecipientDto {
  membershipId: string;
  email: string;
  locale: "fr" | "en";
}

export interface PulseMailContextDto {
  id: string;
  name: string;
  closesAt: Date;
  organisation: { id: string; name: string; brandColor: string; minGroupSize: number };
}

/** What a pulse's mails read of it, and its dates to tell whether they are due. */
export const PULSE_MAIL_SELECT = {
  id: true,
  name: true,
  opensAt: true,
  closesAt: true,
  launchedAt: true,
  closedEarlyAt: true,
  reminderDays: true,
  organisation: { select: { id: true, name: true, brandColor: true, minGroupSize: true } },
} as const;

/** The pulse as its mails show it, or null when mails of that kind are not due now. */
export async function pulseMailContext(pulseId: string, kind: PulseMailKind, now = new Date()): Promise<PulseMailContextDto | null> {
  return asSystem(async () => {
    const pulse = await db().pulse.findUnique({ where: { id: pulseId }, select: PULSE_MAIL_SELECT });
    if (!pulse?.launchedAt || pulse.closedEarlyAt || now < pulse.opensAt || now >= pulse.closesAt) return null;
    if (kind === "remind" && dueReminderCount(pulse, now) === 0) return null;
    return { id: pulse.id, name: pulse.name, closesAt: pulse.closesAt, organisation: pulse.organisation };
  });
}

/**
 * How many of pulse `p`'s planned reminders are due now: dueReminderCount
 * (lib/pulses/reminders.ts) in SQL, never before the opening either.
 */
export const DUE_REMINDERS_OF_P = Prisma.sql`(SELECT count(*)::int FROM unnest(p."reminderDays") AS d
  WHERE now() >= greatest(p."opensAt", p."closesAt" - make_interval(days => d)))`;

/** Claims (stamps) up to PULSE_MAIL_BATCH people still owed that mail; fewer means none left. */
export async function claimPulseMails(pulseId: string, kind: PulseMailKind): Promise<PulseMailRecipientDto[]> {
  return asSystem(async () => {
    const client = db();
    const rows =
      kind === "invite"
        ? await client.$queryRaw<PulseMailRecipientDto[]>`
        UPDATE "PulseParticipation" pp SET "invitedAt" = now()
        FROM "Membership" m JOIN "User" u ON u.id = m."userId"
        WHERE m.id = pp."membershipId" AND (pp."pulseId", pp."membershipId") IN (
          SELECT "pulseId", "membershipId" FROM "PulseParticipation"
          WHERE "pulseId" = ${pulseId}::uuid AND "invitedAt" IS NULL LIMIT ${PULSE_MAIL_BATCH} FOR UPDATE SKIP LOCKED)
        RETURNING pp."membershipId", u.email, u.locale::text AS locale`
        : await client.$queryRaw<PulseMailRecipientDto[]>`
        WITH due AS (SELECT ${DUE_REMINDERS_OF_P} AS n FROM "Pulse" p WHERE p.id = ${pulseId}::uuid)
        UPDATE "PulseParticipation" pp SET "remindedAt" = now(), "remindersSent" = (SELECT n FROM due)
        FROM "Membership" m JOIN "User" u ON u.id = m."userId"
        WHERE m.id = pp."membershipId" AND (pp."pulseId", pp."membershipId") IN (
          SELECT "pulseId", "membershipId" FROM "PulseParticipation"
          WHERE "pulseId" = ${pulseId}::uuid AND "invitedAt" IS NOT NULL AND NOT answered
            AND "remindersSent" < (SELECT n FROM due)
          LIMIT ${PULSE_MAIL_BATCH} FOR UPDATE SKIP LOCKED)
        RETURNING pp."membershipId", u.email, u.locale::text AS locale`;
    return rows;
  });
}

/**
 * A mail that did not go: un-stamped, so a later job sends it. A refused reminder counts none
 * sent: the next claim raises the count to all those due with one mail.
 */
export async function releasePulseMail(pulseId: string, membershipId: string, kind: PulseMailKind): Promise<void> {
  return asSystem(async () => {
    const data = kind === "invite" ? { invitedAt: null } : { remindedAt: null, remindersSent: 0 };
    await db().pulseParticipation.update({ where: { pulseId_membershipId: { pulseId, membershipId } }, data });
  });
}
