// The organisation's API keys for the Settings page (ADMIN): never the key or its hash.
import type { Principal } from "@/lib/auth/actor-types";
import { knownScopes, type ApiScope } from "@/lib/auth/api-scopes";
import { can } from "@/lib/auth/policy";
import { ForbiddenError } from "@/lib/errors";
import { db } from "../client";
import type { SecretTokenDto } from "../secret-token-dto";
import { withOrganisation } from "../tenant-context";

export interface ApiKeyDto extends SecretTokenDto {
  scopes: ApiScope[];
  /** Requests per minute before 429 (null: not limited); set with `npm run api-key -- limit`. */
  requestsPerMinute: number | null;
}

export async function listApiKeys(principal: Principal): Promise<ApiKeyDto[]> {
  return withOrganisation(principal.organisationId, async () => {
    if (principal.kind !== "user" || !can(principal, "organisation:manage")) throw new ForbiddenError();
    const keys = await db().apiKey.findMany({
      where: { organisationId: principal.organisationId },
      orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
      select: {
        id: true,
        name: true,
        prefix: true,
        scopes: true,
        createdAt: true,
        lastUsedAt: true,
        revokedAt: true,
        requestsPerMinute: true,
      },
    });
    return keys.map((key) => ({
      ...key,
      scopes: knownScopes(key.scopes),
      createdAt: key.createdAt.toISOString(),
      lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
      revokedAt: key.revokedAt?.toISOString() ?? null,
    }));
  });
}
