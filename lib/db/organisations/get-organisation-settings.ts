// Organisation settings for ADMIN: configuration values, the webhook (never its secret, only
// whether one is set) and headline counts.
import type { Actor } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ForbiddenError } from "@/lib/errors";
import { db } from "../client";
import { withOrganisation } from "../tenant-context";

export interface OrganisationSettingsDto {
  name: string;
  slug: string;
  brandColor: string;
  minGroupSize: number;
  minVerbatimGroupSize: number;
  minCustomerResponses: number;
  linkExpiryDays: number;
  syncCreatesEvents: boolean;
  webhookUrl: string | null;
  webhookSecretSet: boolean;
  teamCount: number;
  memberCount: number;
  apiKeyCount: number;
}

export async function getOrganisationSettings(actor: Actor): Promise<OrganisationSettingsDto> {
  return withOrganisation(actor.organisationId, async () => {
    if (!can(actor, "settings:manage")) throw new ForbiddenError();
    const organisation = await db().organisation.findUniqueOrThrow({
      where: { id: actor.organisationId },
      select: {
        name: true,
        slug: true,
        brandColor: true,
        minGroupSize: true,
        minVerbatimGroupSize: true,
        minCustomerResponses: true,
        linkExpiryDays: true,
        syncCreatesEvents: true,
        webhookUrl: true,
        webhookSecret: true,
        _count: { select: { teams: true, memberships: true, apiKeys: { where: { revokedAt: null } } } },
      },
    });
    const { _count, webhookSecret, ...settings } = organisation;
    return {
      ...settings,
      webhookSecretSet: webhookSecret !== null,
      teamCount: _count.teams,
      memberCount: _count.memberships,
      apiKeyCount: _count.apiKeys,
    };
  });
}
