// Revoking an API key (ADMIN): effective on the next request, since every request looks the
// key up (authenticate-api-key.ts). Another organisation's key id is "not found".
import type { Principal } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { db } from "../client";
import { isUuid } from "@/lib/patterns";
import { withOrganisation } from "../tenant-context";
import { asSystem } from "../tenant-context";

/** Idempotent: revoking a revoked key keeps its first revocation date. */
export async function revokeApiKey(principal: Principal, apiKeyId: string): Promise<{ id: string; revokedAt: string }> {
  return withOrganisation(principal.organisationId, async () => {
    if (principal.kind !== "user" || !can(principal, "organisation:manage")) throw new ForbiddenError();
    if (!isUuid(apiKeyId)) throw new NotFoundError("API key");
    const organisationId = principal.organisationId;
    return db().$transaction(async (tx) => {
      const { count } = await tx.apiKey.updateMany({
        where: { id: apiKeyId, organisationId, revokedAt: null },
        data: { revokedAt: new Date() },
      });
      const key = await tx.apiKey.findFirst({ where: { id: apiKeyId, organisationId }, select: { id: true, revokedAt: true } });
      if (!key?.revokedAt) throw new NotFoundError("API key");
      if (count === 1) {
        await tx.auditLog.create({
          data: { organisationId, actorId: principal.membershipId, action: "apiKey.revoke", targetType: "ApiKey", targetId: key.id },
        });
      }
      return { id: key.id, revokedAt: key.revokedAt.toISOString() };
    });
  });
}

/** System level, for `npm run api-key -- revoke` only (the operator holds the database). */
export async function revokeApiKeyForOrganisation(slug: string, apiKeyId: string): Promise<{ id: string; revokedAt: string }> {
  return asSystem(async () => {
    if (!isUuid(apiKeyId)) throw new NotFoundError("API key");
    const key = await db().apiKey.findFirst({ where: { id: apiKeyId, organisation: { slug } }, select: { id: true, revokedAt: true } });
    if (!key) throw new NotFoundError("API key");
    const revokedAt =
      key.revokedAt ??
      (await db().apiKey.update({ where: { id: key.id }, data: { revokedAt: new Date() }, select: { revokedAt: true } })).revokedAt!;
    return { id: key.id, revokedAt: revokedAt.toISOString() };
  });
}
