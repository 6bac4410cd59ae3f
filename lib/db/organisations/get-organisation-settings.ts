// Organisation settings for ADMIN: configuration values and headline counts.
import type { Actor } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ForbiddenError } from "@/lib/errors";
import { db } from "../client";

export interface OrganisationSettingsDto {
  name: string;
  slug: string;
  minGroupSize: number;
  minVerbatimGroupSize: number;
  linkExpiryDays: number;
  teamCount: number;
  memberCount: number;
  apiKeyCount: number;
}

export async function getOrganisationSettings(actor: Actor): Promise<OrganisationSettingsDto> {
  if (!can(actor, "organisation:manage")) throw new ForbiddenError();
  const organisation = await db().organisation.findUniqueOrThrow({
    where: { id: actor.organisationId },
    select: {
      name: true,
      slug: true,
      minGroupSize: true,
      minVerbatimGroupSize: true,
      linkExpiryDays: true,
      _count: { select: { teams: true, memberships: true, apiKeys: { where: { revokedAt: null } } } },
    },
  });
  const { _count, ...settings } = organisation;
  return { ...settings, teamCount: _count.teams, memberCount: _count.memberships, apiKeyCount: _count.apiKeys };
}
