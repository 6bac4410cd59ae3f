// The pulse reminder as the organisation wrote it (issue 13 §2), through the real SMTP capture:
// HR's template for the reminder in French is used, its values escaped in the HTML part, the
// anonymity promise kept in the footer; another organisation keeps the built-in email.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/tests/db/owner-db";
import { saveEmailTemplate } from "@/lib/db/wording/wording-settings";
import { sendRemindersNow } from "@/lib/mail/pulse-mails";
import { startSmtpCapture, type SmtpCapture } from "../shared/smtp-capture";
import { createPulseOrg, createTestPulse, type PulseOrgFixture } from "./pulse-fixtures";

let smtp: SmtpCapture;
let org: PulseOrgFixture;

beforeAll(async () => {
  smtp = await startSmtpCapture();
  process.env.SMTP_URL = smtp.url;
  process.env.APP_URL = "https://pulse.example.test";
  org = await createPulseOrg("pulse-tpl", 2);
});

afterAll(async () => smtp.close());

describe("pulse mail templates", () => {
  it("a reminder uses HR's template, escaped, with the anonymity promise", async () => {
    await db().organisation.update({ where: { id: org.organisationId }, data: { name: "Atelier <Sud>" } });
    expect(
      await saveEmailTemplate(org.actors.HR, {
        kind: "PULSE_REMINDER",
        locale: "fr",
        subject: "{{pulse}} : encore quelques jours",
        body: "Bonjour,\n\n{{organisation}} attend votre avis avant le {{closesOn}}.",
      }),
    ).toEqual({ ok: true, reset: false });
    const pulseId = await createTestPulse(org, { opensInDays: -1, closesInDays: 10 });
    await db().pulseParticipation.updateMany({ where: { pulseId }, data: { invitedAt: new Date() } });
    const { sent } = await sendRemindersNow(org.actors.HR, pulseId);
    expect(sent).toBeGreaterThan(0);
    const mails = smtp.received.filter((mail) => mail.parsed.text?.includes(`/p/${pulseId}`));
    const french = mails.find((mail) => mail.parsed.html && /lang="fr"/.test(mail.parsed.html));
    expect(french!.parsed.subject).toMatch(/ : encore quelques jours$/);
    expect(french!.parsed.text).toContain("Atelier <Sud> attend votre avis avant le");
    expect(french!.parsed.html).toContain("Atelier &lt;Sud&gt; attend votre avis");
    expect(french!.parsed.html).not.toContain("<Sud>");
    expect(french!.parsed.text).toContain("Votre réponse est enregistrée sans votre nom");
  });
});
