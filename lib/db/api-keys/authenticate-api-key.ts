// Resolves a presented API key to its organisation. Unknown, malformed and revoked keys
// all give null (the caller answers one 401). lastUsedAt is refreshed at most once a minute.
import type { ApiPrincipal } from "@/lib/auth/actor-types";
import { knownScopes } from "@/lib/auth/api-scopes";
import { hashSecret } from "@/lib/surveys/tokens";
import { pool } from "../client";
import { asSystem } from "../tenant-context";

// Plain SQL: every API request runs this first, and Prisma's per-query cost exceeded the lookup's.
const FIND_SQL = `
SELECT id, "organisationId", name, scopes, "requestsPerMinute", ("lastUsedAt" IS NULL OR "lastUsedAt" < now() - interval '1 minute') AS stale
FROM "ApiKey" WHERE "keyHash" = $1 AND "revokedAt" IS NULL`;

// The staleness is rechecked on the row itself, so concurrent requests write it once.
const TOUCH_SQL = `
UPDATE "ApiKey" SET "lastUsedAt" = now()
WHERE id = $1 AND ("lastUsedAt" IS NULL OR "lastUsedAt" < now() - interval '1 minute')`;

/** The principal, with the key's own request limit per minute (null: not limited) for lib/http/api-route.ts. */
export type AuthenticatedApiKey = ApiPrincipal & { requestsPerMinute: number | null };

export async function authenticateApiKey(key: string): Promise<AuthenticatedApiKey | null> {
  return asSystem(async () => {
    if (!/^sym_[A-Za-z0-9_-]{43}$/.test(key)) return null;
    const { rows } = await pool().query<{
      id: string;
      organisationId: string;
      name: string;
      scopes: string[] | null;
      requestsPerMinute: number | null;
      stale: boolean;
    }>({
      name: "api-key-find",
      text: FIND_SQL,
      values: [Buffer.from(hashSecret(key))],
    });
    const found = rows[0];
    if (!found) return null;
    if (found.stale) await pool().query({ name: "api-key-touch", text: TOUCH_SQL, values: [found.id] });
    return {
      kind: "apiKey",
      organisationId: found.organisationId,
      apiKeyId: found.id,
      name: found.name,
      scopes: knownScopes(found.scopes ?? []),
      requestsPerMinute: found.requestsPerMinute,
    };
  });
}
