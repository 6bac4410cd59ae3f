// Removing the webhook (ADMIN): URL and secret cleared, deliveries still waiting abandoned
// (FAILED, "webhook removed") so none is sent later to an address the admin took away.
import type { Principal } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ForbiddenError } from "@/lib/errors";
import { db } from "../client";
import { withOrganisation } from "../tenant-context";

export async function removeWebhook(principal: Principal): Promise<{ abandoned: number }> {
  return withOrganisation(principal.organisationId, async () => {
    if (principal.kind !== "user" || !can(principal, "settings:manage")) throw new ForbiddenError();
    const organisationId = principal.organisationId;
    return db().$transaction(async (tx) => {
      await tx.organisation.update({
        where: { id: organisationId },
        data: { webhookUrl: null, webhookSecret: null },
        select: { id: true },
      });
      const { count } = await tx.webhookDelivery.updateMany({
        where: { organisationId, status: "PENDING" },
        data: { status: "FAILED", nextAttemptAt: null, lastError: "webhook removed" },
      });
      await tx.auditLog.create({
        data: {
          organisationId,
          actorId: principal.membershipId,
          action: "webhook.remove",
          targetType: "Organisation",
          targetId: organisationId,
          metadata: { abandoned: count },
        },
      });
      return { abandoned: count };
    });
  });
}
