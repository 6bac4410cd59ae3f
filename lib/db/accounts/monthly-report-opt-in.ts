// One's own opt-in to the monthly email of headline figures (issue 15 §3), on « Mon compte ».
// Off by default; audited.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor-types";
import { ForbiddenError } from "@/lib/errors";
import { receivesMonthlyReport } from "@/lib/reports/monthly-email";
import { db } from "../client";
import { reportMonthSql } from "./claim-monthly-reports";
import { withOrganisation } from "../tenant-context";

export const ZMonthlyReportInput = z.strictObject({ enabled: z.boolean({ error: "must be true or false" }) });

/** Whether they asked for it; null for someone who may not (an employee). */
export async function getMonthlyReportOptIn(actor: Actor): Promise<boolean | null> {
  return withOrganisation(actor.organisationId, async () => {
    if (!receivesMonthlyReport(actor)) return null;
    const membership = await db().membership.findFirst({
      where: { id: actor.membershipId, organisationId: actor.organisationId },
      select: { monthlyReport: true },
    });
    return membership?.monthlyReport ?? null;
  });
}

export type UpdateMonthlyReportResult = { ok: true } | { ok: false; message: string };

export async function updateMonthlyReportOptIn(actor: Actor, input: unknown): Promise<UpdateMonthlyReportResult> {
  return withOrganisation(actor.organisationId, async () => {
    if (!receivesMonthlyReport(actor)) throw new ForbiddenError("the monthly email is for managers and the organisation-wide roles");
    const parsed = ZMonthlyReportInput.safeParse(input);
    if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "invalid" };
    await db().$transaction(async (tx) => {
      // Asked for now, the first email is next month's: the month already owed counts as sent.
      const count = await tx.$executeRaw`
      UPDATE "Membership" SET "monthlyReport" = ${parsed.data.enabled},
        "monthlyReportMonth" = CASE WHEN ${parsed.data.enabled} AND NOT "monthlyReport" THEN ${reportMonthSql(new Date())} ELSE "monthlyReportMonth" END
      WHERE id = ${actor.membershipId}::uuid AND "organisationId" = ${actor.organisationId}::uuid`;
      if (count === 0) throw new ForbiddenError("membership not found");
      await tx.auditLog.create({
        data: {
          organisationId: actor.organisationId,
          actorId: actor.membershipId,
          action: "account.monthlyReport.update",
          targetType: "Membership",
          targetId: actor.membershipId,
          metadata: { enabled: parsed.data.enabled },
        },
      });
    });
    return { ok: true };
  });
}
