// A new webhook signing secret (ADMIN): replaces the old one at once and is returned once;
// the audit row records the event, never the secret.
import type { Principal } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ForbiddenError } from "@/lib/errors";
import { mintWebhookSecret } from "@/lib/webhooks/sign";
import { db } from "../client";
import { withOrganisation } from "../tenant-context";

export async function rotateWebhookSecret(principal: Principal): Promise<{ secret: string }> {
  return withOrganisation(principal.organisationId, async () => {
    if (principal.kind !== "user" || !can(principal, "settings:manage")) throw new ForbiddenError();
    const organisationId = principal.organisationId;
    const secret = mintWebhookSecret();
    await db().$transaction([
      db().organisation.update({ where: { id: organisationId }, data: { webhookSecret: secret }, select: { id: true } }),
      db().auditLog.create({
        data: {
          organisationId,
          actorId: principal.membershipId,
          action: "webhook.secret.rotate",
          targetType: "Organisation",
          targetId: organisationId,
        },
      }),
    ]);
    return { secret };
  });
}
