// Resolves a presented API key to its organisation. Unknown, malformed and revoked keys
// all give null (the caller answers one 401). lastUsedAt is refreshed at most once a minute.
import type { ApiPrincipal } from "@/lib/auth/actor-types";
import { hashSecret } from "@/lib/surveys/tokens";
import { db } from "../client";

export async function authenticateApiKey(key: string): Promise<ApiPrincipal | null> {
  if (!/^sym_[A-Za-z0-9_-]{43}$/.test(key)) return null;
  const found = await db().apiKey.findUnique({
    where: { keyHash: hashSecret(key) },
    select: { id: true, organisationId: true, name: true, revokedAt: true, lastUsedAt: true },
  });
  if (!found || found.revokedAt) return null;
  if (!found.lastUsedAt || Date.now() - found.lastUsedAt.getTime() > 60_000) {
    await db().apiKey.update({ where: { id: found.id }, data: { lastUsedAt: new Date() } });
  }
  return { kind: "apiKey", organisationId: found.organisationId, apiKeyId: found.id, name: found.name };
}
