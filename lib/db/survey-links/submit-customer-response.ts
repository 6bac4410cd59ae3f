// Stores a customer's answer for a link token, exactly once. The link is consumed by one
// conditional UPDATE in the same transaction as the response (and, for a detractor, its
// FollowUp and webhook outbox row); a retry with the same submissionId gets the same
// thank-you, any other second answer "already answered" (issue 3, SECURITY.md).
import type { CustomerResponseInput, ResponseField } from "@/lib/surveys/response-schema";
import { hashSecret, isWellFormedLinkToken } from "@/lib/surveys/tokens";
import { db } from "../client";
import { Prisma } from "../generated/client";
import { markRollupDirty } from "../rollup/mark-dirty";
import type { SurveyBrandDto } from "./find-survey-link";
import { buildDetractorPayload, type LinkContext } from "./detractor-payload";

export type SubmitResultDto =
  | ({ status: "stored" | "duplicate" } & SurveyBrandDto)
  | ({ status: "answered" | "expired" } & SurveyBrandDto)
  | { status: "unknown" }
  | { status: "invalid"; fields: ResponseField[] };

export const DETRACTOR_MAX_SCORE = 6;

async function loadLink(tokenHash: Uint8Array<ArrayBuffer>): Promise<LinkContext | null> {
  return db().surveyLink.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      organisationId: true,
      expiresAt: true,
      usedAt: true,
      organisation: { select: { name: true, brandColor: true, webhookUrl: true } },
      contact: {
        select: {
          id: true, teamId: true, momentOfTruthId: true, channel: true, locale: true, externalId: true, agentExternalId: true,
          team: { select: { externalId: true, name: true } },
          momentOfTruth: { select: { key: true } },
        },
      },
    },
  });
}

/** Item and irritant ids must be the organisation's active customer-side catalogue. */
async function catalogueErrors(organisationId: string, input: CustomerResponseInput): Promise<ResponseField[]> {
  const itemIds = Object.keys(input.items);
  const [items, irritants] = await Promise.all([
    itemIds.length ? db().mirroredItem.count({ where: { organisationId, active: true, id: { in: itemIds } } }) : 0,
    input.irritantIds.length
      ? db().irritant.count({ where: { organisationId, side: "CUSTOMER", active: true, id: { in: input.irritantIds } } })
      : 0,
  ]);
  const fields: ResponseField[] = [];
  if (items !== itemIds.length) fields.push("items");
  if (irritants !== input.irritantIds.length) fields.push("irritants");
  return fields;
}

/** Why nothing was stored: our own earlier submission, another answer, or expiry. */
async function settle(link: LinkContext, submissionId: string): Promise<SubmitResultDto> {
  const brand = { organisationName: link.organisation.name, brandColor: link.organisation.brandColor };
  const [mine, current] = await Promise.all([
    db().customerResponse.findFirst({ where: { submissionId, contactId: link.contact.id }, select: { id: true } }),
    db().surveyLink.findUnique({ where: { id: link.id }, select: { usedAt: true, contact: { select: { response: { select: { id: true } } } } } }),
  ]);
  if (mine) return { status: "duplicate", ...brand };
  if (!current) return { status: "unknown" };
  if (current.usedAt || current.contact.response) return { status: "answered", ...brand };
  return { status: "expired", ...brand };
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export async function submitCustomerResponse(token: string, input: CustomerResponseInput): Promise<SubmitResultDto> {
  if (!isWellFormedLinkToken(token)) return { status: "unknown" };
  const tokenHash = hashSecret(token);
  const link = await loadLink(tokenHash);
  if (!link) return { status: "unknown" };
  if (link.usedAt || link.expiresAt.getTime() <= Date.now()) return settle(link, input.submissionId);
  const fields = await catalogueErrors(link.organisationId, input);
  if (fields.length) return { status: "invalid", fields };
  try {
    const stored = await db().$transaction(async (tx) => {
      // Row lock + recheck: of concurrent submissions exactly one sees usedAt IS NULL.
      const consumed = await tx.$queryRaw<Array<{ id: string }>>`
        UPDATE "SurveyLink" SET "usedAt" = now()
        WHERE "tokenHash" = ${tokenHash} AND "usedAt" IS NULL AND "expiresAt" > now()
        RETURNING "id"`;
      if (consumed.length === 0) return false;
      await writeResponse(tx, link, input);
      return true;
    }, { maxWait: 10_000, timeout: 15_000 });
    if (stored) return { status: "stored", organisationName: link.organisation.name, brandColor: link.organisation.brandColor };
  } catch (error) {
    // The contact already had a response stored by another path (contactId is unique).
    if (!isUniqueViolation(error)) throw error;
  }
  return settle(link, input.submissionId);
}

async function writeResponse(tx: Prisma.TransactionClient, link: LinkContext, input: CustomerResponseInput): Promise<void> {
  const { organisationId, contact } = link;
  const response = await tx.customerResponse.create({
    data: {
      organisationId,
      contactId: contact.id,
      teamId: contact.teamId,
      momentOfTruthId: contact.momentOfTruthId,
      channel: contact.channel,
      locale: contact.locale,
      submissionId: input.submissionId,
      score: input.score,
      comment: input.comment,
      irritantOther: input.irritantOther,
      items: { createMany: { data: Object.entries(input.items).map(([itemId, value]) => ({ organisationId, itemId, value })) } },
      irritants: { createMany: { data: input.irritantIds.map((irritantId) => ({ organisationId, irritantId })) } },
    },
    select: { id: true, submittedAt: true },
  });
  await markRollupDirty(tx, organisationId, response.submittedAt);
  if (input.score > DETRACTOR_MAX_SCORE) return;
  const followUp = await tx.followUp.create({ data: { organisationId, teamId: contact.teamId, responseId: response.id }, select: { id: true } });
  if (!link.organisation.webhookUrl) return;
  const payload = buildDetractorPayload(link, input, { responseId: response.id, followUpId: followUp.id, submittedAt: response.submittedAt });
  await tx.webhookDelivery.create({ data: { organisationId, event: "response.detractor", payload } });
}
