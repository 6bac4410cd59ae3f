// Unsubscribe against real PostgreSQL and a real SMTP server on 127.0.0.1: a customer's survey
// email carries List-Unsubscribe (one-click) and, when the organisation wrote one, its own
// template; the one-click POST records the suppression (idempotent), a garbage or altered token
// writes nothing; a suppressed address gets no more mail from that organisation (its contacts
// are still created, UNSUBSCRIBED) while another organisation still mails it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiPrincipal } from "@/lib/auth/actor-types";
import { apiScopes } from "@/lib/auth/api-scopes";
import { authSecret } from "@/lib/auth/secret";
import { db } from "@/tests/db/owner-db";
import { createContacts } from "@/lib/db/contacts/create-contacts";
import { findUnsubscribe, unsubscribeWithToken } from "@/lib/db/wording/unsubscribe";
import { saveEmailTemplate } from "@/lib/db/wording/wording-settings";
import { sendDueLinkEmails } from "@/lib/mail/link-emails";
import { contactIdOfUnsubscribeToken, unsubscribeTokenFor } from "@/lib/wording/unsubscribe-token";
import { POST } from "@/app/api/unsubscribe/[token]/route";
import { createOrgFixture, type OrgFixture } from "./fixtures";
import { startSmtpCapture, type SmtpCapture } from "../shared/smtp-capture";

const APP_URL = "https://nps.example.test";
let smtp: SmtpCapture;
let org: OrgFixture;
let other: OrgFixture;

const keyOf = (o: OrgFixture): ApiPrincipal => ({
  kind: "apiKey",
  organisationId: o.organisationId,
  apiKeyId: "00000000-0000-7000-8000-000000000000",
  name: "test",
  scopes: apiScopes,
});

beforeAll(async () => {
  smtp = await startSmtpCapture();
  process.env.SMTP_URL = smtp.url;
  process.env.APP_URL = APP_URL;
  org = await createOrgFixture("unsub", 0);
  other = await createOrgFixture("unsub2", 0);
});

afterAll(async () => smtp.close());

async function newContact(o: OrgFixture, externalId: string, email: string) {
  const { results } = await createContacts(
    keyOf(o),
    [
      {
        externalId,
        teamExternalId: `${o === org ? "unsub" : "unsub2"}-T1`,
        channel: "phone",
        momentOfTruth: "complaint",
        locale: "fr",
        customerEmail: email,
      },
    ],
    { baseUrl: APP_URL },
  );
  const result = results[0]!;
  if (result.status !== "created") throw new Error(JSON.stringify(result));
  return result.id;
}

const mailsTo = (email: string) => smtp.received.filter((mail) => mail.to.some((to) => to.toLowerCase() === email.toLowerCase()));
const header = (mail: SmtpCapture["received"][number], name: string) =>
  mail.parsed.headerLines.find((line) => line.key === name)?.line.replace(/\r?\n\s+/g, " ");
const post = (token: string) =>
  POST(new Request(`${APP_URL}/api/unsubscribe/${token}`, { method: "POST", body: "List-Unsubscribe=One-Click" }), {
    params: Promise.resolve({ token }),
  });

describe("unsubscribe tokens", () => {
  it("round-trip a contact id and refuse an altered or foreign one", () => {
    const id = "0193a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b";
    const token = unsubscribeTokenFor(authSecret(), id);
    expect(token).toMatch(/^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{22}$/);
    expect(contactIdOfUnsubscribeToken(authSecret(), token)).toBe(id);
    const altered = `${token.slice(0, -2)}${token.endsWith("AA") ? "BB" : "AA"}`;
    expect(contactIdOfUnsubscribeToken(authSecret(), altered)).toBeNull();
    expect(contactIdOfUnsubscribeToken("another secret of at least thirty-two chars", token)).toBeNull();
    expect(contactIdOfUnsubscribeToken(authSecret(), "garbage")).toBeNull();
  });
});

describe("survey link emails and unsubscribing", () => {
  it("carry List-Unsubscribe one-click and the organisation's own template, escaped", async () => {
    const saved = await saveEmailTemplate(org.actors.CX, {
      kind: "SURVEY_LINK",
      locale: "fr",
      subject: "{{organisation}} vous écoute",
      body: "Bonjour,\n\nDites-nous tout avant le {{closesOn}} : {{link}}",
    });
    expect(saved).toEqual({ ok: true, reset: false });
    await db().organisation.update({ where: { id: org.organisationId }, data: { name: "Atelier <Nord> & Fils" } });
    const id = await newContact(org, "tpl-1", "tpl@customer.test");
    await sendDueLinkEmails();
    const [mail] = mailsTo("tpl@customer.test");
    expect(mail!.parsed.subject).toBe("Atelier <Nord> & Fils vous écoute");
    expect(mail!.parsed.html).toContain("Atelier &lt;Nord&gt; &amp; Fils");
    expect(mail!.parsed.html).not.toContain("<Nord>");
    expect(mail!.parsed.text).toContain("Dites-nous tout avant le");
    const token = unsubscribeTokenFor(authSecret(), id);
    expect(header(mail!, "list-unsubscribe")).toBe(`List-Unsubscribe: <${APP_URL}/api/unsubscribe/${token}>`);
    expect(header(mail!, "list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect(mail!.parsed.text).toContain(`${APP_URL}/fr/unsubscribe/${token}`);
  });

  it("a garbage or altered token is refused and writes nothing", async () => {
    const before = await db().emailSuppression.count();
    expect((await post("garbage")).status).toBe(404);
    const id = await newContact(org, "alt-1", "alt@customer.test");
    const token = unsubscribeTokenFor(authSecret(), id);
    const dot = token.indexOf(".");
    const flipped = `${token.slice(0, dot + 1)}${token[dot + 1] === "A" ? "B" : "A"}${token.slice(dot + 2)}`;
    expect((await post(flipped)).status).toBe(404);
    // A non-canonical spelling of the same bytes (the last character's unused bits) is refused too.
    const last = token.at(-1)!;
    const sibling = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".indexOf(last) ^ 1;
    expect((await post(`${token.slice(0, -1)}${"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"[sibling]}`)).status).toBe(
      404,
    );
    expect(await findUnsubscribe(authSecret(), "garbage")).toEqual({ status: "unknown" });
    expect(await db().emailSuppression.count()).toBe(before);
  });

  it("one-click POST suppresses the address for that organisation only, idempotently; new contacts are created UNSUBSCRIBED", async () => {
    const email = "Leave.Me@Customer.test";
    const pending = await newContact(org, "sup-1", email);
    const first = await newContact(org, "sup-0", email);
    const token = unsubscribeTokenFor(authSecret(), first);
    expect(await findUnsubscribe(authSecret(), token)).toEqual({ status: "open", organisationName: expect.any(String) });

    expect((await post(token)).status).toBe(204);
    expect((await post(token)).status).toBe(204);
    expect(
      await db().emailSuppression.findMany({ where: { organisationId: org.organisationId, email: "leave.me@customer.test" } }),
    ).toHaveLength(1);
    expect((await findUnsubscribe(authSecret(), token)).status).toBe("done");
    // Mails still waiting are stopped.
    expect((await db().contact.findUniqueOrThrow({ where: { id: pending } })).emailStatus).toBe("UNSUBSCRIBED");

    const later = await newContact(org, "sup-2", "leave.me@customer.TEST");
    expect(await db().contact.findUniqueOrThrow({ where: { id: later } })).toMatchObject({
      emailStatus: "UNSUBSCRIBED",
      emailNextAttemptAt: null,
    });
    const elsewhere = await newContact(other, "sup-3", email);
    await sendDueLinkEmails();
    expect(mailsTo(email)).toHaveLength(1);
    expect((await db().contact.findUniqueOrThrow({ where: { id: elsewhere } })).emailStatus).toBe("SENT");
    expect(await unsubscribeWithToken(authSecret(), token)).toBe("done");
  });

  it("refuses an address that is not lower-case in the table itself", async () => {
    await expect(
      db().$executeRaw`INSERT INTO "EmailSuppression" ("organisationId", email) VALUES (${org.organisationId}::uuid, 'Upper@Case.test')`,
    ).rejects.toThrow(/EmailSuppression_email_check/);
  });
});
