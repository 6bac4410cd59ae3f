// Issue 11 §9: a failed pulse reminder or personal-pulse invitation must not log who it was
// for — a reminder goes only to people who have not answered, so an address in the log says who
// did not. A real SMTP server on loopback refuses every recipient with a 550 naming the
// address, as strict relays do; the mailers' log lines are read and must hold no address.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/tests/db/owner-db";
import { sendEventInvitations } from "@/lib/mail/event-invitations";
import { sendPulseMails } from "@/lib/mail/pulse-mails";
import { createPulseOrg, createTestPulse, type PulseOrgFixture } from "./pulse-fixtures";
import { startSmtpCapture, type SmtpCapture } from "../shared/smtp-capture";

let smtp: SmtpCapture;
let org: PulseOrgFixture;
const DAY = 86_400_000;

beforeAll(async () => {
  smtp = await startSmtpCapture();
  process.env.SMTP_URL = smtp.url; // before anything reads the cached environment
  process.env.APP_URL = "https://pulse.example.test";
  org = await createPulseOrg("scrub", 4);
  smtp.rejecting = true;
});

afterAll(async () => smtp.close());

/** Everything the code logs while `work` runs, one string per call. */
async function logsOf(work: () => Promise<unknown>): Promise<string[]> {
  const lines: string[] = [];
  const keep = (...args: unknown[]) => void lines.push(args.map(String).join(" "));
  const spies = [vi.spyOn(console, "error").mockImplementation(keep), vi.spyOn(console, "warn").mockImplementation(keep)];
  try {
    await work();
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return lines;
}

async function employeeEmails(): Promise<string[]> {
  const users = await db().user.findMany({
    where: { memberships: { some: { organisationId: org.organisationId } } },
    select: { email: true },
  });
  return users.map((user) => user.email);
}

describe("mail failures are logged without the address", () => {
  it("a refused pulse invitation and reminder log the failure, not who it was for", async () => {
    const pulseId = await createTestPulse(org, { opensInDays: -1, closesInDays: 2 });
    const lines = [
      ...(await logsOf(() => sendPulseMails(pulseId, "invite", 1))),
      ...(await logsOf(() => sendPulseMails(pulseId, "remind", 1))),
    ];
    expect(lines.filter((line) => line.includes("mail failed")).length).toBeGreaterThan(0);
    const emails = await employeeEmails();
    expect(emails.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).not.toMatch(/@/);
      for (const email of emails) expect(line).not.toContain(email.split("@")[0]);
    }
    // Nothing was sent, and the claims were released for a later attempt.
    expect(smtp.received).toHaveLength(0);
    expect(await db().pulseParticipation.count({ where: { pulseId, invitedAt: { not: null } } })).toBe(0);
  });

  it("a refused personal-pulse invitation logs the failure, not who it was for", async () => {
    const person = org.employees[1]!;
    const surveyDueAt = new Date(Date.now() - DAY);
    await db().employeeEvent.create({
      data: {
        organisationId: org.organisationId,
        membershipId: person.membershipId,
        type: "JOB_CHANGE",
        occurredAt: new Date(surveyDueAt.getTime() - 30 * DAY),
        surveyDueAt,
      },
    });
    const lines = await logsOf(() => sendEventInvitations(1));
    expect(lines.filter((line) => line.includes("invitation failed")).length).toBe(1);
    for (const line of lines) {
      expect(line).not.toMatch(/@/);
      expect(line).not.toContain(person.email.split("@")[0]);
    }
    expect(smtp.received).toHaveLength(0);
  });
});
