// Invitations and reminders of one pulse, claimed row by row in PostgreSQL so any number of
// workers (and a restarted one) send each person at most one of each: the claim stamps
// invitedAt / remindedAt before the mail goes, and a refused mail un-stamps it for a retry.
import { env } from "@/lib/env";
import { renderPulseEmail } from "@/lib/mail/templates/pulse-invitation";
import { mailTransport, sendMail } from "@/lib/mail/transport";
import { reminderAt } from "@/lib/pulses/pulse-status";
import { db } from "../client";

export type PulseMailKind = "invite" | "remind";


interface Claimed { membershipId: string; email: string; locale: "fr" | "en" }

export const PULSE_MAIL_BATCH = 20;

/**
 * Sends due mails of that kind for the pulse, at most `batches` batches (a queue job does one
 * and queues its continuation, so a stopping worker never holds a long job); `more` tells
 * whether a full batch went out and more may be due.
 */
export async function sendPulseMails(pulseId: string, kind: PulseMailKind, batches = Number.POSITIVE_INFINITY): Promise<{ sent: number; more: boolean }> {
  const none = { sent: 0, more: false };
  const transport = mailTransport();
  if (!transport) return none;
  const pulse = await db().pulse.findUnique({
    where: { id: pulseId },
    select: { id: true, name: true, opensAt: true, closesAt: true, launchedAt: true, closedEarlyAt: true, organisation: { select: { name: true, brandColor: true, minGroupSize: true } } },
  });
  const now = new Date();
  if (!pulse?.launchedAt || pulse.closedEarlyAt || now < pulse.opensAt || now >= pulse.closesAt) return none;
  if (kind === "remind" && now < reminderAt(pulse)) return none;
  const base = (env().APP_URL ?? env().NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
  let sent = 0;
  for (let done = 0; ; done++) {
    if (done >= batches) return { sent, more: true };
    const batch = await claim(pulse.id, kind);
    for (const person of batch) {
      const email = renderPulseEmail({
        kind, locale: person.locale, organisationName: pulse.organisation.name, brandColor: pulse.organisation.brandColor,
        pulseName: pulse.name, closesAt: pulse.closesAt, minGroupSize: Math.max(3, pulse.organisation.minGroupSize), url: `${base}/${person.locale}/p/${pulse.id}`,
      });
      try {
        await sendMail(transport, { to: person.email, ...email, language: person.locale });
        sent++;
      } catch (error) {
        await release(pulse.id, person.membershipId, kind);
        console.error(`[pulses] ${kind} mail failed: ${error instanceof Error ? error.message.split("\n")[0] : "unknown"}`);
      }
    }
    if (batch.length < PULSE_MAIL_BATCH) return { sent, more: false };
  }
}

async function claim(pulseId: string, kind: PulseMailKind): Promise<Claimed[]> {
  const client = db();
  const rows = kind === "invite"
    ? await client.$queryRaw<Claimed[]>`
        UPDATE "PulseParticipation" pp SET "invitedAt" = now()
        FROM "Membership" m JOIN "User" u ON u.id = m."userId"
        WHERE m.id = pp."membershipId" AND (pp."pulseId", pp."membershipId") IN (
          SELECT "pulseId", "membershipId" FROM "PulseParticipation"
          WHERE "pulseId" = ${pulseId}::uuid AND "invitedAt" IS NULL LIMIT ${PULSE_MAIL_BATCH} FOR UPDATE SKIP LOCKED)
        RETURNING pp."membershipId", u.email, u.locale::text AS locale`
    : await client.$queryRaw<Claimed[]>`
        UPDATE "PulseParticipation" pp SET "remindedAt" = now()
        FROM "Membership" m JOIN "User" u ON u.id = m."userId"
        WHERE m.id = pp."membershipId" AND (pp."pulseId", pp."membershipId") IN (
          SELECT "pulseId", "membershipId" FROM "PulseParticipation"
          WHERE "pulseId" = ${pulseId}::uuid AND "remindedAt" IS NULL AND "invitedAt" IS NOT NULL AND NOT answered
          LIMIT ${PULSE_MAIL_BATCH} FOR UPDATE SKIP LOCKED)
        RETURNING pp."membershipId", u.email, u.locale::text AS locale`;
  return rows;
}

async function release(pulseId: string, membershipId: string, kind: PulseMailKind): Promise<void> {
  const data = kind === "invite" ? { invitedAt: null } : { remindedAt: null };
  await db().pulseParticipation.update({ where: { pulseId_membershipId: { pulseId, membershipId } }, data });
}
