// HR's « relancer maintenant » (issue 19 §4): claims, for an open pulse, the invited people who
// have not answered and were not reminded today (Paris day), stamping remindedAt in the same
// UPDATE so a double click, a second tab or a second HR sends nothing twice that day (the row
// lock decides between concurrent clicks). The mail sender (lib/mail/pulse-mails.ts) sends them
// and releases a refused one. Audited with the day only: how many were reminded would tell how
// many have answered, a count the participation table hides below k. The planned reminders due
// by now count as sent (remindersSent), so the job does not send them again after this one.
import type { Actor } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ExpectedError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/patterns";
import { pulseStatus } from "@/lib/pulses/pulse-status";
import { db } from "../client";
import { writeAudit } from "../internal/audit/write-audit";
import { DUE_REMINDERS_OF_P, PULSE_MAIL_SELECT, type PulseMailContextDto, type PulseMailRecipientDto } from "./claim-pulse-mails";
import { withOrganisation } from "../tenant-context";

const parisDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" });

export interface RemindersNowDto {
  pulse: PulseMailContextDto;
  recipients: PulseMailRecipientDto[];
}

/** `claim: false` (no mail transport) checks everything and claims nobody, so no one loses their reminder. */
export async function claimRemindersNow(actor: Actor, pulseId: string, claim = true): Promise<RemindersNowDto> {
  return withOrganisation(actor.organisationId, async () => {
    if (!can(actor, "pulses:manage")) throw new ForbiddenError();
    if (!isUuid(pulseId)) throw new NotFoundError("pulse");
    return db().$transaction(async (tx) => {
      const found = await tx.pulse.findFirst({ where: { id: pulseId, organisationId: actor.organisationId }, select: PULSE_MAIL_SELECT });
      if (!found) throw new NotFoundError("pulse");
      if (pulseStatus(found) !== "OPEN") throw new ExpectedError("CONFLICT", "notOpen");
      const { opensAt: _o, launchedAt: _l, closedEarlyAt: _c, reminderDays: _r, ...pulse } = found;
      if (!claim) return { pulse, recipients: [] };
      const recipients = await tx.$queryRaw<PulseMailRecipientDto[]>`
      WITH due AS (SELECT ${DUE_REMINDERS_OF_P} AS n FROM "Pulse" p WHERE p.id = ${pulseId}::uuid)
      UPDATE "PulseParticipation" pp SET "remindedAt" = now(), "remindersSent" = greatest(pp."remindersSent", (SELECT n FROM due))
      FROM "Membership" m JOIN "User" u ON u.id = m."userId"
      WHERE m.id = pp."membershipId" AND pp."organisationId" = ${actor.organisationId}::uuid AND pp."pulseId" = ${pulseId}::uuid
        AND pp."invitedAt" IS NOT NULL AND NOT pp.answered
        AND (pp."remindedAt" IS NULL
          OR pp."remindedAt" < (date_trunc('day', now() AT TIME ZONE 'Europe/Paris') AT TIME ZONE 'Europe/Paris'))
      RETURNING pp."membershipId", u.email, u.locale::text AS locale`;
      if (recipients.length > 0)
        await writeAudit(tx, {
          organisationId: actor.organisationId,
          actorId: actor.membershipId,
          action: "pulse.remind",
          targetType: "Pulse",
          targetId: pulseId,
          metadata: { day: parisDay.format(new Date()) },
        });
      return { pulse, recipients };
    });
  });
}
