// deliverDueWebhooks against a real HTTP server on 127.0.0.1 that checks the signature:
// delivered rows are marked, failures back off exponentially and end FAILED after 8 tries.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/tests/db/owner-db";
import { submitCustomerResponse } from "@/lib/db/survey-links/submit-customer-response";
import { MAX_ATTEMPTS } from "@/lib/db/webhook-deliveries/claim-due-deliveries";
import { deliverDueWebhooks } from "@/lib/webhooks/deliver";
import { verifySignature } from "@/lib/webhooks/sign";
import { answer, createLinkedContact, createSurveyOrg, type SurveyOrgFixture } from "./survey-fixtures";

const SECRET = "whsec-test-secret";
interface Received {
  body: string;
  signatureOk: boolean;
  timestamp: string | undefined;
}
let received: Received[] = [];
let answerStatus = 200;
let server: http.Server;
let url = "";
let org: SurveyOrgFixture;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const signatureOk = verifySignature(SECRET, body, request.headers["x-symetrie-signature"] as string | undefined);
      received.push({ body, signatureOk, timestamp: request.headers["x-symetrie-timestamp"] as string | undefined });
      response.writeHead(signatureOk ? answerStatus : 401).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/symetrie`;
  org = await createSurveyOrg("hooks", { webhookUrl: url, webhookSecret: SECRET });
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(async () => {
  received = [];
  answerStatus = 200;
  await db().webhookDelivery.deleteMany({});
});

async function detractor(score = 2) {
  const { token } = await createLinkedContact(org, { email: "secret-customer@example.com" });
  await submitCustomerResponse(token, answer({ score, comment: "Déçu" }));
}

describe("deliverDueWebhooks", () => {
  it("POSTs a signed JSON body and marks the row DELIVERED", async () => {
    await detractor();
    expect(await deliverDueWebhooks()).toBe(1);
    expect(received).toHaveLength(1);
    const [call] = received;
    expect(call!.signatureOk).toBe(true);
    const body = JSON.parse(call!.body);
    expect(body).toMatchObject({ event: "response.detractor", data: { score: 2, comment: "Déçu" } });
    expect(String(body.timestamp)).toBe(call!.timestamp);
    expect(call!.body).not.toContain("secret-customer@example.com");
    const row = await db().webhookDelivery.findFirstOrThrow({ where: { id: body.id } });
    expect(row).toMatchObject({ status: "DELIVERED", attempts: 1, nextAttemptAt: null, lastError: null });
    expect(await deliverDueWebhooks()).toBe(0); // nothing is due any more
  });

  it("a wrong secret is refused by the receiver and retried later with backoff", async () => {
    await db().organisation.update({ where: { id: org.organisationId }, data: { webhookSecret: "not-the-shared-secret" } });
    try {
      await detractor();
      expect(await deliverDueWebhooks()).toBe(0);
      expect(received[0]!.signatureOk).toBe(false);
      const row = await db().webhookDelivery.findFirstOrThrow({ where: { organisationId: org.organisationId } });
      expect(row).toMatchObject({ status: "PENDING", attempts: 1, lastError: "HTTP 401" });
      expect(row.nextAttemptAt!.getTime()).toBeGreaterThan(Date.now() + 20_000);
    } finally {
      await db().organisation.update({ where: { id: org.organisationId }, data: { webhookSecret: SECRET } });
    }
  });

  it("backs off exponentially and gives up after 8 attempts", async () => {
    answerStatus = 500;
    await detractor();
    const waits: number[] = [];
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      await db().webhookDelivery.updateMany({ where: { status: "PENDING" }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });
      const before = Date.now();
      expect(await deliverDueWebhooks()).toBe(0);
      const row = await db().webhookDelivery.findFirstOrThrow({ where: { organisationId: org.organisationId } });
      expect(row.attempts).toBe(attempt);
      if (row.nextAttemptAt) waits.push(Math.round((row.nextAttemptAt.getTime() - before) / 1000));
    }
    const row = await db().webhookDelivery.findFirstOrThrow({ where: { organisationId: org.organisationId } });
    expect(row).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS, nextAttemptAt: null, lastError: "HTTP 500" });
    expect(waits).toHaveLength(MAX_ATTEMPTS - 1);
    for (let i = 1; i < waits.length; i++) expect(waits[i]! / waits[i - 1]!).toBeCloseTo(2, 0);
    expect(received).toHaveLength(MAX_ATTEMPTS);
  });

  it("an unreachable URL counts as a failed attempt, not a crash", async () => {
    await db().organisation.update({ where: { id: org.organisationId }, data: { webhookUrl: "http://127.0.0.1:9/closed" } });
    try {
      await detractor();
      expect(await deliverDueWebhooks()).toBe(0);
      const row = await db().webhookDelivery.findFirstOrThrow({ where: { organisationId: org.organisationId } });
      expect(row).toMatchObject({ status: "PENDING", attempts: 1 });
      expect(row.lastError).toBeTruthy();
    } finally {
      await db().organisation.update({ where: { id: org.organisationId }, data: { webhookUrl: url } });
    }
  });

  it("concurrent workers never deliver a row twice (FOR UPDATE SKIP LOCKED + lease)", async () => {
    for (let i = 0; i < 6; i++) await detractor();
    const counts = await Promise.all([deliverDueWebhooks(4), deliverDueWebhooks(4), deliverDueWebhooks(4)]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(6);
    expect(received).toHaveLength(6);
    expect(new Set(received.map((r) => JSON.parse(r.body).id)).size).toBe(6);
    expect(await db().webhookDelivery.count({ where: { status: "DELIVERED" } })).toBe(6);
  });

  it("respects the limit", async () => {
    for (let i = 0; i < 3; i++) await detractor();
    expect(await deliverDueWebhooks(2)).toBe(2);
    expect(await deliverDueWebhooks(2)).toBe(1);
  });
});
