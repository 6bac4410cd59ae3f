// Creating integrator API keys: by an ADMIN in Settings, or by the CLI for an organisation
// slug. The key is returned once and only its SHA-256 is stored (docs/security.md "API keys").
import { z } from "zod";
import type { Principal } from "@/lib/auth/actor-types";
import { ZApiScopes, type ApiScope } from "@/lib/auth/api-scopes";
import { can } from "@/lib/auth/policy";
import { ExpectedError, ForbiddenError } from "@/lib/errors";
import { mintApiKey } from "@/lib/surveys/tokens";
import { db } from "../client";
import { organisationIdOfSlug } from "../internal/organisations/organisation-id-of-slug";
import { withOrganisation } from "../tenant-context";
import { asSystem } from "../tenant-context";

export const ZCreateApiKeyInput = z.object({
  name: z.string().trim().min(1, "must not be empty").max(100, "must be at most 100 characters"),
  scopes: ZApiScopes,
});
export type CreateApiKeyInput = z.infer<typeof ZCreateApiKeyInput>;

export interface CreatedApiKeyDto {
  id: string;
  name: string;
  prefix: string;
  scopes: ApiScope[];
  createdAt: string;
  /** The whole key: shown once, never retrievable again. */
  key: string;
}

/** The first problem, named after its field, for a person to read. */
const firstIssue = (error: z.ZodError) => {
  const issue = error.issues[0];
  return issue ? `${String(issue.path[0] ?? "input")} ${issue.message}` : "invalid input";
};

async function insertKey(
  organisationId: string,
  { name, scopes }: CreateApiKeyInput,
  createdById: string | null,
): Promise<CreatedApiKeyDto> {
  const { key, prefix, hash } = mintApiKey();
  const row = await db().$transaction(async (tx) => {
    const created = await tx.apiKey.create({
      data: { organisationId, name, prefix, keyHash: hash, scopes, createdById },
      select: { id: true, name: true, prefix: true, createdAt: true },
    });
    // Audit the event without the key (AuditLog never holds secrets).
    await tx.auditLog.create({
      data: {
        organisationId,
        actorId: createdById,
        action: "apiKey.create",
        targetType: "ApiKey",
        targetId: created.id,
        metadata: { name, prefix, scopes },
      },
    });
    return created;
  });
  return { ...row, scopes, createdAt: row.createdAt.toISOString(), key };
}

/** ADMIN only; anyone else (API keys included) is refused. */
export async function createApiKey(principal: Principal, input: unknown): Promise<CreatedApiKeyDto> {
  return withOrganisation(principal.organisationId, async () => {
    if (principal.kind !== "user" || !can(principal, "organisation:manage")) throw new ForbiddenError();
    const parsed = ZCreateApiKeyInput.safeParse(input);
    if (!parsed.success) throw new ExpectedError("INVALID_INPUT", firstIssue(parsed.error));
    return insertKey(principal.organisationId, parsed.data, principal.membershipId);
  });
}

/** System level, for `npm run api-key` only: whoever runs it already holds the database. */
export async function createApiKeyForOrganisation(
  slug: string,
  name: string,
  scopes: readonly string[],
): Promise<CreatedApiKeyDto & { organisationId: string }> {
  return asSystem(async () => {
    const parsed = ZCreateApiKeyInput.safeParse({ name, scopes });
    if (!parsed.success) throw new ExpectedError("INVALID_INPUT", firstIssue(parsed.error));
    const organisationId = await organisationIdOfSlug(slug);
    return { ...(await insertKey(organisationId, parsed.data, null)), organisationId };
  });
}
