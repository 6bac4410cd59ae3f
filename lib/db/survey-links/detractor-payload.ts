// The `response.detractor` webhook payload: what an integrator needs to call the customer
// back through its own CRM, by ids it knows. Never the customer's email (issue 3).
import type { CustomerResponseInput } from "@/lib/surveys/response-schema";
import type { Channel, Locale } from "../generated/client";

export interface LinkContext {
  id: string;
  organisationId: string;
  expiresAt: Date;
  usedAt: Date | null;
  organisation: { name: string; brandColor: string; webhookUrl: string | null };
  contact: {
    id: string;
    teamId: string;
    momentOfTruthId: string;
    channel: Channel;
    locale: Locale;
    externalId: string | null;
    agentExternalId: string | null;
    team: { externalId: string | null; name: string };
    momentOfTruth: { key: string };
  };
}

export function buildDetractorPayload(
  link: LinkContext,
  input: CustomerResponseInput,
  stored: { responseId: string; followUpId: string; submittedAt: Date },
) {
  const { contact } = link;
  return {
    responseId: stored.responseId,
    followUpId: stored.followUpId,
    submittedAt: stored.submittedAt.toISOString(),
    score: input.score,
    comment: input.comment,
    contact: { id: contact.id, externalId: contact.externalId, agentExternalId: contact.agentExternalId },
    team: { id: contact.teamId, externalId: contact.team.externalId, name: contact.team.name },
    channel: contact.channel,
    locale: contact.locale,
    momentOfTruth: contact.momentOfTruth.key,
  };
}
