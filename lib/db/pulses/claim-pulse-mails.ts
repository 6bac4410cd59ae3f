// The data side of a pulse's invitations and reminders for the mail sender
// (lib/mail/pulse-mails.ts): claimed row by row in PostgreSQL so any number of workers (and a
// restarted one) send each person at most one of each: the claim stamps invitedAt /
// remindedAt before the mail goes, and a refused mail is released (un-stamped) for a retry.
import { reminderAt } from "@/lib/pulses/pulse-status";
import { db } from "../client";

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
  organisation: { select: { id: true, name: true, brandColor: true, minGroupSize: true } },
} as const;

/** The pulse as its mails show it, or null when mails of that kind are not due now. */
export async function pulseMailContext(pulseId: string, kind: PulseMailKind, now = new Date()): Promise<PulseMailContextDto | null> {
  const pulse = await db().pulse.findUnique({ where: { id: pulseId }, select: PULSE_MAIL_SELECT });
  if (!pulse?.launchedAt || pulse.closedEarlyAt || now < pulse.opensAt || now >= pulse.closesAt) return null;
  if (kind === "remind" && now < reminderAt(pulse)) return null;
  return { id: pulse.id, name: pulse.name, closesAt: pulse.closesAt, organisation: pulse.organisation };
}

/** Claims (stamps) up to PULSE_MAIL_BATCH people still owed that mail; fewer means none left. */
export async function claimPulseMails(pulseId: string, kind: PulseMailKind): Promise<PulseMailRecipientDto[]> {
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
        UPDATE "PulseParticipation" pp SET "remindedAt" = now()
        FROM "Membership" m JOIN "User" u ON u.id = m."userId"
        WHERE m.id = pp."membershipId" AND (pp."pulseId", pp."membershipId") IN (
          SELECT "pulseId", "membershipId" FROM "PulseParticipation"
          WHERE "pulseId" = ${pulseId}::uuid AND "remindedAt" IS NULL AND "invitedAt" IS NOT NULL AND NOT answered
          LIMIT ${PULSE_MAIL_BATCH} FOR UPDATE SKIP LOCKED)
        RETURNING pp."membershipId", u.email, u.locale::text AS locale`;
  return rows;
}

/** A mail that did not go: un-stamped, so a later job sends it. */
export async function releasePulseMail(pulseId: string, membershipId: string, kind: PulseMailKind): Promise<void> {
  const data = kind === "invite" ? { invitedAt: null } : { remindedAt: null };
  await db().pulseParticipation.update({ where: { pulseId_membershipId: { pulseId, membershipId } }, data });
}
