// Creating a SCIM token: by an ADMIN in Settings, or by the CLI for an organisation slug. The token
// is returned once and only its SHA-256 is stored (docs/scim.md); the creation is audited.
import { z } from "zod";
import type { Principal } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ExpectedError, ForbiddenError } from "@/lib/errors";
import { mintScimToken } from "@/lib/scim/scim-token";
import { db } from "../client";
import { organisationIdOfSlug } from "../internal/organisations/organisation-id-of-slug";
import { asSystem, withOrganisation } from "../tenant-context";

export const ZCreateScimTokenInput = z.object({
  name: z.string().trim().min(1, "must not be empty").max(100, "must be at most 100 characters"),
});

export interface CreatedScimTokenDto {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  /** The whole token: shown once, never retrievable again. */
  token: string;
}

async function insertToken(organisationId: string, name: string, createdById: string | null): Promise<CreatedScimTokenDto> {
  const { token, prefix, hash } = mintScimToken();
  const row = await db().$transaction(async (tx) => {
    const created = await tx.scimToken.create({
      data: { organisationId, name, prefix, tokenHash: hash, createdById },
      select: { id: true, name: true, prefix: true, createdAt: true },
    });
    await tx.auditLog.create({
      data: {
        organisationId,
        actorId: createdById,
        action: "scimToken.create",
        targetType: "ScimToken",
        targetId: created.id,
        metadata: { name, prefix },
      },
    });
    return created;
  });
  return { ...row, createdAt: row.createdAt.toISOString(), token };
}

function parseName(input: unknown): string {
  const parsed = ZCreateScimTokenInput.safeParse(input);
  if (!parsed.success) throw new ExpectedError("INVALID_INPUT", `name ${parsed.error.issues[0]?.message ?? "is invalid"}`);
  return parsed.data.name;
}

/** ADMIN only; anyone else (API keys included) is refused. */
export async function createScimToken(principal: Principal, input: unknown): Promise<CreatedScimTokenDto> {
  return withOrganisation(principal.organisationId, async () => {
    if (principal.kind !== "user" || !can(principal, "organisation:manage")) throw new ForbiddenError();
    return insertToken(principal.organisationId, parseName(input), principal.membershipId);
  });
}

/** System level, for `npm run scim-token` only: whoever runs it already holds the database. */
export async function createScimTokenForOrganisation(
  slug: string,
  name: string,
): Promise<CreatedScimTokenDto & { organisationId: string }> {
  return asSystem(async () => {
    const valid = parseName({ name });
    const organisationId = await organisationIdOfSlug(slug);
    return { ...(await insertToken(organisationId, valid, null)), organisationId };
  });
}
