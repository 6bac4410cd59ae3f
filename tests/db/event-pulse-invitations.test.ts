// Invitations to personal pulses through the pg-boss sweep against real PostgreSQL and a real
// SMTP server: the worker is stopped mid-way and a new one started, more sweeps run, and each
// due event's employee still gets exactly one invitation (EmployeeEvent.invitedAt); events
// not yet due, closed, answered or of a departed member get none.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/tests/db/owner-db";
import { QUEUES } from "@/lib/jobs/boss";
import { startJobWorker } from "@/lib/jobs/worker";
import { sendEventInvitations } from "@/lib/mail/event-invitations";
import { createPulseOrg, type PulseOrgFixture } from "./pulse-fixtures";
import { startSmtpCapture, type SmtpCapture } from "../shared/smtp-capture";
import type PgBoss from "pg-boss";

let smtp: SmtpCapture;
let org: PulseOrgFixture;
const DAY = 86_400_000;

beforeAll(async () => {
  smtp = await startSmtpCapture();
  process.env.SMTP_URL = smtp.url; // before anything reads the cached environment
  process.env.APP_URL = "https://pulse.example.test";
  org = await createPulseOrg("evinv", 44);
});

afterAll(async () => smtp.close());

/** Polls (no timing assertion: only a generous deadline against a hang). */
async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Runs one sweep now (instead of waiting for the minute cron) and waits until it is done. */
async function sweep(boss: PgBoss): Promise<void> {
  const id = await boss.send(QUEUES.sweep, {});
  await until(async () => (await boss.getJobById(QUEUES.sweep, id!, { includeArchive: true }))?.state === "completed", "the sweep");
}

async function event(membershipId: string, dueInDays: number, extra: { answered?: boolean } = {}) {
  const surveyDueAt = new Date(Date.now() + dueInDays * DAY);
  return db().employeeEvent.create({
    data: {
      organisationId: org.organisationId,
      membershipId,
      type: "JOB_CHANGE",
      occurredAt: new Date(surveyDueAt.getTime() - 30 * DAY),
      surveyDueAt,
      ...extra,
    },
    select: { id: true },
  });
}

describe("personal pulse invitations", () => {
  it("go out exactly once per due event across sweeps and a worker restart, to nobody else", { timeout: 180_000 }, async () => {
    const [a, b, c, d, departed, ...rest] = org.employees;
    const due = [...rest.map((e) => e.membershipId), a!.membershipId];
    const dueIds: string[] = [];
    for (const membershipId of due) dueIds.push((await event(membershipId, -1)).id);
    await event(b!.membershipId, 2); // not yet due
    await event(c!.membershipId, -15); // window closed
    await event(d!.membershipId, -1, { answered: true });
    await event(departed!.membershipId, -1);
    await db().membership.update({ where: { id: departed!.membershipId }, data: { active: false } });
    const url = process.env.DATABASE_URL!;

    const first = await startJobWorker(url, { pollingIntervalSeconds: 0.5 });
    await first.boss.send(QUEUES.sweep, {});
    await until(async () => smtp.received.length > 0, "the first invitations");
    await first.stop();
    const invitedBeforeRestart = await db().employeeEvent.count({ where: { id: { in: dueIds }, invitedAt: { not: null } } });

    const second = await startJobWorker(url, { pollingIntervalSeconds: 0.5 });
    await sweep(second.boss);
    await until(
      async () => (await db().employeeEvent.count({ where: { id: { in: dueIds }, invitedAt: null } })) === 0,
      "every due event stamped",
    );
    await until(async () => smtp.received.length >= dueIds.length, "the SMTP server to receive them");
    await sweep(second.boss);
    await sweep(second.boss);
    expect(await Promise.all([sendEventInvitations(), sendEventInvitations()])).toEqual([
      { sent: 0, more: false },
      { sent: 0, more: false },
    ]);
    await second.stop();

    expect(invitedBeforeRestart).toBeLessThan(dueIds.length); // the restart did happen mid-way
    expect(smtp.received).toHaveLength(dueIds.length);
    const recipients = smtp.received.map((m) => m.to[0]).sort();
    const expected = await db().membership.findMany({ where: { id: { in: due } }, select: { user: { select: { email: true } } } });
    expect(recipients).toEqual(expected.map((m) => m.user.email).sort());
    const mail = smtp.received.find((m) => m.to[0] === a!.email)!;
    expect(mail.parsed.text).toContain(`https://pulse.example.test/fr/e/${dueIds.at(-1)}`);
    expect(mail.parsed.text).toContain("votre changement de poste");
    expect(mail.parsed.text).toContain("sans votre nom");
    expect(await db().employeeEvent.count({ where: { organisationId: org.organisationId, invitedAt: { not: null } } })).toBe(dueIds.length);
  });
});
