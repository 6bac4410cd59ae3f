// The monthly email (issue 15 §3) against real PostgreSQL and a real SMTP server on 127.0.0.1:
// from the 1st at 08:00 Paris, each person who opted in gets the month just ended once — HR the
// organisation's figures, a manager their team's — as their dashboard shows them: a team under
// the group size shows no eNPS (and no count of it); the link opens the report of that month. The
// opt-in is one's own, validated and audited; an employee cannot ask for it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { getMonthlyReportOptIn, updateMonthlyReportOptIn } from "@/lib/db/accounts/monthly-report-opt-in";
import { db } from "@/tests/db/owner-db";
import { markAllRollupsDirty } from "@/lib/db/rollup/refresh";
import { ForbiddenError } from "@/lib/errors";
import { sendMonthlyReports } from "@/lib/mail/monthly-reports";
import { createOrgFixture, unknownLink, type OrgFixture } from "./fixtures";
import { startSmtpCapture, type SmtpCapture } from "../shared/smtp-capture";

const APP_URL = "https://xm.example.test";
let smtp: SmtpCapture;
let org: OrgFixture;
let small: OrgFixture;
const at = (iso: string) => new Date(iso);

/** November 2026 answers of a team: `employees` employee answers (scores 9, 10, 6… cycling) and 12 customer ones. */
async function november(fixture: OrgFixture, teamId: string, employees: number) {
  const { organisationId } = fixture;
  const moment = await db().momentOfTruth.upsert({
    where: { organisationId_side_key: { organisationId, side: "CUSTOMER", key: "monthly-mot" } },
    create: { organisationId, side: "CUSTOMER", key: "monthly-mot", labelFr: "Appel", labelEn: "Call" },
    update: {},
  });
  for (let i = 0; i < 12; i++) {
    const contact = await db().contact.create({
      data: {
        organisationId,
        teamId,
        momentOfTruthId: moment.id,
        channel: "PHONE",
        locale: "fr",
        occurredAt: at("2026-11-10"),
        ...unknownLink(),
      },
    });
    await db().customerResponse.create({
      data: {
        organisationId,
        contactId: contact.id,
        teamId,
        momentOfTruthId: moment.id,
        channel: "PHONE",
        locale: "fr",
        submissionId: randomUUID(),
        score: i < 8 ? 10 : 3,
        submittedAt: at("2026-11-15T10:00:00Z"),
      },
    });
  }
  const period = at("2026-11-01");
  await db().employeeResponse.createMany({
    data: Array.from({ length: employees }, (_, i) => ({ organisationId, teamId, period, score: [9, 10, 6][i % 3]! })),
  });
  await db().employeeRespondent.createMany({
    data: Array.from({ length: employees }, () => ({ organisationId, teamId, period, personId: randomUUID() })),
  });
}

/** Opted in during November (what updateMonthlyReportOptIn does: October counts as sent). */
const optIn = (membershipId: string) =>
  db().membership.update({ where: { id: membershipId }, data: { monthlyReport: true, monthlyReportMonth: at("2026-10-01") } });
const mailsTo = (email: string) => smtp.received.filter((mail) => mail.to.includes(email));

beforeAll(async () => {
  smtp = await startSmtpCapture();
  process.env.SMTP_URL = smtp.url;
  process.env.APP_URL = APP_URL;
  org = await createOrgFixture("monthly", 0);
  small = await createOrgFixture("monthly-small", 0);
  await november(org, org.teams.T1, 6);
  await november(org, org.teams.T3, 6);
  await november(small, small.teams.T1, 3); // under the group size (5)
  // Written without the answer paths' markers: the dashboard's rollups pick them up at the next read.
  for (const fixture of [org, small]) await markAllRollupsDirty(fixture.organisationId);
});

afterAll(async () => smtp.close());

describe("the monthly email", () => {
  it("waits for the 1st at 08:00 Paris, then sends each person who asked the month just ended, once", async () => {
    for (const actor of [org.actors.HR, org.actors.MANAGER, small.actors.MANAGER]) await optIn(actor.membershipId);

    expect((await sendMonthlyReports(at("2026-12-01T06:55:00Z"))).sent).toBe(0); // 07:55 in Paris
    expect(await sendMonthlyReports(at("2026-12-01T07:05:00Z"))).toEqual({ sent: 3, failed: 0, more: false });
    expect(await sendMonthlyReports(at("2026-12-01T09:00:00Z"))).toEqual({ sent: 0, failed: 0, more: false });
    // People who did not ask get nothing.
    for (const actor of [org.actors.ADMIN, org.actors.CX, org.actors.EMPLOYEE]) expect(mailsTo(actor.email)).toEqual([]);
  });

  it("gives HR the organisation's figures and a manager their team's, with the report's link", async () => {
    const [hr] = mailsTo(org.actors.HR.email);
    expect(hr!.parsed.subject).toBe("Vos chiffres de novembre 2026 : Org monthly");
    const hrText = hr!.parsed.text ?? "";
    // 24 customers: 16 promoters, 8 detractors → NPS 33; 12 employees: 4 × (9, 10, 6) → eNPS 67 − 33 = 33.
    expect(hrText).toContain("NPS clients : 33 (n = 24)");
    expect(hrText).toContain("eNPS collaborateurs : 33 (n = 12)");
    expect(hrText).toContain(`${APP_URL}/fr/reports/2026-11`);
    expect(hrText).not.toContain("/teams/");

    const [manager] = mailsTo(org.actors.MANAGER.email);
    expect(manager!.parsed.subject).toBe("Vos chiffres de novembre 2026 : monthly S");
    const text = manager!.parsed.text ?? "";
    expect(text).toContain("NPS clients : 33 (n = 12)");
    expect(text).toContain("eNPS collaborateurs : 33 (n = 6)");
    expect(text).toContain(`${APP_URL}/fr/reports/2026-11/teams/${org.teams.S}`);
  });

  it("shows no eNPS, nor its count, for a team under the group size", async () => {
    const [mail] = mailsTo(small.actors.MANAGER.email);
    const text = mail!.parsed.text ?? "";
    expect(text).toContain("NPS clients : 33 (n = 12)");
    expect(text).toContain("eNPS collaborateurs : pas de chiffre ce mois-ci");
    expect(text).not.toMatch(/eNPS collaborateurs : -?\d/);
    expect(text).not.toContain("n = 3");
  });

  it("is released when the mail is refused, and sent by a later run", async () => {
    await optIn(org.actors.CX.membershipId);
    smtp.rejecting = true;
    expect(await sendMonthlyReports(at("2026-12-01T10:00:00Z"))).toMatchObject({ sent: 0, failed: 1 });
    smtp.rejecting = false;
    expect(await sendMonthlyReports(at("2026-12-01T10:05:00Z"))).toMatchObject({ sent: 1, failed: 0 });
    expect(mailsTo(org.actors.CX.email)).toHaveLength(1);
  });
});

describe("asking for the monthly email", () => {
  const audits = () => db().auditLog.count({ where: { organisationId: small.organisationId, action: "account.monthlyReport.update" } });
  const row = (membershipId: string) =>
    db().membership.findUniqueOrThrow({ where: { id: membershipId }, select: { monthlyReport: true, monthlyReportMonth: true } });

  it("is one's own choice, audited; the first email is next month's", async () => {
    const hr = small.actors.HR;
    expect(await getMonthlyReportOptIn(hr)).toBe(false);
    expect(await updateMonthlyReportOptIn(hr, { enabled: true })).toEqual({ ok: true });
    expect(await getMonthlyReportOptIn(hr)).toBe(true);
    // The month already owed counts as sent: nothing goes before the next 1st.
    expect((await row(hr.membershipId)).monthlyReportMonth).not.toBeNull();
    expect(await sendMonthlyReports()).toMatchObject({ sent: 0 });
    expect(mailsTo(hr.email)).toEqual([]);
    expect(await audits()).toBe(1);
  });

  it("refuses garbage and employees, changing nothing", async () => {
    const hr = small.actors.HR;
    const before = [await row(hr.membershipId), await audits()];
    for (const bad of [{ enabled: "yes" }, {}, null, true, { enabled: true, month: "2026-11" }]) {
      expect(await updateMonthlyReportOptIn(hr, bad)).toMatchObject({ ok: false });
    }
    await expect(updateMonthlyReportOptIn(small.actors.EMPLOYEE, { enabled: true })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await getMonthlyReportOptIn(small.actors.EMPLOYEE)).toBeNull();
    expect([await row(hr.membershipId), await audits()]).toEqual(before);
  });
});
