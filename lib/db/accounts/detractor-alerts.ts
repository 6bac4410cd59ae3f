// A manager's choice of how they hear of new detractors in their teams (issue 14 §4): an email each
// time, one daily digest, or none. Their own setting only; audited. Only managers get these mails
// (the organisation-wide roles read the follow-ups list), so only they may choose.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor-types";
import { ForbiddenError } from "@/lib/errors";
import { receivesDetractorAlerts } from "@/lib/follow-ups/detractor-alerts";
import { db } from "../client";
import { withOrganisation } from "../tenant-context";

export const detractorAlertModes = ["IMMEDIATE", "DAILY", "OFF"] as const;
export type DetractorAlertModeDto = (typeof detractorAlertModes)[number];

export const ZDetractorAlertsInput = z.strictObject({
  mode: z.enum(detractorAlertModes, { error: "must be IMMEDIATE, DAILY or OFF" }),
});

/** The manager's current choice, or null for someone who gets no alerts. */
export async function getDetractorAlerts(actor: Actor): Promise<DetractorAlertModeDto | null> {
  return withOrganisation(actor.organisationId, async () => {
    if (!receivesDetractorAlerts(actor)) return null;
    const membership = await db().membership.findFirst({
      where: { id: actor.membershipId, organisationId: actor.organisationId },
      select: { detractorAlerts: true },
    });
    return membership?.detractorAlerts ?? null;
  });
}

export type UpdateDetractorAlertsResult = { ok: true } | { ok: false; message: string };

export async function updateDetractorAlerts(actor: Actor, input: unknown): Promise<UpdateDetractorAlertsResult> {
  return withOrganisation(actor.organisationId, async () => {
    if (!receivesDetractorAlerts(actor)) throw new ForbiddenError("only managers receive detractor alerts");
    const parsed = ZDetractorAlertsInput.safeParse(input);
    if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "invalid" };
    await db().$transaction(async (tx) => {
      const { count } = await tx.membership.updateMany({
        where: { id: actor.membershipId, organisationId: actor.organisationId },
        data: { detractorAlerts: parsed.data.mode },
      });
      if (count === 0) throw new ForbiddenError("membership not found");
      await tx.auditLog.create({
        data: {
          organisationId: actor.organisationId,
          actorId: actor.membershipId,
          action: "account.detractorAlerts.update",
          targetType: "Membership",
          targetId: actor.membershipId,
          metadata: { mode: parsed.data.mode },
        },
      });
    });
    return { ok: true };
  });
}
