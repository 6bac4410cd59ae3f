// Resolves a presented SCIM token to its organisation (docs/scim.md). Unknown, malformed and
// revoked tokens all give null (one 401). lastUsedAt is refreshed at most once a minute.
import type { ScimPrincipal } from "@/lib/auth/actor-types";
import { SCIM_TOKEN_PATTERN } from "@/lib/scim/scim-token";
import { hashSecret } from "@/lib/surveys/tokens";
import { pool } from "../client";
import { asSystem } from "../tenant-context";

const FIND_SQL = `
SELECT id, "organisationId", name, ("lastUsedAt" IS NULL OR "lastUsedAt" < now() - interval '1 minute') AS stale
FROM "ScimToken" WHERE "tokenHash" = $1 AND "revokedAt" IS NULL`;

const TOUCH_SQL = `
UPDATE "ScimToken" SET "lastUsedAt" = now()
WHERE id = $1 AND ("lastUsedAt" IS NULL OR "lastUsedAt" < now() - interval '1 minute')`;

export async function authenticateScimToken(token: string): Promise<ScimPrincipal | null> {
  if (!SCIM_TOKEN_PATTERN.test(token)) return null;
  // The token's hash is the credential: the organisation is not known before it is found.
  return asSystem(async () => {
    const { rows } = await pool().query<{ id: string; organisationId: string; name: string; stale: boolean }>(FIND_SQL, [
      Buffer.from(hashSecret(token)),
    ]);
    const found = rows[0];
    if (!found) return null;
    if (found.stale) await pool().query(TOUCH_SQL, [found.id]);
    return {
      kind: "apiKey",
      organisationId: found.organisationId,
      apiKeyId: found.id,
      scimTokenId: found.id,
      name: `SCIM: ${found.name}`,
      scopes: ["directory:write"],
    };
  });
}
