// Revoking a SCIM token (ADMIN): effective on the next request, since every request looks the
// token up. Another organisation's token id is "not found". Idempotent, audited once.
import type { Principal } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/patterns";
import { db } from "../client";
import { withOrganisation } from "../tenant-context";

export async function revokeScimToken(principal: Principal, scimTokenId: string): Promise<{ id: string; revokedAt: string }> {
  return withOrganisation(principal.organisationId, async () => {
    if (principal.kind !== "user" || !can(principal, "organisation:manage")) throw new ForbiddenError();
    if (!isUuid(scimTokenId)) throw new NotFoundError("SCIM token");
    const organisationId = principal.organisationId;
    return db().$transaction(async (tx) => {
      const { count } = await tx.scimToken.updateMany({
        where: { id: scimTokenId, organisationId, revokedAt: null },
        data: { revokedAt: new Date() },
      });
      const token = await tx.scimToken.findFirst({ where: { id: scimTokenId, organisationId }, select: { id: true, revokedAt: true } });
      if (!token?.revokedAt) throw new NotFoundError("SCIM token");
      if (count === 1)
        await tx.auditLog.create({
          data: {
            organisationId,
            actorId: principal.membershipId,
            action: "scimToken.revoke",
            targetType: "ScimToken",
            targetId: token.id,
          },
        });
      return { id: token.id, revokedAt: token.revokedAt.toISOString() };
    });
  });
}
