// Detractor alerts (issue 14 §4) against real PostgreSQL and a real SMTP server on 127.0.0.1: a new
// detractor mails each manager of its team who chose IMMEDIATE (their own subtree or a managed
// one, in their language, a link and never the customer's address), once; a DAILY manager gets one
// digest a day after 07:00 Paris, of what is new in their subtree, and nothing when nothing is new;
// OFF gets nothing; an overdue follow-up is reminded once, to its assignee or, unassigned, to the
// managers who did not turn alerts off. A manager's choice is theirs alone, validated and audited.
//
// The follow-ups here live in March 2100 and each run is given its time, so this file never waits
// for a clock (the alerts also go out by themselves from the job workers: job-drains.test.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor-types";
import { getDetractorAlerts, updateDetractorAlerts } from "@/lib/db/accounts/detractor-alerts";
import { db } from "@/tests/db/owner-db";
import { ForbiddenError } from "@/lib/errors";
import { sendFollowUpAlerts } from "@/lib/mail/follow-up-alerts";
import { createOrgFixture, type OrgFixture } from "./fixtures";
import { startSmtpCapture, type SmtpCapture } from "../shared/smtp-capture";

const APP_URL = "https://xm.example.test";
const CUSTOMER_EMAIL = "irate.customer@customer.test";
let smtp: SmtpCapture;
let org: OrgFixture;
let other: OrgFixture;
let momentId: string;
const at = (iso: string) => new Date(iso);

/** A manager of `teamId` with that choice (and language, and whether still active). */
async function manager(
  slug: string,
  teamId: string,
  mode: "IMMEDIATE" | "DAILY" | "OFF",
  extra: { locale?: "fr" | "en"; active?: boolean } = {},
) {
  const user = await db().user.create({ data: { email: `${slug}@alerts.test`, name: slug, locale: extra.locale ?? "fr" } });
  const membership = await db().membership.create({
    data: {
      organisationId: org.organisationId,
      userId: user.id,
      role: "MANAGER",
      teamId,
      detractorAlerts: mode,
      active: extra.active ?? true,
      // A DAILY manager's last digest: the evening before the first run.
      lastDigestAt: mode === "DAILY" ? at("2100-03-09T18:00:00Z") : null,
    },
  });
  return { email: user.email, membershipId: membership.id };
}

/** A detractor's follow-up in that team, created at that time, not yet told. */
async function followUp(
  fixture: OrgFixture,
  teamId: string,
  createdAt: string,
  extra: { dueOn?: string; assigneeId?: string; closed?: boolean } = {},
) {
  const moment =
    fixture === org
      ? momentId
      : (
          await db().momentOfTruth.upsert({
            where: { organisationId_side_key: { organisationId: fixture.organisationId, side: "CUSTOMER", key: "alerts-mot" } },
            create: {
              organisationId: fixture.organisationId,
              side: "CUSTOMER",
              key: "alerts-mot",
              labelFr: "Livraison",
              labelEn: "Delivery",
            },
            update: {},
          })
        ).id;
  const contact = await db().contact.create({
    data: {
      organisationId: fixture.organisationId,
      externalId: `alerts-${crypto.randomUUID()}`,
      teamId,
      momentOfTruthId: moment,
      channel: "PHONE",
      locale: "fr",
      customerEmail: CUSTOMER_EMAIL,
      occurredAt: at(createdAt),
      tokenHash: new Uint8Array(crypto.getRandomValues(new Uint8Array(32))),
      linkExpiresAt: at("2100-12-31T00:00:00Z"),
    },
  });
  const response = await db().customerResponse.create({
    data: {
      organisationId: fixture.organisationId,
      contactId: contact.id,
      teamId,
      momentOfTruthId: moment,
      channel: "PHONE",
      locale: "fr",
      submissionId: crypto.randomUUID(),
      score: 3,
      comment: "Colis jamais arrivé.",
      submittedAt: at(createdAt),
    },
  });
  const row = await db().followUp.create({
    data: {
      organisationId: fixture.organisationId,
      responseId: response.id,
      teamId,
      createdAt: at(createdAt),
      dueOn: extra.dueOn ? at(`${extra.dueOn}T00:00:00Z`) : null,
      assigneeId: extra.assigneeId ?? null,
      ...(extra.closed ? { status: "CLOSED" as const, closedAt: at(createdAt), notifiedAt: at(createdAt), note: "Rappelé." } : {}),
    },
  });
  return row.id;
}

const mailsTo = (email: string) => smtp.received.filter((mail) => mail.to.includes(email));
const textOf = (email: string) => mailsTo(email).map((mail) => mail.parsed.text ?? "");

beforeAll(async () => {
  smtp = await startSmtpCapture();
  // Before anything reads the (cached) environment: the first db() call below does.
  process.env.SMTP_URL = smtp.url;
  process.env.APP_URL = APP_URL;
  org = await createOrgFixture("alerts", 0);
  other = await createOrgFixture("alerts-b", 0);
  momentId = (
    await db().momentOfTruth.create({
      data: { organisationId: org.organisationId, side: "CUSTOMER", key: "alerts-mot", labelFr: "Livraison", labelEn: "Delivery" },
    })
  ).id;
});

afterAll(async () => smtp.close());

describe("detractor alerts", () => {
  let immediate: { email: string; membershipId: string };
  let english: { email: string; membershipId: string };
  let daily: { email: string; membershipId: string };
  let off: { email: string; membershipId: string };
  let gone: { email: string; membershipId: string };
  let inT1: string;
  let inT3: string;

  it("mails each IMMEDIATE manager of the team once: their subtree or a managed one, their language, a link, no customer address", async () => {
    // The fixture's teams: D ⊃ S ⊃ T1, T2 and D ⊃ S2 ⊃ T3.
    immediate = await manager("immediate", org.teams.S, "IMMEDIATE");
    await db().managedTeam.create({
      data: { organisationId: org.organisationId, membershipId: immediate.membershipId, teamId: org.teams.S2 },
    });
    english = await manager("english", org.teams.T1, "IMMEDIATE", { locale: "en" });
    daily = await manager("daily", org.teams.S, "DAILY");
    off = await manager("off", org.teams.S, "OFF");
    gone = await manager("gone", org.teams.S, "IMMEDIATE", { active: false });
    inT1 = await followUp(org, org.teams.T1, "2100-03-10T09:00:00Z", { dueOn: "2100-03-13" });
    inT3 = await followUp(org, org.teams.T3, "2100-03-10T09:30:00Z", { dueOn: "2100-03-13" });
    const inB = await followUp(other, other.teams.T1, "2100-03-10T09:45:00Z");

    const first = await sendFollowUpAlerts(at("2100-03-10T10:00:00Z"));
    expect(first.failed).toBe(0);

    expect(
      mailsTo(immediate.email)
        .map((mail) => mail.parsed.subject)
        .sort(),
    ).toEqual(["Nouveau détracteur : alerts T1 (3/10)", "Nouveau détracteur : alerts T3 (3/10)"]);
    expect(mailsTo(english.email).map((mail) => mail.parsed.subject)).toEqual(["New detractor: alerts T1 (3/10)"]);
    const [englishText] = textOf(english.email);
    expect(englishText).toContain(`${APP_URL}/en/follow-ups/${inT1}`);
    expect(englishText).toContain("Delivery");
    for (const email of [off.email, gone.email, org.actors.EMPLOYEE.email, org.actors.HR.email]) expect(mailsTo(email)).toEqual([]);
    // B's manager hears of B's detractor only; nobody of A does.
    expect(mailsTo(other.actors.MANAGER.email).map((mail) => mail.parsed.text)).toEqual([expect.stringContaining(`/fr/follow-ups/${inB}`)]);
    // The fixture's own manager leads S: T1's, not T3's.
    expect(mailsTo(org.actors.MANAGER.email).map((mail) => mail.parsed.subject)).toEqual(["Nouveau détracteur : alerts T1 (3/10)"]);
    const all = smtp.received.flatMap((mail) => [mail.parsed.text ?? "", mail.parsed.html || ""]).join("\n");
    expect(all).not.toContain(CUSTOMER_EMAIL);
    expect(all).not.toContain("Colis jamais arrivé");
    const stamped = await db().followUp.findMany({ where: { id: { in: [inT1, inT3, inB] } }, select: { notifiedAt: true } });
    expect(stamped.every((row) => row.notifiedAt?.toISOString() === "2100-03-10T10:00:00.000Z")).toBe(true);

    // A second run (another worker, a restart) sends none of them again.
    const ours = [immediate, english, daily, off, gone, org.actors.MANAGER, other.actors.MANAGER].map((person) => person.email);
    const oursCount = () => smtp.received.filter((mail) => mail.to.some((to) => ours.includes(to))).length;
    const count = oursCount();
    await sendFollowUpAlerts(at("2100-03-10T10:05:00Z"));
    expect(oursCount()).toBe(count);
  });

  it("gives a DAILY manager one digest a day after 07:00 Paris, of their subtree's new detractors, none when nothing is new", async () => {
    // Run at 10:00 UTC on the 10th: the day's digest (07:00 Paris) is due, the last one being the 9th.
    expect(mailsTo(daily.email)).toHaveLength(1);
    const [digest] = mailsTo(daily.email);
    expect(digest!.parsed.subject).toBe("1 nouveau détracteur dans vos équipes");
    expect(digest!.parsed.text).toContain("alerts T1 : 3/10, Livraison");
    expect(digest!.parsed.text).not.toContain("alerts T3"); // S2 is not theirs
    expect(digest!.parsed.text).toContain(`${APP_URL}/fr/follow-ups`);

    // Before the next day's 07:00 Paris (06:00 UTC in March): nothing, though something is new.
    await followUp(org, org.teams.T2, "2100-03-10T20:00:00Z");
    await sendFollowUpAlerts(at("2100-03-11T05:55:00Z"));
    expect(mailsTo(daily.email)).toHaveLength(1);
    // After it: one digest of what came since the last one.
    await sendFollowUpAlerts(at("2100-03-11T06:05:00Z"));
    expect(mailsTo(daily.email).map((mail) => mail.parsed.subject)).toEqual([
      "1 nouveau détracteur dans vos équipes",
      "1 nouveau détracteur dans vos équipes",
    ]);
    expect(mailsTo(daily.email)[1]!.parsed.text).toContain("alerts T2 : 3/10");
    expect(mailsTo(daily.email)[1]!.parsed.text).not.toContain("alerts T1 :");
    // The day after, nothing new: no mail, and the digest is not owed later either.
    await sendFollowUpAlerts(at("2100-03-12T06:05:00Z"));
    await sendFollowUpAlerts(at("2100-03-12T09:00:00Z"));
    expect(mailsTo(daily.email)).toHaveLength(2);
    expect(mailsTo(off.email)).toEqual([]);
  });

  it("reminds an overdue follow-up once: to its assignee, else to the managers who did not turn alerts off", async () => {
    await db().followUp.update({ where: { id: inT1 }, data: { assigneeId: org.actors.EMPLOYEE.membershipId } });
    await followUp(org, org.teams.T2, "2100-03-10T09:00:00Z", { dueOn: "2100-03-12", closed: true });
    const before = { immediate: mailsTo(immediate.email).length, daily: mailsTo(daily.email).length };

    // Due on the 13th: not overdue on the 13th itself (Paris), even late in the evening.
    await sendFollowUpAlerts(at("2100-03-13T22:30:00Z"));
    expect(mailsTo(org.actors.EMPLOYEE.email)).toEqual([]);
    await sendFollowUpAlerts(at("2100-03-13T23:30:00Z"));
    await sendFollowUpAlerts(at("2100-03-15T08:00:00Z"));

    expect(mailsTo(org.actors.EMPLOYEE.email).map((mail) => mail.parsed.subject)).toEqual(["Suivi en retard : alerts T1 (3/10)"]);
    expect(textOf(org.actors.EMPLOYEE.email)[0]).toContain("Le suivi qui vous est confié");
    // T3's is nobody's: its managers who kept alerts on (the one managing S2) hear of it, once.
    expect(
      mailsTo(immediate.email)
        .slice(before.immediate)
        .map((mail) => mail.parsed.subject),
    ).toEqual(["Suivi en retard : alerts T3 (3/10)"]);
    expect(mailsTo(daily.email)).toHaveLength(before.daily); // S only: not T3's
    expect(mailsTo(off.email)).toEqual([]);
  });
});

describe("a manager's choice of alerts", () => {
  const modeOf = async (actor: Actor) =>
    (await db().membership.findUniqueOrThrow({ where: { id: actor.membershipId }, select: { detractorAlerts: true } })).detractorAlerts;
  const audits = () => db().auditLog.count({ where: { organisationId: org.organisationId, action: "account.detractorAlerts.update" } });

  it("is theirs to set, audited", async () => {
    const manager = org.actors.MANAGER;
    expect(await getDetractorAlerts(manager)).toBe("IMMEDIATE");
    expect(await updateDetractorAlerts(manager, { mode: "DAILY" })).toEqual({ ok: true });
    expect(await getDetractorAlerts(manager)).toBe("DAILY");
    expect(await audits()).toBe(1);
  });

  it("refuses garbage and other roles, changing nothing", async () => {
    const manager = org.actors.MANAGER;
    const before = [await modeOf(manager), await audits()];
    for (const bad of [{ mode: "HOURLY" }, { mode: "" }, {}, null, "DAILY", { mode: "OFF", extra: 1 }]) {
      const result = await updateDetractorAlerts(manager, bad);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/IMMEDIATE, DAILY or OFF|expected|unrecognized/i);
    }
    await expect(updateDetractorAlerts(org.actors.HR, { mode: "OFF" })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await getDetractorAlerts(org.actors.HR)).toBeNull();
    expect([await modeOf(manager), await audits()]).toEqual(before);
  });
});
