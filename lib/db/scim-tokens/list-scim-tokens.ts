// The organisation's SCIM tokens, for the Settings page (ADMIN) and `npm run scim-token -- list`:
// never the token or its hash. Active tokens first, newest first.
import type { Principal } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ForbiddenError } from "@/lib/errors";
import { db } from "../client";
import { organisationIdOfSlug } from "../internal/organisations/organisation-id-of-slug";
import type { SecretTokenDto } from "../secret-token-dto";
import { asSystem, withOrganisation } from "../tenant-context";

export type ScimTokenDto = SecretTokenDto;

async function readTokens(organisationId: string): Promise<ScimTokenDto[]> {
  const tokens = await db().scimToken.findMany({
    where: { organisationId },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
  return tokens.map((token) => ({
    ...token,
    createdAt: token.createdAt.toISOString(),
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    revokedAt: token.revokedAt?.toISOString() ?? null,
  }));
}

export async function listScimTokens(principal: Principal): Promise<ScimTokenDto[]> {
  return withOrganisation(principal.organisationId, async () => {
    if (principal.kind !== "user" || !can(principal, "organisation:manage")) throw new ForbiddenError();
    return readTokens(principal.organisationId);
  });
}

/** System level, for `npm run scim-token -- list` only: whoever runs it already holds the database. */
export async function listScimTokensForOrganisation(slug: string): Promise<ScimTokenDto[]> {
  return asSystem(async () => {
    return readTokens(await organisationIdOfSlug(slug));
  });
}
