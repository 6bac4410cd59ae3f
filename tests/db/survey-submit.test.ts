// Submitting a customer response: stored once whatever the concurrency (the database
// enforces single use), bad input stores nothing, detractors open a FollowUp and queue a
// webhook in the same transaction.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/tests/db/owner-db";
import { findSurveyLink } from "@/lib/db/survey-links/find-survey-link";
import { submitCustomerResponse } from "@/lib/db/survey-links/submit-customer-response";
import { answer, countWrites, createLinkedContact, createSurveyOrg, type SurveyOrgFixture } from "./survey-fixtures";

let org: SurveyOrgFixture;
let other: SurveyOrgFixture;

beforeAll(async () => {
  org = await createSurveyOrg("survey-a", { webhookUrl: "http://127.0.0.1:9/hook", webhookSecret: "s3cret" });
  other = await createSurveyOrg("survey-b");
});

describe("findSurveyLink", () => {
  it("gives the form with the organisation's customer-side catalogue in the URL's language", async () => {
    const { token } = await createLinkedContact(org);
    const fr = await findSurveyLink(token, "fr");
    expect(fr).toMatchObject({ status: "open", organisationName: "Org survey-a", brandColor: "#1d4ed8" });
    if (fr.status !== "open") throw new Error("expected open");
    expect(fr.items.map((i) => i.text)).toContain("Le conseiller m’a écouté");
    expect(fr.items).toHaveLength(5);
    const en = await findSurveyLink(token, "en");
    if (en.status !== "open") throw new Error("expected open");
    expect(en.items.map((i) => i.text)).toContain("The advisor listened to me");
    expect(en.irritants.length).toBeGreaterThan(0);
  });

  it("tells unknown, malformed, expired and answered links apart", async () => {
    expect(await findSurveyLink("AAAAAAAAAAAAAAAAAAAAAA", "fr")).toEqual({ status: "unknown" });
    expect(await findSurveyLink("../../etc/passwd", "fr")).toEqual({ status: "unknown" });
    const expired = await createLinkedContact(org, { expiresInDays: -1 });
    expect(await findSurveyLink(expired.token, "fr")).toMatchObject({ status: "expired" });
    const used = await createLinkedContact(org);
    await submitCustomerResponse(used.token, answer());
    expect(await findSurveyLink(used.token, "fr")).toMatchObject({ status: "answered" });
  });
});

describe("submitCustomerResponse", () => {
  it("stores the response with items and irritants, copying the contact's attributes", async () => {
    const { token, contactId } = await createLinkedContact(org, { team: "T2", locale: "en" });
    const itemId = org.catalogue.items.ecoute!;
    const irritantId = Object.values(org.catalogue.customerIrritants)[0]!;
    const result = await submitCustomerResponse(
      token,
      answer({ score: 8, comment: "Bien", items: { [itemId]: 4 }, irritantIds: [irritantId], irritantOther: "Parking" }),
    );
    expect(result).toMatchObject({ status: "stored" });
    const stored = await db().customerResponse.findUniqueOrThrow({
      where: { contactId },
      include: { items: true, irritants: true, followUp: true },
    });
    expect(stored).toMatchObject({
      teamId: org.teams.T2,
      channel: "PHONE",
      locale: "en",
      score: 8,
      comment: "Bien",
      irritantOther: "Parking",
      followUp: null,
    });
    expect(stored.items).toEqual([expect.objectContaining({ itemId, value: 4 })]);
    expect(stored.irritants).toEqual([expect.objectContaining({ irritantId })]);
  });

  it("50 concurrent submissions of one token (different submissionIds) store exactly 1 row", async () => {
    const { token, contactId } = await createLinkedContact(org);
    const results = await Promise.all(Array.from({ length: 50 }, () => submitCustomerResponse(token, answer({ score: 10 }))));
    expect(await db().customerResponse.count({ where: { contactId } })).toBe(1);
    expect(results.filter((r) => r.status === "stored")).toHaveLength(1);
    expect(results.filter((r) => r.status === "answered")).toHaveLength(49);
  });

  it("50 concurrent submissions with the same submissionId store 1 row and all get the thank-you", async () => {
    const { token, contactId } = await createLinkedContact(org);
    const same = answer({ score: 3 });
    const results = await Promise.all(Array.from({ length: 50 }, () => submitCustomerResponse(token, same)));
    expect(await db().customerResponse.count({ where: { contactId } })).toBe(1);
    expect(await db().followUp.count({ where: { response: { contactId } } })).toBe(1);
    for (const result of results) expect(["stored", "duplicate"]).toContain(result.status);
    expect(results.filter((r) => r.status === "stored")).toHaveLength(1);
  });

  it("a later retry of the same submission is the same thank-you; a new one is 'already answered'", async () => {
    const { token } = await createLinkedContact(org);
    const first = answer();
    expect((await submitCustomerResponse(token, first)).status).toBe("stored");
    expect((await submitCustomerResponse(token, first)).status).toBe("duplicate");
    expect((await submitCustomerResponse(token, answer())).status).toBe("answered");
  });

  it("refuses expired and unknown links and stores nothing", async () => {
    const before = await countWrites(org.organisationId);
    const expired = await createLinkedContact(org, { expiresInDays: -1 });
    expect((await submitCustomerResponse(expired.token, answer())).status).toBe("expired");
    expect((await submitCustomerResponse("AAAAAAAAAAAAAAAAAAAAAA", answer())).status).toBe("unknown");
    expect((await submitCustomerResponse("not a token", answer())).status).toBe("unknown");
    expect(await countWrites(org.organisationId)).toEqual(before);
  });

  it("refuses items and irritants outside the organisation's customer catalogue, storing nothing", async () => {
    const { token } = await createLinkedContact(org);
    const before = await countWrites(org.organisationId);
    const foreignItem = other.catalogue.items.ecoute!;
    const employeeIrritant = Object.values(org.catalogue.employeeIrritants)[0]!;
    const foreignIrritant = Object.values(other.catalogue.customerIrritants)[0]!;
    expect(await submitCustomerResponse(token, answer({ items: { [foreignItem]: 3 } }))).toEqual({ status: "invalid", fields: ["items"] });
    expect(await submitCustomerResponse(token, answer({ irritantIds: [employeeIrritant] }))).toEqual({
      status: "invalid",
      fields: ["irritants"],
    });
    expect(await submitCustomerResponse(token, answer({ irritantIds: [foreignIrritant, randomUUID()] }))).toEqual({
      status: "invalid",
      fields: ["irritants"],
    });
    expect(await countWrites(org.organisationId)).toEqual(before);
    expect(await countWrites(other.organisationId)).toMatchObject({ responses: 3, items: 0, irritants: 0 });
    expect((await findSurveyLink(token, "fr")).status).toBe("open");
  });

  it("a detractor opens a FollowUp for the team and queues a webhook without the customer's email", async () => {
    const { token, contactId } = await createLinkedContact(org, { team: "T3", email: "client@example.com" });
    expect((await submitCustomerResponse(token, answer({ score: 6, comment: "Trop long" }))).status).toBe("stored");
    const response = await db().customerResponse.findUniqueOrThrow({ where: { contactId }, include: { followUp: true } });
    expect(response.followUp).toMatchObject({ teamId: org.teams.T3, status: "OPEN", organisationId: org.organisationId });
    const deliveries = await db().webhookDelivery.findMany({
      where: { organisationId: org.organisationId, payload: { path: ["responseId"], equals: response.id } },
    });
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]).toMatchObject({ event: "response.detractor", status: "PENDING", attempts: 0 });
    const payload = JSON.stringify(deliveries[0]!.payload);
    expect(payload).not.toContain("client@example.com");
    expect(deliveries[0]!.payload).toMatchObject({
      score: 6,
      comment: "Trop long",
      followUpId: response.followUp!.id,
      team: { id: org.teams.T3 },
    });
  });

  it("a detractor of an organisation without webhook gets a FollowUp and no delivery; a passive gets neither", async () => {
    const detractor = await createLinkedContact(other);
    const passive = await createLinkedContact(other);
    await submitCustomerResponse(detractor.token, answer({ score: 0 }));
    await submitCustomerResponse(passive.token, answer({ score: 7 }));
    expect(await db().followUp.count({ where: { response: { contactId: detractor.contactId } } })).toBe(1);
    expect(await db().followUp.count({ where: { response: { contactId: passive.contactId } } })).toBe(0);
    expect(await db().webhookDelivery.count({ where: { organisationId: other.organisationId } })).toBe(0);
  });
});
