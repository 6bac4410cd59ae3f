// The link-email, webhook and detractor-alert drains on pg-boss, against real PostgreSQL, a real SMTP
// server and a real webhook receiver, with two workers and the cron schedules off (so the minute sweep
// cannot hide a broken chain): survey link emails, detractor webhooks and the alerts to the team's
// manager go out without any call from the code that created them, each exactly once, also after
// one worker stops mid-way and for work created later (the drains keep re-queuing themselves); a
// chain broken by a crashed worker is re-armed by the minute sweep.
import { apiScopes } from "@/lib/auth/api-scopes";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ApiPrincipal } from "@/lib/auth/actor-types";
import { db } from "@/tests/db/owner-db";
import { createContacts } from "@/lib/db/contacts/create-contacts";
import { submitCustomerResponse } from "@/lib/db/survey-links/submit-customer-response";
import { QUEUES } from "@/lib/jobs/boss";
import { startJobWorker } from "@/lib/jobs/worker";
import { startMailCapture, type SmtpCapture } from "../shared/smtp-capture";
import { answer, createLinkedContact, createSurveyOrg, type SurveyOrgFixture } from "./survey-fixtures";

const APP_URL = "https://nps.example.test";
const SECRET = "whsec-drain-secret";
let smtp: SmtpCapture;
let server: http.Server;
const hooks: string[] = [];
let org: SurveyOrgFixture;
let key: ApiPrincipal;

beforeAll(async () => {
  smtp = await startMailCapture(APP_URL);
  server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      hooks.push(JSON.parse(Buffer.concat(chunks).toString("utf8")).id);
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const hookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  org = await createSurveyOrg("drains", { webhookUrl: hookUrl, webhookSecret: SECRET });
  key = {
    kind: "apiKey",
    organisationId: org.organisationId,
    apiKeyId: "00000000-0000-7000-8000-000000000000",
    name: "test",
    scopes: apiScopes,
  };
});

afterAll(async () => {
  await smtp.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** Polls (no timing assertion: only a deadline against a hang, well under the sweep's minute it would not need). */
async function until(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function contacts(prefix: string, count: number): Promise<string[]> {
  const inputs = Array.from({ length: count }, (_, i) => ({
    externalId: `${prefix}-${i}`,
    teamExternalId: "drains-T1",
    channel: "phone",
    momentOfTruth: "complaint",
    locale: "fr" as const,
    customerEmail: `${prefix}-${i}@customer.test`,
  }));
  const { results } = await createContacts(key, inputs, { baseUrl: APP_URL });
  expect(results.every((r) => r.status === "created")).toBe(true);
  return inputs.map((input) => input.customerEmail);
}

async function detractors(count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const { token } = await createLinkedContact(org);
    expect((await submitCustomerResponse(token, answer({ score: 1 }))).status).toBe("stored");
  }
}

const mailsTo = (email: string) => smtp.received.filter((mail) => mail.to.includes(email)).length;
/** The survey-link mails (the detractors' alerts to their managers go through the same server). */
const linkMails = () => smtp.received.filter((mail) => mail.to.some((to) => to.endsWith("@customer.test")));

describe("job drains", () => {
  it(
    "send link emails, webhooks and detractor alerts once each, by themselves, across two workers and a stop",
    { timeout: 180_000 },
    async () => {
      vi.spyOn(console, "log").mockImplementation(() => {});
      const url = process.env.DATABASE_URL!;
      const options = { pollingIntervalSeconds: 0.5, cron: false };
      const [first, second] = await Promise.all([startJobWorker(url, options), startJobWorker(url, options)]);

      const early = await contacts("early", 120); // more than one batch
      await detractors(5);
      await until(() => linkMails().length > 0, "the first link emails");
      await first.stop();
      await until(() => linkMails().length >= early.length && hooks.length >= 5, "every early mail and webhook");

      // Created after the first passes: only a drain that re-queued itself picks them up.
      const late = await contacts("late", 3);
      await detractors(2);
      await until(
        () => linkMails().length >= early.length + late.length && hooks.length >= 7 && mailsTo(org.actors.MANAGER.email) >= 7,
        "the late mails, webhooks and detractor alerts",
      );
      await second.stop();

      for (const email of [...early, ...late]) expect(mailsTo(email), email).toBe(1);
      expect(linkMails()).toHaveLength(early.length + late.length);
      // Each detractor told once to the team's manager, by whichever worker claimed it.
      expect(mailsTo(org.actors.MANAGER.email)).toBe(7);
      expect(smtp.received).toHaveLength(early.length + late.length + 7);
      expect(new Set(hooks).size).toBe(7);
      expect(hooks).toHaveLength(7);
      expect(await db().webhookDelivery.count({ where: { organisationId: org.organisationId, status: "DELIVERED", attempts: 1 } })).toBe(7);
      expect(await db().contact.count({ where: { organisationId: org.organisationId, emailStatus: "SENT", emailAttempts: 1 } })).toBe(
        early.length + late.length,
      );
    },
  );

  it("the sweep re-arms a drain whose run a crashed worker left hanging", { timeout: 120_000 }, async () => {
    vi.spyOn(console, "log").mockImplementation(() => {});
    const worker = await startJobWorker(process.env.DATABASE_URL!, { pollingIntervalSeconds: 0.5, cron: false });
    // Take the chain's queued run as a crashed worker would: fetched (active), never completed.
    const deadline = Date.now() + 30_000;
    while ((await worker.boss.fetch(QUEUES.linkEmails, { ignoreStartAfter: true })).length === 0) {
      if (Date.now() > deadline) throw new Error("the link-email drain never queued a run");
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const orphans = await contacts("orphan", 2);
    await worker.boss.send(QUEUES.sweep, {});
    await until(() => orphans.every((email) => mailsTo(email) === 1), "the sweep to restart the drain");
    await worker.stop();
  });
});
