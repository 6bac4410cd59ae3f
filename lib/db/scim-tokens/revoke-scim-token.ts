// Revoking a SCIM token: by an ADMIN in Settings, or by the CLI for an organisation slug. Effective
// on the next request, since every request looks the token up. Another organisation's token is
// "not found". Idempotent, audited once (the CLI's row has no actor, like its creation's).
import type { Principal } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ExpectedError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/patterns";
import { db } from "../client";
import { organisationIdOfSlug } from "../internal/organisations/organisation-id-of-slug";
import type { Prisma } from "../generated/client";
import { asSystem, withOrganisation } from "../tenant-context";

export interface RevokedScimTokenDto {
  id: string;
  revokedAt: string;
}

/** Revokes the one token of the organisation that `where` names; audits the revocation when it is new. */
async function revokeInOrganisation(
  organisationId: string,
  where: Prisma.ScimTokenWhereInput,
  actorId: string | null,
): Promise<RevokedScimTokenDto> {
  return db().$transaction(async (tx) => {
    const found = await tx.scimToken.findMany({ where: { ...where, organisationId }, select: { id: true }, take: 2 });
    if (found.length === 0) throw new NotFoundError("SCIM token");
    if (found.length > 1) throw new ExpectedError("INVALID_INPUT", "several SCIM tokens start with this prefix: give the token's id");
    const id = found[0]!.id;
    const { count } = await tx.scimToken.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
    const token = await tx.scimToken.findUniqueOrThrow({ where: { id }, select: { id: true, revokedAt: true } });
    if (count === 1)
      await tx.auditLog.create({
        data: { organisationId, actorId, action: "scimToken.revoke", targetType: "ScimToken", targetId: id },
      });
    return { id, revokedAt: token.revokedAt!.toISOString() };
  });
}

/** ADMIN only; anyone else (API keys included) is refused. */
export async function revokeScimToken(principal: Principal, scimTokenId: string): Promise<RevokedScimTokenDto> {
  return withOrganisation(principal.organisationId, async () => {
    if (principal.kind !== "user" || !can(principal, "organisation:manage")) throw new ForbiddenError();
    if (!isUuid(scimTokenId)) throw new NotFoundError("SCIM token");
    return revokeInOrganisation(principal.organisationId, { id: scimTokenId }, principal.membershipId);
  });
}

/**
 * System level, for `npm run scim-token -- revoke` only: whoever runs it already holds the
 * database. The token is named by its id or by the prefix the settings page lists (`scim_` and 8
 * characters, its trailing "…" allowed); a prefix two tokens share is refused.
 */
export async function revokeScimTokenForOrganisation(slug: string, prefixOrId: string): Promise<RevokedScimTokenDto> {
  return asSystem(async () => {
    const named = prefixOrId.trim().replace(/…$/, "");
    const where = isUuid(named) ? { id: named } : /^scim_[A-Za-z0-9_-]{8}$/.test(named) ? { prefix: named } : null;
    if (!where) throw new NotFoundError("SCIM token");
    return revokeInOrganisation(await organisationIdOfSlug(slug), where, null);
  });
}
