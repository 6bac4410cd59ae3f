// Two organisations with something of every kind (contacts, answers on both sides, a pulse,
// an event and its answers, a follow-up, an API key, an import, a webhook delivery) for the
// tenant-isolation matrix: whatever A's principals call must never reach B's rows.
import { apiScopes } from "@/lib/auth/api-scopes";
import type { ApiPrincipal } from "@/lib/auth/actor-types";
import { db } from "@/tests/db/owner-db";
import { createApiKey } from "@/lib/db/api-keys/create-api-key";
import { insertEmployeeResponse } from "@/lib/db/pulses/insert-employee-response";
import { importResponses } from "@/lib/db/response-imports/import-responses";
import { submitCustomerResponse } from "@/lib/db/survey-links/submit-customer-response";
import { eventPeriod } from "@/lib/pulses/event-pulse";
import { createDefaultCatalogues } from "@/lib/db/internal/organisations/create-catalogues";
import { createOrgFixture, type OrgFixture } from "./fixtures";
import { createTestPulse, type PulseOrgFixture } from "./pulse-fixtures";
import { answer, createLinkedContact } from "./survey-fixtures";

export interface TenantOrg extends PulseOrgFixture {
  key: ApiPrincipal;
  apiKeyId: string;
  pulseId: string;
  eventId: string;
  followUpId: string;
  contactId: string;
  importId: string;
  deliveryId: string;
  /** Every id of this organisation's rows above, to look for in another tenant's results. */
  ids: string[];
}

export interface TenantWorld {
  a: TenantOrg;
  b: TenantOrg;
}

const DAY = 86_400_000;

async function eventAnswers(org: OrgFixture, scores: number[]) {
  const period = eventPeriod(new Date(Date.now() - 90 * DAY));
  for (const score of scores) {
    await db().$transaction((tx) =>
      insertEmployeeResponse(
        tx,
        { organisationId: org.organisationId, pulseId: null, eventType: "ONBOARDING", teamId: org.teams.T1, period },
        { score, comment: null, suggestion: null, items: {}, irritantIds: [], irritantOther: null },
      ),
    );
  }
}

async function tenantOrg(slug: string, eventScores: number[]): Promise<TenantOrg> {
  const org = await createOrgFixture(slug, 6);
  const catalogues = await db().$transaction((tx) => createDefaultCatalogues(tx, org.organisationId));
  const withCatalogues = { ...org, catalogues, catalogue: catalogues, employees: [org.actors.EMPLOYEE] };
  const pulseId = await createTestPulse(withCatalogues, { teamKey: "D" });
  const event = await db().employeeEvent.create({
    data: {
      organisationId: org.organisationId,
      membershipId: org.actors.EMPLOYEE.membershipId,
      type: "ONBOARDING",
      occurredAt: new Date(Date.now() - 40 * DAY),
      surveyDueAt: new Date(Date.now() - 10 * DAY),
    },
  });
  await eventAnswers(org, eventScores);
  const { token, contactId } = await createLinkedContact(withCatalogues, { team: "T1", email: `client@${slug}.test` });
  await submitCustomerResponse(token, answer({ score: 1, comment: `${slug} detractor` }));
  const followUp = await db().followUp.findFirstOrThrow({ where: { response: { contactId } } });
  await db().contact.update({ where: { id: contactId }, data: { emailStatus: "FAILED", emailAttempts: 5 } });
  const created = await createApiKey(org.actors.ADMIN, { name: `${slug} CRM`, scopes: apiScopes });
  const key: ApiPrincipal = {
    kind: "apiKey",
    organisationId: org.organisationId,
    apiKeyId: created.id,
    name: created.name,
    scopes: apiScopes,
  };
  const imported = await importResponses(key, [{ side: "employee", teamExternalId: `${slug}-T2`, period: "2025-01", score: 9 }]);
  const delivery = await db().webhookDelivery.create({
    data: { organisationId: org.organisationId, event: "detractor.created", payload: { slug } },
  });
  const ids = [
    org.organisationId,
    ...Object.values(org.teams),
    pulseId,
    event.id,
    followUp.id,
    contactId,
    created.id,
    imported.importId!,
    delivery.id,
    ...Object.values(org.actors).flatMap((actor) => [actor.userId, actor.membershipId]),
  ];
  return {
    ...withCatalogues,
    key,
    apiKeyId: created.id,
    pulseId,
    eventId: event.id,
    followUpId: followUp.id,
    contactId,
    importId: imported.importId!,
    deliveryId: delivery.id,
    ids,
  };
}

export async function createTenantWorld(): Promise<TenantWorld> {
  // B's event answers differ from A's, so a query that forgets the organisation changes A's figures.
  const a = await tenantOrg("alpha", [10, 10, 9, 8, 3]);
  const b = await tenantOrg("beta", [0, 1, 2, 3, 4, 5, 6]);
  await db().organisation.update({
    where: { id: b.organisationId },
    data: { webhookUrl: "https://hooks.beta.test/in", webhookSecret: "beta-secret-beta-secret" },
  });
  return { a, b };
}

/**
 * What of B's shows in a result: any of its ids, or its names, emails, comment or webhook.
 * (Not its external ids: a refusal may echo the reference the caller gave.)
 */
export function leaksOf(result: unknown, b: TenantOrg): string[] {
  const text =
    JSON.stringify(result, (_key, value: unknown) =>
      value instanceof Map ? [...value.entries()] : value instanceof Set ? [...value] : value,
    ) ?? "";
  return [...b.ids, "beta T", "Org beta", "@beta.test", "beta detractor", "beta CRM", "hooks.beta"].filter((marker) =>
    text.includes(marker),
  );
}
