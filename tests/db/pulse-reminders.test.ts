// A pulse's reminder plan (issue 13 §2) against real PostgreSQL and a real SMTP server on
// loopback: 0, 1 or 2 reminders, each sent once at its time to those who have not answered
// (two due at once: one mail, both counted), « relancer maintenant » counting the due ones, a
// refused mail retried; a bad plan refused by the data layer and by the CHECK constraints with
// nothing stored; recurring waves keep the plan.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/tests/db/owner-db";
import { createDueNextWaves } from "@/lib/db/pulses/create-due-next-waves";
import { createPulse } from "@/lib/db/pulses/create-pulse";
import { listDuePulseMails } from "@/lib/db/pulses/due-pulse-work";
import { updateDraftPulse } from "@/lib/db/pulses/edit-draft-pulse";
import { getPulseDetail } from "@/lib/db/pulses/get-pulse-detail";
import { submitEmployeeResponse } from "@/lib/db/pulses/submit-employee-response";
import { ExpectedError, ForbiddenError } from "@/lib/errors";
import { sendPulseMails, sendRemindersNow } from "@/lib/mail/pulse-mails";
import type { CreatePulseInput } from "@/lib/pulses/pulse-schema";
import { startSmtpCapture, type SmtpCapture } from "../shared/smtp-capture";
import { createPulseOrg, createTestPulse, validAnswer, type PulseOrgFixture } from "./pulse-fixtures";

const DAY = 86_400_000;
let smtp: SmtpCapture;
let org: PulseOrgFixture;

beforeAll(async () => {
  smtp = await startSmtpCapture();
  process.env.SMTP_URL = smtp.url; // before anything reads the cached environment
  process.env.APP_URL = "https://pulse.example.test";
  org = await createPulseOrg("reminders", 4);
});

afterAll(async () => smtp.close());

/** An open pulse with that plan, its invitations sent, and two people who have answered. */
async function invitedPulse(reminderDays: number[] | undefined, window = { opensInDays: -1, closesInDays: 10 }) {
  const pulseId = await createTestPulse(org, { ...window, ...(reminderDays ? { reminderDays } : {}) });
  await sendPulseMails(pulseId, "invite");
  for (const employee of org.employees.slice(0, 2)) await submitEmployeeResponse(employee, pulseId, validAnswer(org));
  const waiting = await db().pulseParticipation.count({ where: { pulseId, answered: false } });
  expect(waiting).toBeGreaterThan(0);
  return { pulseId, waiting };
}

/** Time passes: the pulse now closes in that many days. */
const closesIn = (pulseId: string, days: number) =>
  db().pulse.update({ where: { id: pulseId }, data: { closesAt: new Date(Date.now() + days * DAY) } });

const remindersTo = (pulseId: string, since: number) =>
  smtp.received.slice(since).filter((mail) => mail.parsed.text?.includes(`/p/${pulseId}`));

const counts = async (pulseId: string) =>
  (await db().pulseParticipation.findMany({ where: { pulseId }, select: { answered: true, remindersSent: true } }))
    .map((p) => `${p.answered ? "answered" : "waiting"}:${p.remindersSent}`)
    .sort();

describe("planned reminders", () => {
  it("sends two reminders, each once at its time, only to those who have not answered", async () => {
    const { pulseId, waiting } = await invitedPulse([7, 2]);
    const before = smtp.received.length;
    expect(await sendPulseMails(pulseId, "remind")).toEqual({ sent: 0, more: false }); // 7 days before closing: not yet

    await closesIn(pulseId, 6); // the first is due, the second not yet
    expect((await listDuePulseMails()).filter((d) => d.pulseId === pulseId)).toEqual([{ pulseId, kind: "remind" }]);
    expect((await sendPulseMails(pulseId, "remind")).sent).toBe(waiting);
    expect((await sendPulseMails(pulseId, "remind")).sent).toBe(0); // a job run twice sends nothing more
    expect((await listDuePulseMails()).filter((d) => d.pulseId === pulseId)).toEqual([]);
    expect(await counts(pulseId)).toEqual([...Array(2).fill("answered:0"), ...Array(waiting).fill("waiting:1")].sort());

    await closesIn(pulseId, 1); // the second is due
    expect((await sendPulseMails(pulseId, "remind")).sent).toBe(waiting);
    expect((await sendPulseMails(pulseId, "remind")).sent).toBe(0);
    expect(await counts(pulseId)).toEqual([...Array(2).fill("answered:0"), ...Array(waiting).fill("waiting:2")].sort());

    const mails = remindersTo(pulseId, before);
    expect(mails).toHaveLength(2 * waiting);
    const respondents = org.employees.slice(0, 2).map((e) => e.email);
    for (const mail of mails) expect(respondents).not.toContain(mail.to[0]);
  });

  it("sends one mail, counting both, when two reminders are due at once", async () => {
    const { pulseId, waiting } = await invitedPulse([7, 2], { opensInDays: -10, closesInDays: 1 });
    const before = smtp.received.length;
    expect((await sendPulseMails(pulseId, "remind")).sent).toBe(waiting);
    expect((await sendPulseMails(pulseId, "remind")).sent).toBe(0);
    expect(remindersTo(pulseId, before)).toHaveLength(waiting);
    expect(await counts(pulseId)).toContain("waiting:2");
  });

  it("sends none with an empty plan, even on the last day", async () => {
    const { pulseId } = await invitedPulse([], { opensInDays: -10, closesInDays: 0.5 });
    const before = smtp.received.length;
    expect((await sendPulseMails(pulseId, "remind")).sent).toBe(0);
    expect((await listDuePulseMails()).filter((d) => d.pulseId === pulseId)).toEqual([]);
    expect(remindersTo(pulseId, before)).toHaveLength(0);
  });

  it("keeps today's rule for a pulse created without a plan: one reminder 3 days before closing", async () => {
    const { pulseId, waiting } = await invitedPulse(undefined);
    expect((await db().pulse.findUniqueOrThrow({ where: { id: pulseId } })).reminderDays).toEqual([3]);
    expect((await sendPulseMails(pulseId, "remind")).sent).toBe(0);
    await closesIn(pulseId, 2.5);
    expect((await sendPulseMails(pulseId, "remind")).sent).toBe(waiting);
  });

  it("retries a refused reminder, and « relancer maintenant » counts the reminders due by then", async () => {
    const { pulseId, waiting } = await invitedPulse([7, 2]);
    await closesIn(pulseId, 6);
    smtp.rejecting = true;
    try {
      expect((await sendPulseMails(pulseId, "remind")).sent).toBe(0);
    } finally {
      smtp.rejecting = false;
    }
    expect(await counts(pulseId)).toContain("waiting:0"); // released for a retry
    expect((await sendPulseMails(pulseId, "remind")).sent).toBe(waiting);

    // A day later HR reminds by hand once the second is due: the job then sends nothing more.
    await closesIn(pulseId, 1);
    await db().pulseParticipation.updateMany({
      where: { pulseId, remindedAt: { not: null } },
      data: { remindedAt: new Date(Date.now() - DAY) },
    });
    expect((await sendRemindersNow(org.actors.HR, pulseId)).sent).toBe(waiting);
    expect(await counts(pulseId)).toContain("waiting:2");
    expect((await sendPulseMails(pulseId, "remind")).sent).toBe(0);
  });
});

const draft = (reminderDays: number[], closesInDays = 14): CreatePulseInput => ({
  name: `Relances ${reminderDays.join("-")} ${closesInDays}`,
  teamId: org.teams.S,
  cadence: "ONE_OFF",
  opensAt: new Date(Date.now() + DAY),
  closesAt: new Date(Date.now() + (1 + closesInDays) * DAY),
  includeItems: true,
  includeIrritants: true,
  includeSuggestion: true,
  reminderDays,
  allowDuplicateName: true,
});

const pulseWrites = async () => ({
  pulses: await db().pulse.count({ where: { organisationId: org.organisationId } }),
  audits: await db().auditLog.count({ where: { organisationId: org.organisationId } }),
});

describe("the plan as HR sets it", () => {
  it("is stored, shown in the detail and audited", async () => {
    const { id } = await createPulse(org.actors.HR, draft([10, 3]));
    expect((await getPulseDetail(org.actors.HR, id)).reminderDays).toEqual([10, 3]);
    const audit = await db().auditLog.findFirstOrThrow({ where: { targetId: id, action: "pulse.create" } });
    expect(audit.metadata).toMatchObject({ reminderDays: [10, 3] });
    await updateDraftPulse(org.actors.ADMIN, id, draft([]));
    expect((await getPulseDetail(org.actors.HR, id)).reminderDays).toEqual([]);
  });

  it("refuses a reminder on or before the opening, more than two, duplicates, or after closing, storing nothing", async () => {
    const { id } = await createPulse(org.actors.HR, draft([3]));
    const before = await pulseWrites();
    for (const days of [[14], [20], [5, 4, 3], [3, 3], [0], [-2]]) {
      await expect(createPulse(org.actors.HR, draft(days))).rejects.toMatchObject({ code: "INVALID_INPUT", message: "reminderDays" });
      await expect(updateDraftPulse(org.actors.HR, id, draft(days))).rejects.toBeInstanceOf(ExpectedError);
    }
    expect(await pulseWrites()).toEqual(before);
    expect((await db().pulse.findUniqueOrThrow({ where: { id } })).reminderDays).toEqual([3]);
  });

  it("is refused by the database too (CHECK): 3 reminders, a duplicate, 0 or 366 days, 3 sent", async () => {
    const { id } = await createPulse(org.actors.HR, draft([3]));
    for (const reminderDays of [[5, 4, 3], [3, 3], [0], [366]])
      await expect(db().pulse.update({ where: { id }, data: { reminderDays } })).rejects.toThrow(/check/i);
    const pulseId = await createTestPulse(org);
    const one = await db().pulseParticipation.findFirstOrThrow({ where: { pulseId } });
    await expect(
      db().pulseParticipation.update({
        where: { pulseId_membershipId: { pulseId, membershipId: one.membershipId } },
        data: { remindersSent: 3 },
      }),
    ).rejects.toThrow(/check/i);
  });

  it("stays HR's and ADMIN's: other roles are refused, nothing stored", async () => {
    const before = await pulseWrites();
    for (const role of ["CX", "EMPLOYEE"] as const)
      await expect(createPulse(org.actors[role], draft([3]))).rejects.toBeInstanceOf(ForbiddenError);
    expect(await pulseWrites()).toEqual(before);
  });

  it("is kept by each next wave of a recurring pulse", async () => {
    const pulseId = await createTestPulse(org, { opensInDays: -20, closesInDays: -5, cadence: "MONTHLY", reminderDays: [6, 1] });
    const created = await createDueNextWaves();
    const { seriesId } = await db().pulse.findUniqueOrThrow({ where: { id: pulseId } });
    const wave = await db().pulse.findFirstOrThrow({ where: { seriesId, id: { not: pulseId } } });
    expect(created).toContain(wave.id);
    expect(wave.reminderDays).toEqual([6, 1]);
  });
});
