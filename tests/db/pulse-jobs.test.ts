// Invitations and reminders through the pg-boss queue against real PostgreSQL and a real SMTP
// server: the worker is stopped mid-schedule and a new one started, and still every employee
// gets exactly one invitation and at most one reminder (respondents none). Recurring pulses
// get exactly one next wave, however often the job runs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/tests/db/owner-db";
import { createDueNextWaves } from "@/lib/db/pulses/create-due-next-waves";
import { submitEmployeeResponse } from "@/lib/db/pulses/submit-employee-response";
import { schedulePulseJobs } from "@/lib/jobs/pulse-queue";
import { startJobWorker } from "@/lib/jobs/worker";
import { createPulseOrg, createTestPulse, validAnswer, type PulseOrgFixture } from "./pulse-fixtures";
import { startSmtpCapture, type SmtpCapture } from "../shared/smtp-capture";

let smtp: SmtpCapture;
let org: PulseOrgFixture;

beforeAll(async () => {
  smtp = await startSmtpCapture();
  process.env.SMTP_URL = smtp.url; // before anything reads the cached environment
  process.env.APP_URL = "https://pulse.example.test";
  org = await createPulseOrg("jobs", 44);
});

afterAll(async () => smtp.close());

/** Polls the database (no timing assertion: only a generous deadline against a hang). */
async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("pulse mail jobs", () => {
  it(
    "survive a worker restart mid-schedule: one invitation each, at most one reminder, none to respondents",
    { timeout: 180_000 },
    async () => {
      // Closes in 2 days: the reminder (3 days before closing) is due at once, after the invitations.
      const pulseId = await createTestPulse(org, { opensInDays: -1, closesInDays: 2 });
      const respondents = org.employees.slice(0, 2);
      for (const employee of respondents) expect((await submitEmployeeResponse(employee, pulseId, validAnswer(org))).status).toBe("stored");
      const pulse = await db().pulse.findUniqueOrThrow({ where: { id: pulseId } });
      const url = process.env.DATABASE_URL!;

      const first = await startJobWorker(url, { pollingIntervalSeconds: 0.5 });
      await schedulePulseJobs(first.boss, pulse);
      await schedulePulseJobs(first.boss, pulse); // a retried launch queues nothing more
      await until(async () => smtp.received.length > 0, "the first invitations");
      await first.stop();
      const invitedBeforeRestart = await db().pulseParticipation.count({ where: { pulseId, invitedAt: { not: null } } });

      const second = await startJobWorker(url, { pollingIntervalSeconds: 0.5 });
      const participants = await db().pulseParticipation.count({ where: { pulseId } });
      await until(
        async () =>
          (await db().pulseParticipation.count({
            where: { pulseId, OR: [{ invitedAt: null }, { answered: false, remindedAt: null }] },
          })) === 0,
        "all mails",
      );
      await until(
        async () => smtp.received.length >= participants + (participants - respondents.length),
        "the SMTP server to receive them",
      );
      await second.stop();

      expect(invitedBeforeRestart).toBeLessThan(participants); // the restart did happen mid-schedule
      const byRecipient = new Map<string, { invite: number; remind: number }>();
      for (const mail of smtp.received) {
        const counts = byRecipient.get(mail.to[0]!) ?? { invite: 0, remind: 0 };
        if (/ouvert|open/.test(mail.parsed.subject ?? "")) counts.invite++;
        else counts.remind++;
        byRecipient.set(mail.to[0]!, counts);
      }
      const members = await db().pulseParticipation.findMany({
        where: { pulseId },
        select: { answered: true, membership: { select: { user: { select: { email: true } } } } },
      });
      expect(members).toHaveLength(participants);
      for (const member of members) {
        const counts = byRecipient.get(member.membership.user.email) ?? { invite: 0, remind: 0 };
        expect(counts.invite, member.membership.user.email).toBe(1);
        expect(counts.remind).toBe(member.answered ? 0 : 1);
      }
      const sample = smtp.received.find((m) => m.to[0] === org.employees[5]!.email)!;
      expect(sample.parsed.text).toContain(`https://pulse.example.test/fr/p/${pulseId}`);
      expect(sample.parsed.text).toContain("sans votre nom");
    },
  );

  it("creates exactly one next wave of a closed monthly pulse, launched, with the same teams and invitations", async () => {
    const pulseId = await createTestPulse(org, { opensInDays: -20, closesInDays: -5, cadence: "MONTHLY" });
    const first = await createDueNextWaves();
    const again = await createDueNextWaves();
    const previous = await db().pulse.findUniqueOrThrow({ where: { id: pulseId }, include: { teams: true } });
    const waves = await db().pulse.findMany({
      where: { seriesId: previous.seriesId, id: { not: pulseId } },
      include: { teams: true, participations: true },
    });
    expect(waves).toHaveLength(1);
    expect(first).toEqual([waves[0]!.id]);
    expect(again).toEqual([]);
    expect(waves[0]!.launchedAt).not.toBeNull();
    expect(waves[0]!.opensAt.getUTCMonth()).toBe((previous.opensAt.getUTCMonth() + 1) % 12);
    expect(waves[0]!.teams.map((t) => t.teamId).sort()).toEqual(previous.teams.map((t) => t.teamId).sort());
    expect(waves[0]!.participations.length).toBeGreaterThan(0);
    expect(waves[0]!.participations.every((p) => !p.answered && p.invitedAt === null)).toBe(true);
  });
});
