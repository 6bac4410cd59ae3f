// "Send a test event" (ADMIN): an outbox row `webhook.test`, delivered by the normal job like
// any event, so the test proves the whole path (guard, signature, retries).
import type { Principal } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ExpectedError, ForbiddenError } from "@/lib/errors";
import { db } from "../client";
import { withOrganisation } from "../tenant-context";

export const TEST_EVENT = "webhook.test";

export async function recordTestDelivery(principal: Principal): Promise<{ id: string }> {
  return withOrganisation(principal.organisationId, async () => {
    if (principal.kind !== "user" || !can(principal, "settings:manage")) throw new ForbiddenError();
    const organisationId = principal.organisationId;
    return db().$transaction(async (tx) => {
      const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { webhookUrl: true } });
      if (!organisation.webhookUrl) throw new ExpectedError("CONFLICT", "no webhook is configured");
      const delivery = await tx.webhookDelivery.create({
        data: { organisationId, event: TEST_EVENT, payload: { test: true, message: "Test event sent from Symétrie's settings." } },
        select: { id: true },
      });
      await tx.auditLog.create({
        data: {
          organisationId,
          actorId: principal.membershipId,
          action: "webhook.test",
          targetType: "WebhookDelivery",
          targetId: delivery.id,
        },
      });
      return delivery;
    });
  });
}
