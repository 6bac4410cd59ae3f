// Survey link emails against real PostgreSQL and a real SMTP server on 127.0.0.1: the mail
// arrives in the contact's language with a link whose token hashes to the stored one; a
// refusal is recorded and retried, then given up after 6 attempts; two runners at once
// never send a contact twice; logs and stored errors hold neither the address nor the token.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { ApiPrincipal } from "@/lib/auth/actor-types";
import { authSecret } from "@/lib/auth/secret";
import { db } from "@/tests/db/owner-db";
import { createContacts } from "@/lib/db/contacts/create-contacts";
import { MAX_EMAIL_ATTEMPTS } from "@/lib/db/contacts/claim-due-link-emails";
import { sendDueLinkEmails } from "@/lib/mail/link-emails";
import { hashSecret, linkTokenFor } from "@/lib/surveys/tokens";
import { createOrgFixture, type OrgFixture } from "./fixtures";
import { startSmtpCapture, type SmtpCapture } from "../shared/smtp-capture";
import { apiScopes } from "@/lib/auth/api-scopes";

const APP_URL = "https://nps.example.test";
let smtp: SmtpCapture;
let org: OrgFixture;
let key: ApiPrincipal;

beforeAll(async () => {
  smtp = await startSmtpCapture();
  // Before anything reads the (cached) environment: the first db() call below does.
  process.env.SMTP_URL = smtp.url;
  process.env.APP_URL = APP_URL;
  org = await createOrgFixture("mail", 0);
  await db().organisation.update({ where: { id: org.organisationId }, data: { name: "Maison Test & Fils" } });
  key = {
    kind: "apiKey",
    organisationId: org.organisationId,
    apiKeyId: "00000000-0000-7000-8000-000000000000",
    name: "test",
    scopes: apiScopes,
  };
});

afterAll(async () => smtp.close());

afterEach(() => {
  smtp.rejecting = false;
  vi.restoreAllMocks();
});

async function newContacts(prefix: string, locales: Array<"fr" | "en">) {
  const inputs = locales.map((locale, i) => ({
    externalId: `${prefix}-${i}`,
    teamExternalId: "mail-T1",
    channel: "phone",
    momentOfTruth: "complaint",
    locale,
    customerEmail: `${prefix}-${i}@customer.test`,
  }));
  const { results } = await createContacts(key, inputs, { baseUrl: APP_URL });
  return results.map((result, i) => {
    if (result.status !== "created") throw new Error(`fixture contact ${i} not created: ${JSON.stringify(result)}`);
    return { id: result.id, url: result.url, email: inputs[i]!.customerEmail, locale: locales[i]! };
  });
}

const contact = (id: string) => db().contact.findUniqueOrThrow({ where: { id } });
/** Time passing, without waiting: the contact's next attempt becomes due now. */
const makeDue = (id: string) => db().contact.update({ where: { id }, data: { emailNextAttemptAt: new Date(Date.now() - 1000) } });
const mailsTo = (email: string) => smtp.received.filter((mail) => mail.to.includes(email));

describe("sendDueLinkEmails", () => {
  it("emails each PENDING contact its link, in its language, with a token that hashes to the stored link", async () => {
    const [fr, en] = await newContacts("lang", ["fr", "en"]);
    expect((await contact(fr!.id)).emailStatus).toBe("PENDING");

    expect(await sendDueLinkEmails()).toEqual({ sent: 2, failed: 0 });

    for (const sent of [fr!, en!]) {
      const [mail] = mailsTo(sent.email);
      expect(mailsTo(sent.email)).toHaveLength(1);
      const text = mail!.parsed.text ?? "";
      const url = new RegExp(`${APP_URL}/${sent.locale}/r/([A-Za-z0-9_-]{22})`).exec(text);
      expect(url?.[0]).toBe(sent.url);
      const link = await db().contact.findUniqueOrThrow({ where: { id: sent.id }, select: { tokenHash: true } });
      expect(Buffer.from(hashSecret(url![1]!)).equals(Buffer.from(link.tokenHash))).toBe(true);
      expect(url![1]).toBe(linkTokenFor(authSecret(), sent.id).token);
      expect(mail!.parsed.subject).toContain("Maison Test & Fils");
      expect(mail!.parsed.html).toContain(`lang="${sent.locale}"`);
      expect(mail!.parsed.html).toContain("Maison Test &#38; Fils");
      expect(mail!.parsed.html).not.toMatch(/<img/i);
      expect(mail!.parsed.headers.get("content-language")).toBe(sent.locale);
      const stored = await contact(sent.id);
      expect(stored).toMatchObject({ emailStatus: "SENT", emailAttempts: 1, emailNextAttemptAt: null, emailLastError: null });
      expect(stored.emailSentAt).toBeInstanceOf(Date);
    }
    expect(mailsTo(fr!.email)[0]!.parsed.subject).toContain("votre avis");
    expect(mailsTo(en!.email)[0]!.parsed.subject).toContain("your feedback");
    // Sent once: a second pass finds nothing due.
    expect(await sendDueLinkEmails()).toEqual({ sent: 0, failed: 0 });
  });

  it("records a refused recipient as FAILED with backoff, then succeeds on a later retry", async () => {
    const logged: string[] = [];
    for (const level of ["log", "warn", "error", "info"] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(" ")));
    }
    const [c] = await newContacts("refused", ["fr"]);
    const token = linkTokenFor(authSecret(), c!.id).token;
    smtp.rejecting = true;

    expect(await sendDueLinkEmails()).toEqual({ sent: 0, failed: 1 });
    const failed = await contact(c!.id);
    expect(failed).toMatchObject({ emailStatus: "FAILED", emailAttempts: 1, emailSentAt: null });
    expect(failed.emailLastError).toContain("550");
    expect(failed.emailNextAttemptAt!.getTime()).toBeGreaterThan(Date.now());
    // Not due yet: the backoff holds it back.
    expect(await sendDueLinkEmails()).toEqual({ sent: 0, failed: 0 });

    smtp.rejecting = false;
    await makeDue(c!.id);
    expect(await sendDueLinkEmails()).toEqual({ sent: 1, failed: 0 });
    expect(await contact(c!.id)).toMatchObject({ emailStatus: "SENT", emailAttempts: 2, emailNextAttemptAt: null, emailLastError: null });
    expect(mailsTo(c!.email)).toHaveLength(1);

    expect(logged.join("\n")).toContain(c!.id);
    for (const secret of [c!.email, token]) {
      expect(logged.join("\n")).not.toContain(secret);
      expect(failed.emailLastError).not.toContain(secret);
    }
  });

  it(`gives up after ${MAX_EMAIL_ATTEMPTS} attempts, visibly`, async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    vi.spyOn(console, "log").mockImplementation(() => {});
    const [c] = await newContacts("doomed", ["en"]);
    smtp.rejecting = true;
    for (let attempt = 1; attempt <= MAX_EMAIL_ATTEMPTS; attempt++) {
      await makeDue(c!.id);
      expect(await sendDueLinkEmails()).toEqual({ sent: 0, failed: 1 });
      expect((await contact(c!.id)).emailAttempts).toBe(attempt);
    }
    expect(await contact(c!.id)).toMatchObject({ emailStatus: "FAILED", emailAttempts: MAX_EMAIL_ATTEMPTS, emailNextAttemptAt: null });
    expect(await sendDueLinkEmails()).toEqual({ sent: 0, failed: 0 });
    expect(mailsTo(c!.email)).toHaveLength(0);
  });

  it("never sends the same contact twice when two runners work at once", async () => {
    vi.spyOn(console, "log").mockImplementation(() => {});
    const contacts = await newContacts(
      "race",
      Array.from({ length: 40 }, (_, i) => (i % 2 ? "fr" : "en")),
    );
    const outcomes = await Promise.all([sendDueLinkEmails(25), sendDueLinkEmails(25), sendDueLinkEmails(25)]);
    const total = outcomes.reduce((sum, o) => ({ sent: sum.sent + o.sent, failed: sum.failed + o.failed }), { sent: 0, failed: 0 });
    expect(total).toEqual({ sent: 40, failed: 0 });
    // Work was really shared (40 due, at most 25 per runner): at least two runners sent.
    expect(outcomes.filter((o) => o.sent > 0).length).toBeGreaterThanOrEqual(2);
    for (const c of contacts) expect(mailsTo(c.email), c.email).toHaveLength(1);
    expect(await db().contact.count({ where: { id: { in: contacts.map((c) => c.id) }, emailStatus: "SENT", emailAttempts: 1 } })).toBe(40);
  });

  it("leaves contacts without an email alone", async () => {
    const { results } = await createContacts(
      key,
      [{ teamExternalId: "mail-T1", channel: "store", momentOfTruth: "complaint", locale: "fr" }],
      { baseUrl: APP_URL },
    );
    const id = results[0]!.status === "created" ? results[0]!.id : "";
    expect(await sendDueLinkEmails()).toEqual({ sent: 0, failed: 0 });
    expect(await contact(id)).toMatchObject({ emailStatus: "NONE", emailAttempts: 0, emailNextAttemptAt: null });
  });
});
