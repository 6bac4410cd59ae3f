// Working an action (issue 14 §1, §3): editing its fields with a history of [before, after], the
// status one step at a time (doneAt with DONE, a webhook for each change), spending, comments,
// publishing. The owner in another department works it but does not edit it; a status skip, a
// negative amount, a comment over 2000 characters: a clear refusal and nothing stored.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/tests/db/owner-db";
import { getAction } from "@/lib/db/actions/get-action";
import {
  addActionComment,
  changeActionStatus,
  createAction,
  publishAction,
  recordActionSpending,
  unpublishAction,
  updateAction,
} from "@/lib/db/actions/write-actions";
import { auditActionLabel } from "@/lib/organisations/audit-log";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { en } from "@/lib/i18n/messages/en";
import { fr } from "@/lib/i18n/messages/fr";
import { actionRowCounts, createActionOrg, dayFromToday, type ActionOrgFixture } from "./action-fixtures";

let a: ActionOrgFixture;
let actionId: string;

beforeAll(async () => {
  a = await createActionOrg("work-a");
  await db().organisation.update({ where: { id: a.organisationId }, data: { webhookUrl: "https://hooks.example.test/in" } });
  const result = await createAction(a.actors.MANAGER, {
    title: "Postes plus rapides",
    teamId: a.teams.T1,
    ownerId: a.it.membershipId,
    dueDate: dayFromToday(20),
    budgetEuros: 800,
  });
  if (!result.ok) throw new Error(JSON.stringify(result));
  actionId = result.id;
});

async function unchanged(call: () => Promise<unknown>, expected: object) {
  const before = await actionRowCounts(a.organisationId);
  const row = await db().action.findUniqueOrThrow({ where: { id: actionId } });
  expect(await call()).toMatchObject(expected);
  expect(await actionRowCounts(a.organisationId)).toEqual(before);
  expect(await db().action.findUniqueOrThrow({ where: { id: actionId } })).toEqual(row);
}

describe("updateAction", () => {
  it("changes only the fields sent and records each as [before, after]", async () => {
    const result = await updateAction(a.actors.MANAGER, actionId, {
      title: "Postes rapides en agence",
      budgetEuros: "950,5",
      teamIds: [a.teams.T2],
    });
    expect(result).toEqual({ ok: true, id: actionId });
    const detail = await getAction(a.actors.MANAGER, actionId);
    expect(detail).toMatchObject({ title: "Postes rapides en agence", budgetCents: 95_050, dueDate: dayFromToday(20) });
    expect(detail.teams.map((team) => team.id).sort()).toEqual([a.teams.T1, a.teams.T2].sort());
    expect(detail.history.at(-1)!.changes).toMatchObject({
      title: ["Postes plus rapides", "Postes rapides en agence"],
      budgetCents: [80_000, 95_050],
    });
  });

  it("moves the owning team (kept among the concerned ones), clears the owner and the budget, and back", async () => {
    expect(await updateAction(a.actors.MANAGER, actionId, { teamId: a.teams.T2, ownerId: "", budgetEuros: "" })).toMatchObject({
      ok: true,
    });
    const moved = await getAction(a.actors.MANAGER, actionId);
    expect(moved).toMatchObject({ teamId: a.teams.T2, owner: null, budgetCents: null });
    expect(moved.history.at(-1)!.changes).toMatchObject({
      teamId: [a.teams.T1, a.teams.T2],
      ownerId: [a.it.membershipId, null],
      budgetCents: [95_050, null],
    });
    expect(
      await updateAction(a.actors.MANAGER, actionId, { teamId: a.teams.T1, ownerId: a.it.membershipId, budgetEuros: 950.5 }),
    ).toMatchObject({
      ok: true,
    });
    expect(await getAction(a.it, actionId)).toMatchObject({ teamId: a.teams.T1, ownerName: "IT work-a", budgetCents: 95_050 });
  });

  it("writes nothing when nothing changes", async () => {
    await unchanged(() => updateAction(a.actors.MANAGER, actionId, { title: "Postes rapides en agence" }), { ok: true });
  });

  it("refuses a past due date, a team outside the manager's scope, an outside owner; nothing stored", async () => {
    await unchanged(() => updateAction(a.actors.MANAGER, actionId, { dueDate: dayFromToday(-2) }), {
      ok: false,
      codes: { dueDate: "dueDatePast" },
    });
    await unchanged(() => updateAction(a.actors.MANAGER, actionId, { teamId: a.teams.T3 }), {
      ok: false,
      codes: { teamId: "teamOutOfScope" },
    });
    await unchanged(() => updateAction(a.actors.MANAGER, actionId, { teamIds: [a.teams.T3] }), {
      ok: false,
      codes: { teamIds: "teamOutOfScope" },
    });
    await unchanged(() => updateAction(a.actors.MANAGER, actionId, { ownerId: "0196f000-0000-7000-8000-000000000000" }), {
      ok: false,
      codes: { ownerId: "ownerOutside" },
    });
    await unchanged(() => updateAction(a.actors.MANAGER, actionId, { budgetEuros: -1 }), { ok: false, codes: { budgetEuros: "negative" } });
  });

  it("is forbidden to the owner from another department, not found for an employee who does not own it", async () => {
    await expect(updateAction(a.it, actionId, { title: "Pris" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateAction(a.actors.EMPLOYEE, actionId, { title: "Pris" })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("changeActionStatus", () => {
  it("refuses a status jump that skips a step, with the step expected, and stores nothing", async () => {
    await unchanged(() => changeActionStatus(a.actors.MANAGER, actionId, "DONE"), {
      ok: false,
      codes: { status: "statusSkip" },
      fieldErrors: { status: "a status cannot skip a step: from proposed the next step is planned or dropped" },
    });
    await unchanged(() => changeActionStatus(a.actors.MANAGER, actionId, "LATER"), { ok: false, codes: { status: "invalid" } });
  });

  it("walks the steps (the owner in IT works them), sets doneAt with DONE and queues a webhook each time", async () => {
    const deliveries = () =>
      db().webhookDelivery.findMany({
        where: { organisationId: a.organisationId, event: "action.status_changed" },
        orderBy: { id: "asc" },
      });
    expect(await changeActionStatus(a.actors.MANAGER, actionId, "PLANNED")).toMatchObject({ ok: true });
    expect(await changeActionStatus(a.it, actionId, "IN_PROGRESS")).toMatchObject({ ok: true });
    expect(await changeActionStatus(a.it, actionId, "DONE")).toMatchObject({ ok: true });
    const done = await db().action.findUniqueOrThrow({ where: { id: actionId } });
    expect(done.status).toBe("DONE");
    expect(done.doneAt).toBeInstanceOf(Date);
    const sent = await deliveries();
    expect(sent.map((d) => d.payload)).toMatchObject([
      { id: actionId, from: "PROPOSED", to: "PLANNED" },
      { from: "PLANNED", to: "IN_PROGRESS" },
      { from: "IN_PROGRESS", to: "DONE", ownerId: a.it.membershipId, teamId: a.teams.T1 },
    ]);
    expect(JSON.stringify(sent.map((d) => d.payload))).not.toMatch(/IT work-a|@work-a/);
    await unchanged(() => changeActionStatus(a.actors.MANAGER, actionId, "DROPPED"), { ok: false, codes: { status: "dropAfterDone" } });
    const detail = await getAction(a.it, actionId);
    expect(detail.nextStatuses).toEqual(["MEASURED"]);
    expect(detail.history.filter((event) => event.toStatus).map((event) => [event.fromStatus, event.toStatus])).toEqual([
      [null, "PROPOSED"],
      ["PROPOSED", "PLANNED"],
      ["PLANNED", "IN_PROGRESS"],
      ["IN_PROGRESS", "DONE"],
    ]);
  });

  it("is not found for an employee who does not own the action", async () => {
    await expect(changeActionStatus(a.actors.EMPLOYEE, actionId, "MEASURED")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("spending, comments, publishing", () => {
  it("records the total spent (owner allowed) and refuses a negative amount", async () => {
    expect(await recordActionSpending(a.it, actionId, "312,40")).toMatchObject({ ok: true });
    expect((await getAction(a.actors.HR, actionId)).spentCents).toBe(31_240);
    await unchanged(() => recordActionSpending(a.it, actionId, -3), { ok: false, codes: { spentEuros: "negative" } });
    await unchanged(() => recordActionSpending(a.it, actionId, ""), { ok: false, codes: { spentEuros: "required" } });
  });

  it("adds comments of 1 to 2000 characters, and refuses an empty one or one over 2000", async () => {
    expect(await addActionComment(a.it, actionId, "x".repeat(2000))).toMatchObject({ ok: true });
    await unchanged(() => addActionComment(a.it, actionId, "x".repeat(2001)), { ok: false, codes: { body: "tooLong" } });
    await unchanged(() => addActionComment(a.it, actionId, "  "), { ok: false, codes: { body: "required" } });
    expect((await getAction(a.actors.MANAGER, actionId)).comments).toMatchObject([{ authorName: "IT work-a", body: "x".repeat(2000) }]);
  });

  it("publishes with a summary (editors only) and unpublishes", async () => {
    await expect(publishAction(a.it, actionId, "Nouveaux postes")).rejects.toBeInstanceOf(ForbiddenError);
    await unchanged(() => publishAction(a.actors.MANAGER, actionId, ""), { ok: false, codes: { summary: "required" } });
    expect(await publishAction(a.actors.MANAGER, actionId, "Nouveaux postes installés")).toMatchObject({ ok: true });
    expect(await getAction(a.actors.MANAGER, actionId)).toMatchObject({
      publishedSummary: "Nouveaux postes installés",
      publishedAt: expect.any(Date),
    });
    expect(await unpublishAction(a.actors.MANAGER, actionId)).toMatchObject({ ok: true });
    expect(await getAction(a.actors.MANAGER, actionId)).toMatchObject({ publishedSummary: null, publishedAt: null });
    expect(await db().auditLog.count({ where: { targetId: actionId, action: { in: ["action.publish", "action.unpublish"] } } })).toBe(2);
  });
});

it("names every audit action of the action writes in French and English", async () => {
  const written = await db().auditLog.findMany({
    where: { organisationId: a.organisationId, action: { startsWith: "action." } },
    distinct: ["action"],
  });
  expect(written.map((row) => row.action).sort()).toEqual([
    "action.comment",
    "action.create",
    "action.publish",
    "action.spending",
    "action.status",
    "action.unpublish",
    "action.update",
  ]);
  for (const { action } of written) {
    expect(auditActionLabel(action, fr.audit.actions)).not.toBe(action);
    expect(auditActionLabel(action, en.audit.actions)).not.toBe(action);
  }
});
