// Saving the organisation's detractor webhook URL (ADMIN), after the SSRF guard
// (lib/webhooks/url-policy.ts: shape, then every address the host resolves to). The first
// save also creates the signing secret, returned once like an API key.
import { z } from "zod";
import type { Principal } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ForbiddenError } from "@/lib/errors";
import { mintWebhookSecret } from "@/lib/webhooks/sign";
import { checkWebhookUrl, MAX_WEBHOOK_URL_LENGTH, targetPolicy, type UrlProblem } from "@/lib/webhooks/url-policy";
import { db } from "../client";
import { withOrganisation } from "../tenant-context";

export const ZWebhookUrlInput = z.object({ url: z.string().trim().min(1).max(MAX_WEBHOOK_URL_LENGTH) });

export type SetWebhookUrlResult =
  | { ok: true; url: string; /** Only when this save created it: shown once. */ secret: string | null }
  | { ok: false; problem: UrlProblem; detail: string };

export async function setWebhookUrl(principal: Principal, input: unknown): Promise<SetWebhookUrlResult> {
  return withOrganisation(principal.organisationId, async () => {
    if (principal.kind !== "user" || !can(principal, "settings:manage")) throw new ForbiddenError();
    const parsed = ZWebhookUrlInput.safeParse(input);
    if (!parsed.success) return { ok: false, problem: "invalid", detail: "a URL of 1 to 2000 characters is required" };
    const check = await checkWebhookUrl(parsed.data.url, targetPolicy());
    if (!check.ok) return check;
    const url = check.url.href;
    const organisationId = principal.organisationId;
    return db().$transaction(async (tx): Promise<SetWebhookUrlResult> => {
      const current = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { webhookSecret: true } });
      const secret = current.webhookSecret ? null : mintWebhookSecret();
      await tx.organisation.update({
        where: { id: organisationId },
        data: secret ? { webhookUrl: url, webhookSecret: secret } : { webhookUrl: url },
      });
      // The origin only: a path or query may carry the receiver's own token.
      await tx.auditLog.create({
        data: {
          organisationId,
          actorId: principal.membershipId,
          action: "webhook.url.set",
          targetType: "Organisation",
          targetId: organisationId,
          metadata: { origin: check.url.origin, secretCreated: secret !== null },
        },
      });
      return { ok: true, url, secret };
    });
  });
}
