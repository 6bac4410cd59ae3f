// The moments-of-truth catalogue (issue 13 §1): who reads and edits which side, another
// organisation's ids answer "not found", bad input stores nothing, a used moment is retired (never
// deleted) and keeps its history, changes are audited, and employee events follow the catalogue.
import { randomBytes, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as postEvent } from "@/app/api/v1/employee-events/route";
import type { Actor } from "@/lib/auth/actor-types";
import { apiScopes } from "@/lib/auth/api-scopes";
import { createApiKeyForOrganisation } from "@/lib/db/api-keys/create-api-key";
import { db } from "@/tests/db/owner-db";
import { createSyncEvents } from "@/lib/db/internal/directory/sync-events";
import { createDefaultCatalogues } from "@/lib/db/internal/organisations/create-catalogues";
import { listMomentOptions } from "@/lib/db/dashboard/list-moment-options";
import { listMoments } from "@/lib/db/moments/list-moments";
import {
  createMoment,
  deleteMoment,
  moveMoment,
  setMomentActive,
  setMomentPairing,
  setMomentTrigger,
  updateMomentLabels,
} from "@/lib/db/moments/manage-moments";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { createOrgFixture, unknownLink, type OrgFixture } from "./fixtures";

let org: OrgFixture;
let other: OrgFixture;
let ids: Awaited<ReturnType<typeof createDefaultCatalogues>>;
let otherIds: Awaited<ReturnType<typeof createDefaultCatalogues>>;
let apiKey: string;

const momentCount = (organisationId = org.organisationId) => db().momentOfTruth.count({ where: { organisationId } });
const auditCount = (action: string) => db().auditLog.count({ where: { organisationId: org.organisationId, action } });
const moment = (id: string) => db().momentOfTruth.findUniqueOrThrow({ where: { id } });

beforeAll(async () => {
  org = await createOrgFixture("moments-a", 0);
  other = await createOrgFixture("moments-b", 0);
  ids = await db().$transaction((tx) => createDefaultCatalogues(tx, org.organisationId));
  otherIds = await db().$transaction((tx) => createDefaultCatalogues(tx, other.organisationId));
  apiKey = (await createApiKeyForOrganisation("moments-a", "hris", apiScopes)).key;
});

describe("reading the catalogue", () => {
  it("ADMIN, HR and CX read both sides in order with triggers; a manager and an employee are refused", async () => {
    for (const role of ["ADMIN", "HR", "CX"] as const) {
      const { customer, employee } = await listMoments(org.actors[role]);
      expect(customer.map((m) => m.key)).toContain("premier_achat");
      expect(employee.map((m) => [m.key, m.eventType, m.triggersPulse, m.pulseDelayDays])).toEqual([
        ["recrutement", "RECRUITMENT", false, 7],
        ["integration", "ONBOARDING", true, 30],
        ["premiers_outils", "FIRST_TOOLS", false, 14],
        ["entretien_manager", "ONE_TO_ONE", true, 3],
        ["changement_poste", "JOB_CHANGE", true, 30],
        ["reorganisation", "REORGANISATION", true, 30],
        ["reponse_suggestion", "SUGGESTION_ANSWERED", true, 7],
        ["entretien_rh", "HR_INTERVIEW", true, 7],
      ]);
      expect(JSON.stringify({ customer, employee })).not.toContain(otherIds.customerMoments.premier_achat);
    }
    for (const role of ["MANAGER", "EMPLOYEE"] as const) await expect(listMoments(org.actors[role])).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("editing the catalogue", () => {
  it("CX adds a customer moment, HR an employee one, ADMIN both; the other side is refused and nothing stored", async () => {
    const before = await momentCount();
    const add = (actor: Actor, side: string, key: string) => createMoment(actor, { side, key, labelFr: `${key} fr`, labelEn: `${key} en` });
    expect(await add(org.actors.CX, "CUSTOMER", "visite_technicien")).toMatchObject({ ok: true });
    expect(await add(org.actors.HR, "EMPLOYEE", "tournee_terrain")).toMatchObject({ ok: true });
    expect(await add(org.actors.ADMIN, "CUSTOMER", "devis")).toMatchObject({ ok: true });
    expect(await add(org.actors.ADMIN, "EMPLOYEE", "formation")).toMatchObject({ ok: true });
    await expect(add(org.actors.HR, "CUSTOMER", "refus_rh")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(add(org.actors.CX, "EMPLOYEE", "refus_cx")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(add(org.actors.MANAGER, "CUSTOMER", "refus_manager")).rejects.toBeInstanceOf(ForbiddenError);
    expect(await momentCount()).toBe(before + 4);
    expect(await auditCount("moment.create")).toBe(4);
    const { customer } = await listMoments(org.actors.CX);
    expect(customer.at(-1)).toMatchObject({ key: "devis", position: 9, active: true, used: false }); // after the eight defaults (« Non précisé » last) and visite_technicien
  });

  it("keeps the contacts' default moment « Non précisé »: neither retired nor deleted, and audited as nothing", async () => {
    const unspecified = ids.customerMoments.non_precise!;
    const refused = { ok: false, fieldErrors: { form: "is the default moment of contacts sent without one: it stays" } };
    const audits = await db().auditLog.count({ where: { organisationId: org.organisationId } });
    expect(await setMomentActive(org.actors.CX, unspecified, false)).toEqual(refused);
    expect(await deleteMoment(org.actors.ADMIN, unspecified)).toEqual(refused);
    expect(await moment(unspecified)).toMatchObject({ key: "non_precise", active: true });
    expect(await db().auditLog.count({ where: { organisationId: org.organisationId } })).toBe(audits);
  });

  it("refuses a duplicate key, a bad key and empty labels, storing nothing", async () => {
    const before = await momentCount();
    expect(await createMoment(org.actors.CX, { side: "CUSTOMER", key: "panne", labelFr: "Panne 2", labelEn: "Breakdown 2" })).toEqual({
      ok: false,
      fieldErrors: { key: "is already used by another moment of this side" },
    });
    const bad = await createMoment(org.actors.CX, { side: "CUSTOMER", key: "Pas Bon!", labelFr: " ", labelEn: "" });
    expect(bad.ok).toBe(false);
    expect(Object.keys(bad.ok ? {} : bad.fieldErrors).sort()).toEqual(["key", "labelEn", "labelFr"]);
    // The same key on the other side is another moment.
    expect(await createMoment(org.actors.HR, { side: "EMPLOYEE", key: "panne", labelFr: "Panne", labelEn: "Breakdown" })).toMatchObject({
      ok: true,
    });
    expect(await momentCount()).toBe(before + 1);
  });

  it("edits labels and order on the actor's side only; another organisation's moment is not found", async () => {
    const panne = ids.customerMoments.panne!;
    expect(
      await updateMomentLabels(org.actors.CX, panne, { labelFr: "Panne chez le client", labelEn: "Breakdown at the customer's" }),
    ).toEqual({
      ok: true,
      id: panne,
    });
    expect(await moment(panne)).toMatchObject({ labelFr: "Panne chez le client" });
    expect(await updateMomentLabels(org.actors.CX, panne, { labelFr: "", labelEn: "x" })).toMatchObject({
      ok: false,
      fieldErrors: { labelFr: "must not be empty" },
    });
    expect(await moment(panne)).toMatchObject({ labelFr: "Panne chez le client" });
    await expect(updateMomentLabels(org.actors.HR, panne, { labelFr: "a", labelEn: "b" })).rejects.toBeInstanceOf(ForbiddenError);
    const order = async () => (await listMoments(org.actors.CX)).customer.map((m) => m.key);
    const before = await order();
    await moveMoment(org.actors.CX, panne, { direction: "up" });
    const after = await order();
    expect(after.indexOf("panne")).toBe(before.indexOf("panne") - 1);
    expect(after.indexOf("premiere_facture")).toBe(before.indexOf("panne"));
    const foreign = otherIds.customerMoments.panne!;
    for (const call of [
      () => updateMomentLabels(org.actors.ADMIN, foreign, { labelFr: "a", labelEn: "b" }),
      () => moveMoment(org.actors.ADMIN, foreign, { direction: "up" }),
      () => setMomentActive(org.actors.ADMIN, foreign, false),
      () => deleteMoment(org.actors.ADMIN, foreign),
      () => setMomentPairing(org.actors.ADMIN, foreign, { employeeMomentId: "" }),
      () => setMomentTrigger(org.actors.ADMIN, otherIds.employeeMoments.integration!, { triggersPulse: false, pulseDelayDays: 3 }),
    ])
      await expect(call()).rejects.toBeInstanceOf(NotFoundError);
    expect(await moment(foreign)).toMatchObject({ labelFr: "Panne", active: true });
    expect(await auditCount("moment.update")).toBe(1);
  });

  it("pairs a customer moment with an employee moment of the same organisation only", async () => {
    const reclamation = ids.customerMoments.reclamation!;
    expect(await setMomentPairing(org.actors.CX, reclamation, { employeeMomentId: ids.employeeMoments.entretien_manager })).toMatchObject({
      ok: true,
    });
    expect(await moment(reclamation)).toMatchObject({ employeeMomentId: ids.employeeMoments.entretien_manager });
    for (const target of [otherIds.employeeMoments.integration, ids.customerMoments.panne, "not-an-id"])
      expect(await setMomentPairing(org.actors.CX, reclamation, { employeeMomentId: target })).toMatchObject({
        ok: false,
        fieldErrors: { employeeMomentId: "must be an employee moment of the organisation" },
      });
    expect(await moment(reclamation)).toMatchObject({ employeeMomentId: ids.employeeMoments.entretien_manager });
    expect(await auditCount("moment.pair")).toBe(1);
  });

  it("sets an employee moment's trigger and delay; a delay outside 1–365 is refused (and by the database too)", async () => {
    const recrutement = ids.employeeMoments.recrutement!;
    expect(await setMomentTrigger(org.actors.HR, recrutement, { triggersPulse: "on", pulseDelayDays: "10" })).toMatchObject({ ok: true });
    expect(await moment(recrutement)).toMatchObject({ triggersPulse: true, pulseDelayDays: 10 });
    for (const pulseDelayDays of ["0", "366", "2.5", "", "abc"])
      expect(await setMomentTrigger(org.actors.HR, recrutement, { triggersPulse: "on", pulseDelayDays })).toMatchObject({
        ok: false,
        fieldErrors: { pulseDelayDays: expect.any(String) },
      });
    expect(await moment(recrutement)).toMatchObject({ triggersPulse: true, pulseDelayDays: 10 });
    await expect(setMomentTrigger(org.actors.CX, recrutement, { pulseDelayDays: "3" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(db().momentOfTruth.update({ where: { id: recrutement }, data: { pulseDelayDays: 400 } })).rejects.toThrow();
    // A moment the HR system cannot report does not trigger.
    const custom = await db().momentOfTruth.findFirstOrThrow({ where: { organisationId: org.organisationId, key: "tournee_terrain" } });
    expect(await setMomentTrigger(org.actors.HR, custom.id, { triggersPulse: true, pulseDelayDays: 5 })).toMatchObject({
      ok: false,
      fieldErrors: { triggersPulse: expect.any(String) },
    });
    expect(await auditCount("moment.trigger")).toBe(1);
  });

  it("deletes a moment nothing uses; a used one is retired, keeps its history and can be restored", async () => {
    const devis = await db().momentOfTruth.findFirstOrThrow({ where: { organisationId: org.organisationId, key: "devis" } });
    expect(await deleteMoment(org.actors.CX, devis.id)).toEqual({ ok: true, id: devis.id });
    expect(await db().momentOfTruth.count({ where: { id: devis.id } })).toBe(0);
    const achat = ids.customerMoments.premier_achat!;
    const contact = await db().contact.create({
      data: {
        organisationId: org.organisationId,
        teamId: org.teams.T1,
        channel: "PHONE",
        locale: "fr",
        momentOfTruthId: achat,
        occurredAt: new Date(),
        tokenHash: randomBytes(32),
        linkExpiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    expect(await deleteMoment(org.actors.CX, achat)).toMatchObject({ ok: false, fieldErrors: { form: expect.stringContaining("retire") } });
    expect(await setMomentActive(org.actors.CX, achat, false)).toMatchObject({ ok: true });
    const { customer } = await listMoments(org.actors.CX);
    expect(customer.find((m) => m.id === achat)).toMatchObject({ active: false, used: true });
    expect(await db().contact.findUniqueOrThrow({ where: { id: contact.id } })).toMatchObject({ momentOfTruthId: achat });
    expect(await setMomentActive(org.actors.CX, achat, true)).toMatchObject({ ok: true });
    expect(await auditCount("moment.retire")).toBe(1);
    expect(await auditCount("moment.restore")).toBe(1);
    expect(await auditCount("moment.delete")).toBe(1);
  });
});

describe("the dashboard follows the catalogue", () => {
  it("offers a retired moment that answers carry (past periods), not a retired one without answers", async () => {
    const complaint = await db().momentOfTruth.findFirstOrThrow({ where: { organisationId: org.organisationId, key: "complaint" } });
    const contact = await db().contact.create({
      data: {
        organisationId: org.organisationId,
        teamId: org.teams.T1,
        channel: "PHONE",
        locale: "fr",
        momentOfTruthId: complaint.id,
        occurredAt: new Date(),
        ...unknownLink(),
      },
    });
    await db().customerResponse.create({
      data: {
        organisationId: org.organisationId,
        contactId: contact.id,
        teamId: org.teams.T1,
        momentOfTruthId: complaint.id,
        channel: "PHONE",
        locale: "fr",
        submissionId: randomUUID(),
        score: 9,
      },
    });
    await setMomentActive(org.actors.CX, complaint.id, false);
    await setMomentActive(org.actors.CX, ids.customerMoments.visite_magasin!, false);
    const options = await listMomentOptions(org.actors.CX);
    expect(options.find((m) => m.id === complaint.id)).toMatchObject({ active: false });
    expect(options.map((m) => m.id)).not.toContain(ids.customerMoments.visite_magasin);
    expect(options.find((m) => m.id === ids.customerMoments.panne)).toMatchObject({ active: true });
  });
});

describe("employee events follow the catalogue", () => {
  const post = (type: string) =>
    postEvent(
      new Request("http://localhost/api/v1/employee-events", {
        method: "POST",
        headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json" },
        body: JSON.stringify({ email: "employee@moments-a.test", type, occurredAt: "2026-11-02T09:00:00Z" }),
      }),
    );

  it("schedules the pulse after the moment's delay; a moment retired, not triggering or missing answers 422 and stores nothing", async () => {
    const recruited = await post("recruitment");
    expect(recruited.status).toBe(201);
    expect(await recruited.json()).toMatchObject({ type: "recruitment", surveyDueAt: "2026-11-12T09:00:00.000Z" });
    const events = () => db().employeeEvent.count({ where: { organisationId: org.organisationId } });
    const before = await events();
    const refused = await post("first_tools");
    expect(refused.status).toBe(422);
    expect(JSON.stringify(await refused.json())).toContain("does not trigger");
    await setMomentActive(org.actors.HR, ids.employeeMoments.entretien_rh!, false);
    const retired = await post("hr_interview");
    expect(retired.status).toBe(422);
    expect(JSON.stringify(await retired.json())).toContain("retired");
    await setMomentActive(org.actors.HR, ids.employeeMoments.entretien_rh!, true);
    await db().momentOfTruth.update({ where: { id: ids.employeeMoments.reponse_suggestion! }, data: { eventType: null } });
    const missing = await post("suggestion_answered");
    expect(missing.status).toBe(422);
    expect(await events()).toBe(before);
    // The HR sync follows the catalogue the same way: the moment's delay, or no event at all.
    const sync = () => db().$transaction((tx) => createSyncEvents(tx, org.organisationId, "JOB_CHANGE", [org.actors.MANAGER.membershipId]));
    await setMomentTrigger(org.actors.HR, ids.employeeMoments.changement_poste!, { triggersPulse: true, pulseDelayDays: 12 });
    expect(await sync()).toBe(1);
    const synced = await db().employeeEvent.findFirstOrThrow({
      where: { membershipId: org.actors.MANAGER.membershipId, type: "JOB_CHANGE" },
    });
    expect(synced.surveyDueAt.getTime() - synced.occurredAt.getTime()).toBe(12 * 86_400_000);
    await setMomentTrigger(org.actors.HR, ids.employeeMoments.changement_poste!, { pulseDelayDays: 12 });
    expect(await sync()).toBe(0);
    // The employee moment with events is now used: it can only be retired.
    expect(await deleteMoment(org.actors.HR, ids.employeeMoments.recrutement!)).toMatchObject({ ok: false });
  });
});
