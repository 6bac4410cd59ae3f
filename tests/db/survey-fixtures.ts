// Survey fixtures for db tests: an organisation (tests/db/fixtures.ts) with the default
// catalogues, and contacts with survey links whose token the test knows.
import { randomUUID } from "node:crypto";
import { db } from "@/tests/db/owner-db";
import { createDefaultCatalogues, type DefaultCatalogueIds } from "@/lib/db/internal/organisations/create-catalogues";
import { linkTokenFor } from "@/lib/surveys/tokens";
import type { CustomerResponseInput } from "@/lib/surveys/response-schema";
import { createOrgFixture, type OrgFixture } from "./fixtures";

export const TEST_SECRET = "db-test-secret-db-test-secret-db-test-secret";

export interface SurveyOrgFixture extends OrgFixture {
  catalogue: DefaultCatalogueIds;
}

export async function createSurveyOrg(
  slug: string,
  options: { webhookUrl?: string; webhookSecret?: string } = {},
): Promise<SurveyOrgFixture> {
  const org = await createOrgFixture(slug, 1);
  const catalogue = await db().$transaction((tx) => createDefaultCatalogues(tx, org.organisationId));
  if (options.webhookUrl) {
    await db().organisation.update({
      where: { id: org.organisationId },
      data: { webhookUrl: options.webhookUrl, webhookSecret: options.webhookSecret ?? null },
    });
  }
  return { ...org, catalogue };
}

export async function createLinkedContact(
  org: SurveyOrgFixture,
  options: { team?: keyof OrgFixture["teams"]; expiresInDays?: number; locale?: "fr" | "en"; email?: string } = {},
): Promise<{ contactId: string; token: string }> {
  const id = randomUUID();
  const { token, hash } = linkTokenFor(TEST_SECRET, id);
  await db().contact.create({
    data: {
      id,
      organisationId: org.organisationId,
      teamId: org.teams[options.team ?? "T1"],
      momentOfTruthId: Object.values(org.catalogue.customerMoments)[0]!,
      channel: "PHONE",
      locale: options.locale ?? "en",
      externalId: `ext-${randomUUID()}`,
      customerEmail: options.email ?? null,
      occurredAt: new Date(),
      tokenHash: hash,
      linkExpiresAt: new Date(Date.now() + (options.expiresInDays ?? 30) * 86_400_000),
    },
  });
  return { contactId: id, token };
}

export function answer(overrides: Partial<CustomerResponseInput> = {}): CustomerResponseInput {
  return { submissionId: randomUUID(), score: 9, comment: null, items: {}, irritantIds: [], irritantOther: null, ...overrides };
}

/** Rows a submission may have written, for "nothing stored" assertions. */
export async function countWrites(organisationId: string) {
  const where = { organisationId };
  const [responses, items, irritants, followUps, webhooks, usedLinks] = await Promise.all([
    db().customerResponse.count({ where }),
    db().customerItemAnswer.count({ where }),
    db().customerResponseIrritant.count({ where }),
    db().followUp.count({ where }),
    db().webhookDelivery.count({ where }),
    db().contact.count({ where: { ...where, linkUsedAt: { not: null } } }),
  ]);
  return { responses, items, irritants, followUps, webhooks, usedLinks };
}
