// The item-pair and irritant-pair catalogue (issue 13 §1): who reads and edits which side, another
// organisation's ids answer "not found", a pair with one side empty or a duplicate key stores
// nothing, an answered pair cannot be deleted (409) and, retired, keeps its history; changes are audited.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor-types";
import { listIrritantPairs, listItemPairs } from "@/lib/db/catalogue/list-catalogue-pairs";
import {
  createIrritantPair,
  deleteIrritantPair,
  moveIrritantPair,
  setIrritantPairActive,
  updateIrritantLabels,
} from "@/lib/db/catalogue/manage-irritant-pairs";
import { createItemPair, deleteItemPair, moveItemPair, setItemPairActive, updateItemSide } from "@/lib/db/catalogue/manage-item-pairs";
import { db } from "@/tests/db/owner-db";
import { createDefaultCatalogues } from "@/lib/db/internal/organisations/create-catalogues";
import { ExpectedError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { getTeamDetail } from "@/lib/db/dashboard/get-team-detail";
import { listVerbatims } from "@/lib/db/dashboard/list-verbatims";
import { createOrgFixture, type OrgFixture } from "./fixtures";
import { addCustomerAnswers, createDashboardOrg } from "./fixtures-dashboard";

let org: OrgFixture;
let other: OrgFixture;
let ids: Awaited<ReturnType<typeof createDefaultCatalogues>>;
let otherIds: Awaited<ReturnType<typeof createDefaultCatalogues>>;

const itemCount = (organisationId = org.organisationId) => db().mirroredItem.count({ where: { organisationId } });
const irritantCount = (organisationId = org.organisationId) => db().irritant.count({ where: { organisationId } });
const auditCount = (action: string) => db().auditLog.count({ where: { organisationId: org.organisationId, action } });
const item = (id: string) => db().mirroredItem.findUniqueOrThrow({ where: { id } });

const pairInput = (dimension: string) => ({
  dimension,
  customerTextFr: "Le technicien est venu à l’heure",
  customerTextEn: "The technician came on time",
  employeeTextFr: "Mon planning me laisse arriver à l’heure",
  employeeTextEn: "My schedule lets me arrive on time",
});
const irritantInput = (suffix: string) => ({
  customerKey: `retard_${suffix}`,
  customerLabelFr: "Le retard du technicien",
  customerLabelEn: "The technician was late",
  employeeKey: `planning_${suffix}`,
  employeeLabelFr: "Un planning trop serré",
  employeeLabelEn: "A schedule too tight",
});

async function refusedWith(call: Promise<unknown>, error: new (...args: never[]) => Error) {
  await expect(call).rejects.toBeInstanceOf(error);
}

beforeAll(async () => {
  org = await createOrgFixture("pairs-a", 1);
  other = await createOrgFixture("pairs-b", 0);
  ids = await db().$transaction((tx) => createDefaultCatalogues(tx, org.organisationId));
  otherIds = await db().$transaction((tx) => createDefaultCatalogues(tx, other.organisationId));
  // One customer answer rates "ecoute" and flags "attente": both pairs are answered.
  const response = await db().customerResponse.findFirstOrThrow({ where: { organisationId: org.organisationId } });
  await db().customerItemAnswer.create({
    data: { organisationId: org.organisationId, responseId: response.id, itemId: ids.items.ecoute!, value: 4 },
  });
  await db().customerResponseIrritant.create({
    data: { organisationId: org.organisationId, responseId: response.id, irritantId: ids.customerIrritants.attente! },
  });
});

describe("reading", () => {
  it("ADMIN, HR and CX read both catalogues of their organisation only; a manager and an employee are refused", async () => {
    for (const role of ["ADMIN", "HR", "CX"] as const) {
      const items = await listItemPairs(org.actors[role]);
      expect(items.find((i) => i.dimension === "ecoute")).toMatchObject({ used: true, active: true });
      const irritants = await listIrritantPairs(org.actors[role]);
      const attente = irritants.find((p) => p.customer?.key === "attente");
      expect(attente?.employee?.key).toBe("outils_lents");
      expect(attente?.used).toBe(true);
      expect(JSON.stringify({ items, irritants })).not.toContain(otherIds.items.ecoute);
    }
    for (const role of ["MANAGER", "EMPLOYEE"] as const) {
      await refusedWith(listItemPairs(org.actors[role]), ForbiddenError);
      await refusedWith(listIrritantPairs(org.actors[role]), ForbiddenError);
    }
  });
});

describe("item pairs", () => {
  it("only ADMIN adds a pair; both sides are required, the key is unique, nothing stored on a refusal", async () => {
    const before = await itemCount();
    for (const role of ["HR", "CX", "MANAGER", "EMPLOYEE"] as const)
      await refusedWith(createItemPair(org.actors[role], pairInput("ponctualite")), ForbiddenError);
    const oneSide = await createItemPair(org.actors.ADMIN, { ...pairInput("ponctualite"), employeeTextFr: "  ", employeeTextEn: "" });
    expect(oneSide).toMatchObject({ ok: false, fieldErrors: { employeeTextFr: expect.stringContaining("both sides") } });
    const missing = await createItemPair(org.actors.ADMIN, { dimension: "ponctualite", customerTextFr: "a", customerTextEn: "a" });
    expect(missing.ok).toBe(false);
    const badKey = await createItemPair(org.actors.ADMIN, pairInput("Ponctualité!"));
    expect(badKey).toMatchObject({ ok: false, fieldErrors: { dimension: expect.any(String) } });
    const duplicate = await createItemPair(org.actors.ADMIN, pairInput("ecoute"));
    expect(duplicate).toMatchObject({ ok: false, fieldErrors: { dimension: expect.stringContaining("already used") } });
    expect(await itemCount()).toBe(before);
    expect(await auditCount("itemPair.create")).toBe(0);

    const created = await createItemPair(org.actors.ADMIN, pairInput("ponctualite"));
    expect(created.ok).toBe(true);
    expect(await itemCount()).toBe(before + 1);
    const items = await listItemPairs(org.actors.CX);
    expect(items.at(-1)).toMatchObject({ dimension: "ponctualite", used: false, active: true });
    expect(await auditCount("itemPair.create")).toBe(1);
    // The same key in another organisation is fine.
    expect((await createItemPair(other.actors.ADMIN, pairInput("ponctualite"))).ok).toBe(true);
  });

  it("CX edits the customer side, HR the employee side, ADMIN both; an empty side is refused and stores nothing", async () => {
    const id = ids.items.ecoute!;
    const before = await item(id);
    await refusedWith(updateItemSide(org.actors.HR, id, "CUSTOMER", { textFr: "x", textEn: "x" }), ForbiddenError);
    await refusedWith(updateItemSide(org.actors.CX, id, "EMPLOYEE", { textFr: "x", textEn: "x" }), ForbiddenError);
    await refusedWith(updateItemSide(org.actors.MANAGER, id, "CUSTOMER", { textFr: "x", textEn: "x" }), ForbiddenError);
    const empty = await updateItemSide(org.actors.CX, id, "CUSTOMER", { textFr: "", textEn: "Listened" });
    expect(empty).toMatchObject({ ok: false, fieldErrors: { textFr: expect.any(String) } });
    expect(await updateItemSide(org.actors.CX, id, "BOTH", { textFr: "a", textEn: "b" })).toMatchObject({ ok: false });
    expect(await item(id)).toEqual(before);

    expect((await updateItemSide(org.actors.CX, id, "CUSTOMER", { textFr: "On m’a écouté", textEn: "I was listened to" })).ok).toBe(true);
    expect((await updateItemSide(org.actors.HR, id, "EMPLOYEE", { textFr: "On m’écoute", textEn: "I am listened to" })).ok).toBe(true);
    expect((await updateItemSide(org.actors.ADMIN, id, "EMPLOYEE", { textFr: "On m’écoute bien", textEn: "I am heard" })).ok).toBe(true);
    expect(await item(id)).toMatchObject({
      customerTextFr: "On m’a écouté",
      customerTextEn: "I was listened to",
      employeeTextFr: "On m’écoute bien",
      employeeTextEn: "I am heard",
    });
    expect(await auditCount("itemPair.update")).toBe(3);
  });

  it("another organisation's pair is not found for every write", async () => {
    const foreign = otherIds.items.ecoute!;
    const before = await item(foreign);
    await refusedWith(updateItemSide(org.actors.ADMIN, foreign, "CUSTOMER", { textFr: "x", textEn: "x" }), NotFoundError);
    await refusedWith(moveItemPair(org.actors.ADMIN, foreign, { direction: "down" }), NotFoundError);
    await refusedWith(setItemPairActive(org.actors.ADMIN, foreign, false), NotFoundError);
    await refusedWith(deleteItemPair(org.actors.ADMIN, foreign), NotFoundError);
    await refusedWith(deleteItemPair(org.actors.ADMIN, "not-a-uuid"), NotFoundError);
    expect(await item(foreign)).toEqual(before);
  });

  it("ADMIN orders, retires and restores; HR and CX cannot", async () => {
    const first = (await listItemPairs(org.actors.ADMIN))[0]!;
    for (const role of ["HR", "CX"] as const) {
      await refusedWith(moveItemPair(org.actors[role], first.id, { direction: "down" }), ForbiddenError);
      await refusedWith(setItemPairActive(org.actors[role], first.id, false), ForbiddenError);
      await refusedWith(deleteItemPair(org.actors[role], first.id), ForbiddenError);
    }
    expect(await moveItemPair(org.actors.ADMIN, first.id, { direction: "sideways" })).toMatchObject({ ok: false });
    expect((await moveItemPair(org.actors.ADMIN, first.id, { direction: "down" })).ok).toBe(true);
    expect((await listItemPairs(org.actors.ADMIN))[1]!.id).toBe(first.id);
    expect((await moveItemPair(org.actors.ADMIN, first.id, { direction: "up" })).ok).toBe(true);
    expect((await listItemPairs(org.actors.ADMIN))[0]!.id).toBe(first.id);
    expect(await auditCount("itemPair.move")).toBe(2);
  });

  it("an answered pair cannot be deleted (409); retired, it keeps its answers and wording, and can be restored", async () => {
    const id = ids.items.ecoute!;
    const attempt = deleteItemPair(org.actors.ADMIN, id);
    await expect(attempt).rejects.toBeInstanceOf(ExpectedError);
    await expect(deleteItemPair(org.actors.ADMIN, id)).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("retire"),
    });
    expect(await itemCount()).toBeGreaterThan(0);
    expect((await setItemPairActive(org.actors.ADMIN, id, false)).ok).toBe(true);
    expect(await item(id)).toMatchObject({ active: false, customerTextFr: "On m’a écouté" });
    expect(await db().customerItemAnswer.count({ where: { itemId: id } })).toBe(1);
    expect(await auditCount("itemPair.retire")).toBe(1);
    expect((await setItemPairActive(org.actors.ADMIN, id, true)).ok).toBe(true);
    expect(await auditCount("itemPair.restore")).toBe(1);
  });

  it("a pair nobody answered is deleted, audited with its wording", async () => {
    const created = await createItemPair(org.actors.ADMIN, pairInput("a_supprimer"));
    if (!created.ok) throw new Error("not created");
    expect((await deleteItemPair(org.actors.ADMIN, created.id)).ok).toBe(true);
    expect(await db().mirroredItem.count({ where: { id: created.id } })).toBe(0);
    const entry = await db().auditLog.findFirstOrThrow({ where: { organisationId: org.organisationId, action: "itemPair.delete" } });
    expect(entry.metadata).toMatchObject({ dimension: "a_supprimer", employeeTextEn: "My schedule lets me arrive on time" });
  });
});

describe("irritant pairs", () => {
  it("only ADMIN adds a pair (a customer irritant and its employee mirror); one side empty or a taken key stores nothing", async () => {
    const before = await irritantCount();
    for (const role of ["HR", "CX", "MANAGER"] as const)
      await refusedWith(createIrritantPair(org.actors[role], irritantInput("a")), ForbiddenError);
    expect(await createIrritantPair(org.actors.ADMIN, { ...irritantInput("a"), employeeLabelFr: "" })).toMatchObject({
      ok: false,
      fieldErrors: { employeeLabelFr: expect.any(String) },
    });
    expect(await createIrritantPair(org.actors.ADMIN, { ...irritantInput("a"), customerKey: "attente" })).toMatchObject({
      ok: false,
      fieldErrors: { customerKey: expect.stringContaining("already used") },
    });
    expect(await createIrritantPair(org.actors.ADMIN, { ...irritantInput("a"), employeeKey: "outils_lents" })).toMatchObject({
      ok: false,
      fieldErrors: { employeeKey: expect.stringContaining("already used") },
    });
    expect(await irritantCount()).toBe(before);

    const created = await createIrritantPair(org.actors.ADMIN, irritantInput("a"));
    if (!created.ok) throw new Error("not created");
    const customer = await db().irritant.findUniqueOrThrow({ where: { id: created.id }, include: { mirror: true } });
    expect(customer).toMatchObject({ side: "CUSTOMER", key: "retard_a" });
    expect(customer.mirror).toMatchObject({ side: "EMPLOYEE", key: "planning_a", mirrorId: created.id });
    expect(await irritantCount()).toBe(before + 2);
    expect(await auditCount("irritantPair.create")).toBe(1);
  });

  it("CX edits customer labels, HR employee labels; both sides retire together; an answered pair is never deleted", async () => {
    const customerId = ids.customerIrritants.attente!;
    const employeeId = ids.employeeIrritants.outils_lents!;
    await refusedWith(updateIrritantLabels(org.actors.HR, customerId, { labelFr: "x", labelEn: "x" }), ForbiddenError);
    await refusedWith(updateIrritantLabels(org.actors.CX, employeeId, { labelFr: "x", labelEn: "x" }), ForbiddenError);
    expect(await updateIrritantLabels(org.actors.CX, customerId, { labelFr: " ", labelEn: "x" })).toMatchObject({ ok: false });
    expect((await updateIrritantLabels(org.actors.CX, customerId, { labelFr: "L’attente", labelEn: "Waiting" })).ok).toBe(true);
    expect((await updateIrritantLabels(org.actors.HR, employeeId, { labelFr: "Outils lents", labelEn: "Slow tools" })).ok).toBe(true);

    await refusedWith(setIrritantPairActive(org.actors.CX, customerId, false), ForbiddenError);
    await expect(deleteIrritantPair(org.actors.ADMIN, employeeId)).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await setIrritantPairActive(org.actors.ADMIN, employeeId, false)).ok).toBe(true);
    const both = await db().irritant.findMany({ where: { id: { in: [customerId, employeeId] } } });
    expect(both.map((i) => i.active)).toEqual([false, false]);
    expect(await db().customerResponseIrritant.count({ where: { irritantId: customerId } })).toBe(1);
    expect((await setIrritantPairActive(org.actors.ADMIN, customerId, true)).ok).toBe(true);

    const first = (await listIrritantPairs(org.actors.ADMIN))[0]!;
    expect((await moveIrritantPair(org.actors.ADMIN, first.id, { direction: "down" })).ok).toBe(true);
    const moved = await listIrritantPairs(org.actors.ADMIN);
    expect(moved[1]!.id).toBe(first.id);
    expect(moved[1]!.employee?.id).toBe(first.employee?.id);
  });

  it("an unanswered pair is deleted with both sides; another organisation's irritants are not found", async () => {
    const created = await createIrritantPair(org.actors.ADMIN, irritantInput("b"));
    if (!created.ok) throw new Error("not created");
    const before = await irritantCount();
    expect((await deleteIrritantPair(org.actors.ADMIN, created.id)).ok).toBe(true);
    expect(await irritantCount()).toBe(before - 2);

    const foreign = otherIds.customerIrritants.attente!;
    const otherBefore = await irritantCount(other.organisationId);
    const admin: Actor = org.actors.ADMIN;
    await refusedWith(updateIrritantLabels(admin, foreign, { labelFr: "x", labelEn: "x" }), NotFoundError);
    await refusedWith(moveIrritantPair(admin, foreign, { direction: "down" }), NotFoundError);
    await refusedWith(setIrritantPairActive(admin, foreign, false), NotFoundError);
    await refusedWith(deleteIrritantPair(admin, foreign), NotFoundError);
    expect(await irritantCount(other.organisationId)).toBe(otherBefore);
    expect(await db().irritant.count({ where: { organisationId: other.organisationId, active: false } })).toBe(0);
  });
});

describe("history follows the catalogue", () => {
  it("a retired pair answered in the period still shows on the team page (with its wording); an unanswered retired one does not", async () => {
    const dash = await createDashboardOrg(
      "pairs-history",
      { D: null, A: "D" },
      { ADMIN: "D", HR: "D", CX: "D", MANAGER: "D", EMPLOYEE: "A" },
    );
    const [answered, unanswered] = dash.itemIds as [string, string];
    await addCustomerAnswers(dash.organisationId, {
      teamId: dash.teams.A!,
      scores: [9, 9, 9, 9, 9, 9],
      submittedAt: "2026-10-12T09:00:00Z",
      momentOfTruthId: dash.mots.complaint,
      itemValues: [4, 4, 5, 5, 4, 4],
      irritantId: dash.irritantIds.customer,
    });
    const filters = { from: "2026-10", to: "2026-10" };
    const before = await getTeamDetail(dash.actors.ADMIN, dash.teams.A!, filters);
    if (before.status !== "ok") throw new Error("refused");
    expect(before.items.map((i) => i.itemId)).toEqual([answered, unanswered]);

    await db().mirroredItem.updateMany({ where: { id: { in: [answered, unanswered] } }, data: { active: false } });
    await db().irritant.update({ where: { id: dash.irritantIds.customer }, data: { active: false } });
    const after = await getTeamDetail(dash.actors.ADMIN, dash.teams.A!, filters);
    if (after.status !== "ok") throw new Error("refused");
    expect(after.items).toEqual([
      expect.objectContaining({ itemId: answered, labelFr: "ecoute", active: false, customer: expect.objectContaining({ n: 6 }) }),
    ]);
    expect(after.irritants.customer.map((i) => i.irritantId)).toContain(dash.irritantIds.customer);
  });
});

describe("the « Autre » irritant's free text", () => {
  it("shows among the verbatims: the customer's like a comment, the employee's only from groups of k_c people or more", async () => {
    const dash = await createDashboardOrg(
      "pairs-other",
      { D: null, A: "D", B: "D" },
      {
        ADMIN: "D",
        HR: "D",
        CX: "D",
        MANAGER: "D",
        EMPLOYEE: "A",
      },
    );
    const period = new Date("2026-10-01T00:00:00.000Z");
    const employeeAnswers = async (team: string, count: number, other: string) => {
      for (let i = 0; i < count; i++) {
        await db().employeeResponse.create({
          data: { organisationId: dash.organisationId, teamId: dash.teams[team]!, period, score: 7, irritantOther: i === 0 ? other : null },
        });
        await db().employeeRespondent.create({
          data: { organisationId: dash.organisationId, teamId: dash.teams[team]!, period, personId: crypto.randomUUID() },
        });
      }
    };
    await employeeAnswers("A", 10, "Le wifi de l’agence");
    await employeeAnswers("B", 3, "Petit groupe : jamais montré");
    await addCustomerAnswers(dash.organisationId, {
      teamId: dash.teams.A!,
      scores: [6],
      submittedAt: "2026-10-12T09:00:00Z",
      momentOfTruthId: dash.mots.complaint,
    });
    await db().customerResponse.updateMany({
      where: { organisationId: dash.organisationId },
      data: { irritantOther: "Le parking introuvable" },
    });

    const { customer, employee } = await listVerbatims(dash.actors.HR, { from: "2026-10", to: "2026-10" });
    expect(customer).toEqual([expect.objectContaining({ text: "Le parking introuvable", kind: "irritantOther", period: "2026-10" })]);
    expect(employee).toEqual([expect.objectContaining({ text: "Le wifi de l’agence", kind: "irritantOther", period: "2026-10" })]);
  });
});
