// « Relancer maintenant » (issue 19 §4) against real PostgreSQL and a real SMTP server on
// loopback: the reminder goes to the invited people who have not answered, once per Paris day
// whatever the clicks (two at once included), audited without a count; other roles, other
// organisations and a pulse that is not open are refused with nothing sent or stamped.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/tests/db/owner-db";
import { submitEmployeeResponse } from "@/lib/db/pulses/submit-employee-response";
import { ExpectedError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { sendRemindersNow } from "@/lib/mail/pulse-mails";
import { startSmtpCapture, type SmtpCapture } from "../shared/smtp-capture";
import { createPulseOrg, createTestPulse, validAnswer, type PulseOrgFixture } from "./pulse-fixtures";

let smtp: SmtpCapture;
let org: PulseOrgFixture;
let other: PulseOrgFixture;

beforeAll(async () => {
  smtp = await startSmtpCapture();
  process.env.SMTP_URL = smtp.url; // before anything reads the cached environment
  process.env.APP_URL = "https://pulse.example.test";
  org = await createPulseOrg("remind-now", 6);
  other = await createPulseOrg("remind-now-b", 0);
});

afterAll(async () => smtp.close());

/** An open pulse whose invitations have gone (stamped as the invitation job does). */
async function invitedPulse(): Promise<string> {
  const pulseId = await createTestPulse(org, { opensInDays: -1, closesInDays: 10 });
  await db().pulseParticipation.updateMany({ where: { pulseId }, data: { invitedAt: new Date() } });
  return pulseId;
}

const stamped = (pulseId: string) => db().pulseParticipation.count({ where: { pulseId, remindedAt: { not: null } } });

describe("send reminder now", () => {
  it("mails those who have not answered, once a day however many clicks", async () => {
    const pulseId = await invitedPulse();
    for (const employee of org.employees.slice(0, 2)) await submitEmployeeResponse(employee, pulseId, validAnswer(org));
    const waiting = await db().pulseParticipation.findMany({
      where: { pulseId, answered: false },
      select: { membership: { select: { user: { select: { email: true } } } } },
    });
    expect(waiting.length).toBe(6); // 8 invited (7 in T1, the manager in S), 2 answered

    // A double click: two posts at once.
    const [first, second] = await Promise.all([sendRemindersNow(org.actors.HR, pulseId), sendRemindersNow(org.actors.HR, pulseId)]);
    expect(first.sent + second.sent).toBe(6);
    const again = await sendRemindersNow(org.actors.ADMIN, pulseId);
    expect(again).toEqual({ mail: true, sent: 0 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const reminders = smtp.received.filter((mail) => mail.parsed.text?.includes(`/p/${pulseId}`));
    expect(reminders.map((mail) => mail.to[0]).sort()).toEqual(waiting.map((w) => w.membership.user.email).sort());
    expect(reminders[0]!.parsed.subject).toMatch(/se termine bientôt/);
    const respondents = org.employees.slice(0, 2).map((e) => e.email);
    for (const mail of reminders) expect(respondents).not.toContain(mail.to[0]);

    const audits = await db().auditLog.findMany({ where: { targetId: pulseId, action: "pulse.remind" } });
    expect(audits).toHaveLength(1);
    expect(Object.keys(audits[0]!.metadata as object)).toEqual(["day"]);

    // Reminded yesterday: due again today.
    await db().pulseParticipation.updateMany({
      where: { pulseId, remindedAt: { not: null } },
      data: { remindedAt: new Date(Date.now() - 2 * 86_400_000) },
    });
    expect((await sendRemindersNow(org.actors.HR, pulseId)).sent).toBe(6);
  });

  it("refuses other roles, other organisations and a pulse that is not open, sending and stamping nothing", async () => {
    const pulseId = await invitedPulse();
    const draft = await createTestPulse(org, { launch: false });
    const mails = smtp.received.length;
    for (const role of ["EMPLOYEE", "MANAGER", "CX"] as const)
      await expect(sendRemindersNow(org.actors[role], pulseId)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(sendRemindersNow(other.actors.HR, pulseId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(sendRemindersNow(org.actors.HR, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
    const refused = await sendRemindersNow(org.actors.HR, draft).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ExpectedError);
    expect((refused as ExpectedError).code).toBe("CONFLICT");
    expect(await stamped(pulseId)).toBe(0);
    expect(smtp.received.length).toBe(mails);
    expect(await db().auditLog.count({ where: { targetId: { in: [pulseId, draft] }, action: "pulse.remind" } })).toBe(0);
  });
});
