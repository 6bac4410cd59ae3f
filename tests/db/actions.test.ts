// Actions (issue 14 §1): creation with its links and traces, the detail, the list's scope and
// filters. Scope: ADMIN/HR/CX the whole organisation, a MANAGER their subtree plus what they own,
// an owner in another department their own actions, an EMPLOYEE who owns nothing sees nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/tests/db/owner-db";
import { actionFormOptions } from "@/lib/db/actions/action-form-options";
import { getAction } from "@/lib/db/actions/get-action";
import { listActions } from "@/lib/db/actions/list-actions";
import { createAction } from "@/lib/db/actions/write-actions";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { actionRowCounts, createActionOrg, dayFromToday, type ActionOrgFixture } from "./action-fixtures";

let a: ActionOrgFixture;
let b: ActionOrgFixture;
const ids: Record<string, string> = {};

async function created(result: Awaited<ReturnType<typeof createAction>>): Promise<string> {
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.id;
}

beforeAll(async () => {
  a = await createActionOrg("act-a");
  b = await createActionOrg("act-b");
  await db().organisation.update({ where: { id: a.organisationId }, data: { webhookUrl: "https://hooks.example.test/in" } });
  // T1's action, owned by IT (T3, outside the manager's subtree), with a budget and links.
  ids.t1 = await created(
    await createAction(a.actors.MANAGER, {
      title: "Outils plus rapides en agence",
      description: "Remplacer les postes lents",
      teamId: a.teams.T1,
      ownerId: a.it.membershipId,
      teamIds: [a.teams.T2],
      irritantIds: [a.irritantIds.customer, a.irritantIds.employee],
      itemIds: [a.itemId],
      dueDate: dayFromToday(30),
      budgetEuros: "1 250,50",
      origin: "IRRITANT",
    }),
  );
  // T3's action (outside the manager's subtree), no owner; and one owned by the manager in T3.
  ids.t3 = await created(await createAction(a.actors.HR, { title: "Accueil S2", teamId: a.teams.T3 }));
  ids.t3managerOwned = await created(
    await createAction(a.actors.CX, { title: "Rappel clients", teamId: a.teams.T3, ownerId: a.actors.MANAGER.membershipId }),
  );
  ids.b = await created(await createAction(b.actors.ADMIN, { title: "B action", teamId: b.teams.T1 }));
});

describe("createAction", () => {
  it("stores the fields, the owning team among the concerned ones, the links, the history, the audit and the webhook", async () => {
    const action = await db().action.findUniqueOrThrow({
      where: { id: ids.t1 },
      include: { teams: true, irritants: true, items: true, events: true },
    });
    expect(action).toMatchObject({
      status: "PROPOSED",
      budgetCents: 125_050,
      spentCents: 0,
      origin: "IRRITANT",
      ownerId: a.it.membershipId,
    });
    expect(action.teams.map((t) => t.teamId).sort()).toEqual([a.teams.T1, a.teams.T2].sort());
    expect(action.irritants).toHaveLength(2);
    expect(action.items).toHaveLength(1);
    expect(action.events).toMatchObject([{ toStatus: "PROPOSED", actorId: a.actors.MANAGER.membershipId }]);
    expect(await db().auditLog.count({ where: { targetId: ids.t1, action: "action.create" } })).toBe(1);
    const delivery = await db().webhookDelivery.findFirstOrThrow({ where: { organisationId: a.organisationId, event: "action.created" } });
    expect(delivery.payload).toMatchObject({
      id: expect.any(String),
      status: "PROPOSED",
      teamId: expect.any(String),
      budgetCents: expect.any(Number),
    });
  });

  it("writes no webhook delivery for an organisation without a webhook", async () => {
    expect(await db().webhookDelivery.count({ where: { organisationId: b.organisationId, event: "action.created" } })).toBe(0);
  });

  it("is refused to an employee and to an API key without actions:write", async () => {
    await expect(createAction(a.actors.EMPLOYEE, { title: "x", teamId: a.teams.T1 })).rejects.toBeInstanceOf(ForbiddenError);
    const key = { kind: "apiKey", organisationId: a.organisationId, apiKeyId: "k", name: "k", scopes: ["actions:read"] } as const;
    await expect(createAction(key, { title: "x", teamId: a.teams.T1 })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("getAction", () => {
  it("returns the detail with the owner from another department, the links and what the reader may do", async () => {
    const detail = await getAction(a.actors.MANAGER, ids.t1!);
    expect(detail).toMatchObject({
      title: "Outils plus rapides en agence",
      teamName: "act-a T1",
      owner: { membershipId: a.it.membershipId, name: "IT act-a", teamName: "act-a T3" },
      ownerTeamName: "act-a T3",
      budgetCents: 125_050,
      canEdit: true,
      canWork: true,
      nextStatuses: ["PLANNED", "DROPPED"],
      overdue: false,
    });
    expect(detail.teams.map((t) => t.id).sort()).toEqual([a.teams.T1, a.teams.T2].sort());
    expect(detail.irritants.map((i) => i.side).sort()).toEqual(["CUSTOMER", "EMPLOYEE"]);
    expect(detail.items[0]).toMatchObject({ id: a.itemId, labelFr: expect.any(String), employeeLabelEn: expect.any(String) });
    expect(detail.history).toMatchObject([{ actorName: "MANAGER act-a", toStatus: "PROPOSED" }]);
  });

  it("lets the owner in another department see and work their action, not edit it", async () => {
    expect(await getAction(a.it, ids.t1!)).toMatchObject({ canEdit: false, canWork: true, nextStatuses: ["PLANNED", "DROPPED"] });
  });

  it("answers not found for another organisation's action, an out-of-scope one and a malformed id", async () => {
    await expect(getAction(a.actors.ADMIN, ids.b!)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getAction(a.actors.MANAGER, ids.t3!)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getAction(a.actors.EMPLOYEE, ids.t1!)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getAction(a.it, ids.t3!)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getAction(a.actors.ADMIN, "nope")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("listActions", () => {
  const titles = async (...args: Parameters<typeof listActions>) => (await listActions(...args)).rows.map((row) => row.id).sort();

  it("scopes by role: whole organisation, subtree plus owned, own only, nothing", async () => {
    const all = [ids.t1!, ids.t3!, ids.t3managerOwned!].sort();
    for (const role of ["ADMIN", "HR", "CX"] as const) expect(await titles(a.actors[role])).toEqual(all);
    expect(await titles(a.actors.MANAGER)).toEqual([ids.t1!, ids.t3managerOwned!].sort());
    expect(await titles(a.it)).toEqual([ids.t1!]);
    expect(await titles(a.actors.EMPLOYEE)).toEqual([]);
  });

  it("filters by team subtree (owning or concerned), owner, status, mine and overdue", async () => {
    expect(await titles(a.actors.ADMIN, { teamId: a.teams.S })).toEqual([ids.t1!]);
    expect(await titles(a.actors.ADMIN, { teamId: a.teams.T2 })).toEqual([ids.t1!]);
    expect(await titles(a.actors.ADMIN, { teamId: a.teams.S2 })).toEqual([ids.t3!, ids.t3managerOwned!].sort());
    expect(await titles(a.actors.ADMIN, { ownerId: a.it.membershipId })).toEqual([ids.t1!]);
    expect(await titles(a.actors.MANAGER, { mine: "true" })).toEqual([ids.t3managerOwned!]);
    expect(await titles(a.actors.ADMIN, { status: "PLANNED,DONE" })).toEqual([]);
    expect(await titles(a.actors.ADMIN, { status: ["PROPOSED"] })).toHaveLength(3);
    await db().action.update({ where: { id: ids.t3! }, data: { dueDate: new Date(`${dayFromToday(-3)}T00:00:00Z`) } });
    const overdue = await listActions(a.actors.ADMIN, { overdue: true });
    expect(overdue.rows.map((row) => [row.id, row.overdue])).toEqual([[ids.t3!, true]]);
  });

  it("pages on (createdAt desc, id desc) without losing or repeating a row", async () => {
    const first = await listActions(a.actors.ADMIN, { limit: 2 });
    expect(first.rows).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();
    const second = await listActions(a.actors.ADMIN, { limit: 2, cursor: first.nextCursor! });
    expect(second.nextCursor).toBeNull();
    expect([...first.rows, ...second.rows].map((row) => row.id).sort()).toEqual([ids.t1!, ids.t3!, ids.t3managerOwned!].sort());
    expect(first.rows[0]!.createdAt.getTime()).toBeGreaterThanOrEqual(first.rows[1]!.createdAt.getTime());
  });

  it("refuses a foreign team, a bad filter or cursor, and shows nothing of another organisation", async () => {
    await expect(listActions(a.actors.ADMIN, { teamId: b.teams.T1 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(listActions(a.actors.ADMIN, { status: "LATE" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(listActions(a.actors.ADMIN, { limit: 500 })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(listActions(a.actors.ADMIN, { cursor: "garbage" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(JSON.stringify(await listActions(a.actors.ADMIN))).not.toContain(ids.b);
  });
});

describe("bad input on creation: a clear error and nothing stored", () => {
  const cases: [string, () => Record<string, unknown>, string, string][] = [
    ["a due date in the past", () => ({ dueDate: dayFromToday(-1) }), "dueDate", "dueDatePast"],
    ["a malformed due date", () => ({ dueDate: "2026-02-30" }), "dueDate", "invalid"],
    ["a negative budget", () => ({ budgetEuros: -5 }), "budgetEuros", "negative"],
    ["a budget that is not a number", () => ({ budgetEuros: "beaucoup" }), "budgetEuros", "invalid"],
    ["an owner from another organisation", () => ({ ownerId: b.actors.EMPLOYEE.membershipId }), "ownerId", "ownerOutside"],
    ["an unknown owner", () => ({ ownerId: "0196f000-0000-7000-8000-000000000000" }), "ownerId", "ownerOutside"],
    ["a team outside the manager's scope", () => ({ teamId: a.teams.T3 }), "teamId", "teamOutOfScope"],
    ["a concerned team outside the manager's scope", () => ({ teamIds: [a.teams.S2] }), "teamIds", "teamOutOfScope"],
    ["another organisation's team", () => ({ teamId: b.teams.T1 }), "teamId", "teamOutOfScope"],
    ["another organisation's irritant", () => ({ irritantIds: [b.irritantIds.customer] }), "irritantIds", "irritantUnknown"],
    ["another organisation's item", () => ({ itemIds: [b.itemId] }), "itemIds", "itemUnknown"],
    ["an empty title", () => ({ title: "   " }), "title", "required"],
    ["a title over 200 characters", () => ({ title: "x".repeat(201) }), "title", "tooLong"],
    ["a description over 5000 characters", () => ({ description: "x".repeat(5001) }), "description", "tooLong"],
    ["an unknown field", () => ({ priority: "high" }), "form", "invalid"],
  ];
  it.each(cases)("%s", async (_label, patch, field, code) => {
    const before = await actionRowCounts(a.organisationId);
    const result = await createAction(a.actors.MANAGER, { title: "Essai", teamId: a.teams.T1, ...patch() });
    expect(result).toMatchObject({ ok: false, codes: { [field]: code }, fieldErrors: { [field]: expect.any(String) } });
    expect(await actionRowCounts(a.organisationId)).toEqual(before);
  });
});

describe("actionFormOptions", () => {
  it("offers the manager's subtree, every active person of the organisation, both irritant sides and the item pairs", async () => {
    const options = await actionFormOptions(a.actors.MANAGER);
    expect(options.teams.map((team) => team.id).sort()).toEqual([a.teams.S, a.teams.T1, a.teams.T2].sort());
    expect(options.people.map((person) => person.membershipId)).toContain(a.it.membershipId);
    expect(options.people.find((person) => person.membershipId === a.it.membershipId)).toMatchObject({
      teamName: "act-a T3",
      role: "EMPLOYEE",
    });
    expect(new Set(options.irritants.map((irritant) => irritant.side))).toEqual(new Set(["CUSTOMER", "EMPLOYEE"]));
    expect(options.irritants.find((irritant) => irritant.id === a.irritantIds.customer)?.mirrorId).toBe(a.irritantIds.employee);
    expect(options.items.map((item) => item.id)).toContain(a.itemId);
    expect(JSON.stringify(options)).not.toContain(b.organisationId);
    expect((await actionFormOptions(a.actors.HR)).teams).toHaveLength(6);
    await expect(actionFormOptions(a.actors.EMPLOYEE)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
