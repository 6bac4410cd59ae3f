// Working a detractor follow-up (issue 14 §4): its page's detail (contact, answers, masked email),
// the reveal (assignee and CX only, audited), assigning (only people who may handle the team),
// notes, due dates, closing with a note, attaching a published action; every refusal stores nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/tests/db/owner-db";
import { getFollowUp } from "@/lib/db/follow-ups/follow-up-detail";
import { listFollowUps } from "@/lib/db/follow-ups/list-follow-ups-page";
import { revealFollowUpEmail, workFollowUp } from "@/lib/db/follow-ups/work-follow-up";
import { submitCustomerResponse } from "@/lib/db/survey-links/submit-customer-response";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { answer, createLinkedContact, createSurveyOrg, type SurveyOrgFixture } from "./survey-fixtures";

let a: SurveyOrgFixture;
let b: SurveyOrgFixture;
let t1: string;
let t3: string;

async function detractor(org: SurveyOrgFixture, team: "T1" | "T3", email: string) {
  const { token, contactId } = await createLinkedContact(org, { team, email });
  await submitCustomerResponse(token, answer({ score: 3, comment: "Personne ne m'a rappelé" }));
  return (await db().followUp.findFirstOrThrow({ where: { response: { contactId } } })).id;
}

const traces = async (id: string) => ({
  followUp: await db().followUp.findUniqueOrThrow({ where: { id } }),
  events: await db().followUpEvent.count({ where: { followUpId: id } }),
  audit: await db().auditLog.count({ where: { targetId: id } }),
  links: await db().followUpAction.count({ where: { followUpId: id } }),
});

const tomorrow = () => new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  a = await createSurveyOrg("fuw-a");
  b = await createSurveyOrg("fuw-b");
  t1 = await detractor(a, "T1", "jeanne.martin@exemple.fr");
  t3 = await detractor(a, "T3", "paul@exemple.fr");
});

describe("getFollowUp", () => {
  it("shows the contact, the answers and the email masked", async () => {
    const detail = await getFollowUp(a.actors.MANAGER, t1);
    expect(detail.contact).toMatchObject({ channel: "PHONE", email: expect.stringMatching(/^j\*+@exemple\.fr$/) });
    expect(JSON.stringify(detail)).not.toContain("jeanne.martin@");
    expect(detail.response).toMatchObject({ score: 3, comment: "Personne ne m'a rappelé" });
    expect(detail.history.map((e) => e.kind)).toEqual(["CREATED"]);
    // The manager of S may assign to the organisation-wide roles and to themselves, not beyond.
    expect(detail.assignees.map((p) => p.membershipId)).toContain(a.actors.MANAGER.membershipId);
    expect(detail.canReveal).toBe(false);
    expect((await getFollowUp(a.actors.CX, t1)).canReveal).toBe(true);
  });

  it("is not found out of scope: another organisation, a manager's other service, an employee", async () => {
    await expect(getFollowUp(b.actors.ADMIN, t1)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getFollowUp(a.actors.MANAGER, t3)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getFollowUp(a.actors.EMPLOYEE, t1)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getFollowUp(a.actors.ADMIN, "garbage")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("revealFollowUpEmail", () => {
  it("refuses a manager who is not the assignee, with nothing recorded", async () => {
    const before = await traces(t1);
    await expect(revealFollowUpEmail(a.actors.MANAGER, t1)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await traces(t1)).toEqual(before);
  });

  it("gives CX the address, audited and in the history; the assignee too", async () => {
    const before = await traces(t1);
    expect(await revealFollowUpEmail(a.actors.CX, t1)).toBe("jeanne.martin@exemple.fr");
    const after = await traces(t1);
    expect([after.events - before.events, after.audit - before.audit]).toEqual([1, 1]);
    expect(await workFollowUp(a.actors.MANAGER, t1, { op: "assign", assigneeId: a.actors.MANAGER.membershipId })).toEqual({ ok: true });
    expect(await revealFollowUpEmail(a.actors.MANAGER, t1)).toBe("jeanne.martin@exemple.fr");
    const audit = await db().auditLog.findFirstOrThrow({ where: { targetId: t1, action: "followUp.revealEmail" } });
    expect(JSON.stringify(audit.metadata)).not.toContain("jeanne");
  });
});

describe("workFollowUp", () => {
  it("refuses bad input with the field and its code, storing nothing", async () => {
    const cases: Array<[unknown, string, string]> = [
      [{ op: "note", body: "x".repeat(2001) }, "body", "noteTooLong"],
      [{ op: "note", body: "   " }, "body", "noteRequired"],
      [{ op: "due", dueOn: "2020-01-01" }, "dueOn", "duePast"],
      [{ op: "due", dueOn: "2027-13-01" }, "dueOn", "dueInvalid"],
      [{ op: "assign", assigneeId: b.actors.ADMIN.membershipId }, "assigneeId", "assigneeUnknown"],
      [{ op: "assign", assigneeId: a.actors.EMPLOYEE.membershipId }, "assigneeId", "assigneeUnknown"],
      [{ op: "status", status: "CLOSED" }, "note", "noteRequired"],
      [{ op: "status", status: "DONE", note: "x" }, "status", "statusInvalid"],
      [{ op: "attach", actionId: "00000000-0000-4000-8000-000000000000" }, "actionId", "actionUnknown"],
      [{ op: "drop table" }, "form", "opInvalid"],
      ["garbage", "form", "opInvalid"],
    ];
    for (const [input, field, code] of cases) {
      const before = await traces(t1);
      expect(await workFollowUp(a.actors.HR, t1, input), JSON.stringify(input)).toEqual({ ok: false, field, code });
      expect(await traces(t1)).toEqual(before);
    }
  });

  it("a manager assigns, notes, sets a due date, closes with a note, and it stays findable with its history", async () => {
    await db().organisation.update({ where: { id: a.organisationId }, data: { webhookUrl: "https://hooks.example.test/in" } });
    const manager = a.actors.MANAGER;
    expect(await workFollowUp(manager, t1, { op: "note", body: "Premier appel sans réponse" })).toEqual({ ok: true });
    expect(await workFollowUp(manager, t1, { op: "due", dueOn: tomorrow() })).toEqual({ ok: true });
    expect(await workFollowUp(manager, t1, { op: "status", status: "CLOSED", note: "Rappelé, geste accordé" })).toEqual({ ok: true });
    const detail = await getFollowUp(manager, t1);
    expect(detail).toMatchObject({ status: "CLOSED", note: "Rappelé, geste accordé", dueOn: tomorrow(), overdue: false });
    expect(detail.history.map((e) => e.kind)).toEqual([
      "CREATED",
      "EMAIL_REVEALED",
      "ASSIGNED",
      "EMAIL_REVEALED",
      "NOTE",
      "DUE",
      "NOTE",
      "STATUS",
    ]);
    const hooks = await db().webhookDelivery.findMany({ where: { organisationId: a.organisationId }, orderBy: { createdAt: "asc" } });
    expect(hooks.map((h) => h.event)).toContain("followup.closed");
    expect(JSON.stringify(hooks.map((h) => h.payload))).not.toContain("@exemple.fr");
    // Reopening is allowed.
    expect(await workFollowUp(manager, t1, { op: "status", status: "IN_PROGRESS" })).toEqual({ ok: true });
  });

  it("attaches a published action of the team, not an unpublished one or another team's", async () => {
    const make = async (teamId: string, published: boolean) =>
      (
        await db().action.create({
          data: {
            organisationId: a.organisationId,
            teamId,
            title: published ? "Rappel sous 48 h" : "Brouillon",
            publishedAt: published ? new Date() : null,
            publishedSummary: published ? "Chaque client est rappelé sous 48 h." : null,
            teams: { create: [{ organisationId: a.organisationId, teamId }] },
          },
        })
      ).id;
    const published = await make(a.teams.T1, true);
    const draft = await make(a.teams.T1, false);
    const elsewhere = await make(a.teams.T3, true);
    expect((await getFollowUp(a.actors.HR, t1)).attachable.map((x) => x.id)).toEqual([published]);
    expect(await workFollowUp(a.actors.HR, t1, { op: "attach", actionId: draft })).toMatchObject({ ok: false, code: "actionUnknown" });
    expect(await workFollowUp(a.actors.HR, t1, { op: "attach", actionId: elsewhere })).toMatchObject({ ok: false, code: "actionUnknown" });
    expect(await workFollowUp(a.actors.HR, t1, { op: "attach", actionId: published })).toEqual({ ok: true });
    expect(await workFollowUp(a.actors.HR, t1, { op: "attach", actionId: published })).toEqual({ ok: true });
    const detail = await getFollowUp(a.actors.HR, t1);
    expect(detail.actions.map((x) => x.id)).toEqual([published]);
    expect(detail.history.filter((e) => e.kind === "ACTION_LINKED")).toHaveLength(1);
  });
});

describe("listFollowUps", () => {
  it("filters by status (closed ones findable), team subtree, assignee and overdue, within the scope", async () => {
    const ids = async (actor: (typeof a.actors)[keyof typeof a.actors], filters: unknown) =>
      (await listFollowUps(actor, filters)).rows.map((row) => row.id);
    expect(await ids(a.actors.HR, { status: "all" })).toEqual(expect.arrayContaining([t1, t3]));
    expect(await ids(a.actors.HR, { team: a.teams.T3 })).toEqual([t3]);
    expect(await ids(a.actors.MANAGER, { status: "all" })).toEqual([t1]); // T3 is outside the manager's service
    expect(await ids(a.actors.MANAGER, { assignee: "me" })).toEqual([t1]);
    expect(await ids(a.actors.HR, { assignee: "none" })).toEqual([t3]);
    expect(await ids(a.actors.HR, { overdue: "1" })).toEqual([]);
    await db().followUp.update({ where: { id: t3 }, data: { dueOn: new Date("2026-01-05T00:00:00Z") } });
    expect(await ids(a.actors.HR, { overdue: "1" })).toEqual([t3]);
    expect((await listFollowUps(a.actors.HR, { team: a.teams.T3 })).rows[0]).toMatchObject({ overdue: true, dueOn: "2026-01-05" });
    await workFollowUp(a.actors.HR, t3, { op: "status", status: "CLOSED", note: "Rappelé" });
    expect(await ids(a.actors.HR, {})).not.toContain(t3);
    expect(await ids(a.actors.HR, { status: "CLOSED" })).toEqual([t3]);
    // Unknown filter values are dropped, a forged cursor is said, a foreign team is not found.
    expect(await ids(a.actors.HR, { status: "DROP", assignee: "x" })).toEqual(expect.arrayContaining([t1]));
    await expect(listFollowUps(a.actors.HR, { cursor: "forged" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(listFollowUps(a.actors.HR, { team: b.teams.T1 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(listFollowUps(a.actors.EMPLOYEE, {})).rejects.toBeInstanceOf(ForbiddenError);
  });
});
