// "Retry now" on a failed link email against real PostgreSQL and a real SMTP server: a contact the
// mail job gave up on goes back to PENDING with one audit row and is then sent by the job; every
// refusal (no address, answered, expired, not failed, an attempt already scheduled, another
// organisation, a role without `contacts:manage`) writes nothing at all.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiPrincipal } from "@/lib/auth/actor-types";
import { db } from "@/tests/db/owner-db";
import { createContacts } from "@/lib/db/contacts/create-contacts";
import { listContacts } from "@/lib/db/contacts/list-contacts";
import { retryContactEmail } from "@/lib/db/contacts/retry-contact-email";
import { MAX_EMAIL_ATTEMPTS } from "@/lib/db/contacts/claim-due-link-emails";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { sendDueLinkEmails } from "@/lib/mail/link-emails";
import { createOrgFixture, unknownLink, type OrgFixture } from "./fixtures";
import { startMailCapture, type SmtpCapture } from "../shared/smtp-capture";
import { apiScopes } from "@/lib/auth/api-scopes";

const APP_URL = "https://nps.example.test";
let smtp: SmtpCapture;
let a: OrgFixture;
let b: OrgFixture;

beforeAll(async () => {
  smtp = await startMailCapture(APP_URL);
  [a, b] = await Promise.all([createOrgFixture("alpha", 0), createOrgFixture("beta", 0)]);
});

afterAll(async () => smtp.close());

type ContactOverrides = {
  customerEmail?: string | null;
  emailStatus?: "NONE" | "PENDING" | "SENT" | "FAILED";
  linkExpiresAt?: Date;
  linkUsedAt?: Date;
  emailNextAttemptAt?: Date | null;
};

/** A contact the mail job gave up on (FAILED after 6 attempts), changed by `overrides`. */
async function failedContact(org: OrgFixture, overrides: ContactOverrides = {}): Promise<string> {
  const mot = await db().momentOfTruth.findFirstOrThrow({ where: { organisationId: org.organisationId, key: "complaint" } });
  const contact = await db().contact.create({
    data: {
      organisationId: org.organisationId,
      teamId: org.teams.T1,
      momentOfTruthId: mot.id,
      channel: "PHONE",
      locale: "fr",
      occurredAt: new Date(),
      externalId: `R-${randomUUID().slice(0, 8)}`,
      customerEmail: "jane@customer.test",
      emailStatus: "FAILED",
      emailAttempts: MAX_EMAIL_ATTEMPTS,
      emailLastError: "Can't send mail - all recipients were rejected: 550 5.1.1 mailbox unavailable",
      emailNextAttemptAt: null,
      ...unknownLink(),
      ...overrides,
    },
  });
  return contact.id;
}

const stored = (id: string) => db().contact.findUniqueOrThrow({ where: { id } });
const auditRows = (org: OrgFixture) => db().auditLog.findMany({ where: { organisationId: org.organisationId, targetType: "Contact" } });

describe("retryContactEmail", () => {
  it("puts a failed contact back to PENDING, due now, with one audit row; the mail job then sends it", async () => {
    const id = await failedContact(a);
    const before = Date.now();
    expect(await retryContactEmail(a.actors.CX, { contactId: id })).toEqual({ ok: true });
    const after = await stored(id);
    expect(after).toMatchObject({ emailStatus: "PENDING", emailAttempts: MAX_EMAIL_ATTEMPTS, customerEmail: "jane@customer.test" });
    expect(after.emailNextAttemptAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(after.emailNextAttemptAt!.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    expect(await auditRows(a)).toEqual([
      expect.objectContaining({
        actorId: a.actors.CX.membershipId,
        action: "contact.email.retry",
        targetId: id,
        metadata: { attempts: MAX_EMAIL_ATTEMPTS, lastError: expect.stringContaining("550") },
      }),
    ]);

    expect(await sendDueLinkEmails()).toMatchObject({ sent: 1 });
    expect(smtp.received.filter((mail) => mail.to.includes("jane@customer.test"))).toHaveLength(1);
    expect(await stored(id)).toMatchObject({
      emailStatus: "SENT",
      emailAttempts: MAX_EMAIL_ATTEMPTS + 1,
      emailNextAttemptAt: null,
      emailLastError: null,
    });
    const [row] = (await listContacts(a.actors.CX, { filters: { q: after.externalId! } })).rows;
    expect(row).toMatchObject({ id, emailStatus: "SENT", customerEmail: "j***@customer.test" });
  });

  it("the real loop: a refused send fails visibly, then retry now gets it out", async () => {
    const { results } = await createContacts(
      { kind: "apiKey", organisationId: a.organisationId, apiKeyId: randomUUID(), name: "test", scopes: apiScopes } satisfies ApiPrincipal,
      [
        {
          externalId: "LOOP-1",
          teamExternalId: "alpha-T1",
          channel: "phone",
          momentOfTruth: "complaint",
          locale: "fr",
          customerEmail: "loop@customer.test",
        },
      ],
      { baseUrl: APP_URL },
    );
    const id = results[0]!.status === "created" ? results[0]!.id : "";
    smtp.rejecting = true;
    try {
      await sendDueLinkEmails();
    } finally {
      smtp.rejecting = false;
    }
    const [failed] = (await listContacts(a.actors.ADMIN, { filters: { emailStatus: "FAILED", q: "LOOP-" } })).rows;
    expect(failed).toMatchObject({ id, emailStatus: "FAILED", emailAttempts: 1 });
    expect(failed!.emailLastError).toMatch(/550/);
    expect(failed!.emailLastError).not.toContain("loop@customer.test");
    // A retry is scheduled by the job (backoff): "retry now" would race it, so it is refused.
    expect(await retryContactEmail(a.actors.ADMIN, { contactId: id })).toEqual({ ok: false, reason: "scheduled" });
    // The job gives up (as after the last attempt): now it may be retried by hand.
    await db().contact.update({ where: { id }, data: { emailNextAttemptAt: null } });
    expect(await retryContactEmail(a.actors.ADMIN, { contactId: id })).toEqual({ ok: true });
    expect(await sendDueLinkEmails()).toMatchObject({ sent: 1 });
    expect(await stored(id)).toMatchObject({ emailStatus: "SENT" });
  });

  it("may retry a failed contact whose next attempt is already due (the job has not run yet)", async () => {
    const id = await failedContact(a, { emailNextAttemptAt: new Date(Date.now() - 60_000) });
    expect(await retryContactEmail(a.actors.ADMIN, { contactId: id })).toEqual({ ok: true });
    expect((await stored(id)).emailStatus).toBe("PENDING");
  });

  const refusals: Array<[string, ContactOverrides | "response", string]> = [
    ["no email address", { customerEmail: null }, "noEmail"],
    ["answered through the link", { linkUsedAt: new Date() }, "answered"],
    ["answered by a stored response", "response", "answered"],
    ["link expired", { linkExpiresAt: new Date(Date.now() - 1000) }, "expired"],
    ["email already sent", { emailStatus: "SENT" }, "notFailed"],
    ["email pending", { emailStatus: "PENDING", emailNextAttemptAt: new Date() }, "notFailed"],
    ["no email ever asked", { emailStatus: "NONE", customerEmail: null }, "notFailed"],
    ["an attempt scheduled or in flight", { emailNextAttemptAt: new Date(Date.now() + 600_000) }, "scheduled"],
  ];

  it.each(refusals)("refuses when %s, and writes nothing", async (_name, overrides, reason) => {
    const id = await failedContact(a, overrides === "response" ? {} : overrides);
    if (overrides === "response") {
      const contact = await stored(id);
      await db().customerResponse.create({
        data: {
          organisationId: a.organisationId,
          contactId: id,
          teamId: contact.teamId,
          momentOfTruthId: contact.momentOfTruthId,
          channel: "PHONE",
          locale: "fr",
          submissionId: randomUUID(),
          score: 3,
        },
      });
    }
    const before = await stored(id);
    const audits = (await auditRows(a)).length;
    expect(await retryContactEmail(a.actors.CX, { contactId: id })).toEqual({ ok: false, reason });
    expect(await stored(id)).toEqual(before);
    expect(await auditRows(a)).toHaveLength(audits);
  });

  it("another organisation's contact, or an id that is no contact, is not found and untouched", async () => {
    const theirs = await failedContact(b);
    const before = await stored(theirs);
    for (const contactId of [theirs, randomUUID(), "not-a-uuid", '\'; DROP TABLE "Contact"; --']) {
      await expect(retryContactEmail(a.actors.ADMIN, { contactId })).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await stored(theirs)).toEqual(before);
    expect(await auditRows(b)).toEqual([]);
  });

  it.each(["HR", "MANAGER", "EMPLOYEE"] as const)("%s is refused and nothing is written", async (role) => {
    const id = await failedContact(a);
    const before = await stored(id);
    const audits = (await auditRows(a)).length;
    await expect(retryContactEmail(a.actors[role], { contactId: id })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await stored(id)).toEqual(before);
    expect(await auditRows(a)).toHaveLength(audits);
  });
});
