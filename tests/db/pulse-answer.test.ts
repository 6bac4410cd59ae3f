// Answering a pulse: one anonymous response + the participation in one transaction, a second
// answer refused (also under concurrency), every bad input refused with nothing stored.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/tests/db/owner-db";
import { findPulseForm } from "@/lib/db/pulses/find-pulse-form";
import { submitEmployeeResponse } from "@/lib/db/pulses/submit-employee-response";
import { parseAnswerDraft, emptyAnswerDraft } from "@/lib/pulses/answer-schema";
import { countEmployeeWrites, createPulseOrg, createTestPulse, validAnswer, type PulseOrgFixture } from "./pulse-fixtures";

let org: PulseOrgFixture;
let other: PulseOrgFixture;

beforeAll(async () => {
  org = await createPulseOrg("pulse-a", 4);
  other = await createPulseOrg("pulse-b", 0);
});

describe("findPulseForm", () => {
  it("gives the employee side of the catalogue in the reader's language with the threshold", async () => {
    const pulseId = await createTestPulse(org);
    const fr = await findPulseForm(org.employees[0]!, pulseId, "fr");
    if (fr.status !== "open") throw new Error(fr.status);
    expect(fr.form.items.map((i) => i.text)).toContain("Mon manager est à mon écoute");
    expect(fr.form.minGroupSize).toBe(5);
    const en = await findPulseForm(org.employees[0]!, pulseId, "en");
    if (en.status !== "open") throw new Error(en.status);
    expect(en.form.items.map((i) => i.text)).toContain("My manager listens to me");
  });
});

describe("submitEmployeeResponse", () => {
  it("stores the response without user or time and marks the participation, in one go", async () => {
    const pulseId = await createTestPulse(org);
    const employee = org.employees[1]!;
    expect(await submitEmployeeResponse(employee, pulseId, validAnswer(org))).toEqual({ status: "stored" });
    const pulse = await db().pulse.findUniqueOrThrow({ where: { id: pulseId } });
    // The answer waits as a ballot until its month is released (docs/anonymity.md).
    expect(await db().employeeResponse.count({ where: { pulseId } })).toBe(0);
    const [response] = await db().employeeBallot.findMany({ where: { pulseId } });
    expect(response).toMatchObject({ teamId: org.teams.T1, score: 8, suggestion: "Des outils plus rapides", eventType: null });
    expect(Object.keys(response!.items as object)).toHaveLength(2);
    expect(response!.irritantIds).toHaveLength(1);
    expect(response!.period.toISOString().slice(0, 7)).toBe(pulse.closesAt.toISOString().slice(0, 7));
    expect(response!.period.getUTCDate()).toBe(1);
    expect(response!.id[14]).toBe("4"); // random v4 id
    const participation = await db().pulseParticipation.findUniqueOrThrow({
      where: { pulseId_membershipId: { pulseId, membershipId: employee.membershipId } },
    });
    expect(participation.answered).toBe(true);
    // Only the answer's team is marked for its month (lib/db/rollup/mark-dirty.ts).
    const marker = { organisationId: org.organisationId, period: response!.period, teamId: response!.teamId };
    expect(await db().rollupDirtyTeam.count({ where: marker })).toBe(1);
    expect((await findPulseForm(employee, pulseId, "fr")).status).toBe("answered");
  });

  it("refuses a second answer with a clear status and stores nothing more", async () => {
    const pulseId = await createTestPulse(org);
    const employee = org.employees[2]!;
    expect((await submitEmployeeResponse(employee, pulseId, validAnswer(org))).status).toBe("stored");
    const before = await countEmployeeWrites(org.organisationId);
    expect(await submitEmployeeResponse(employee, pulseId, validAnswer(org, 2))).toEqual({ status: "answered" });
    expect(await countEmployeeWrites(org.organisationId)).toEqual(before);
  });

  it("stores exactly one answer when the same person submits ten times at once", async () => {
    const pulseId = await createTestPulse(org);
    const employee = org.employees[3]!;
    const results = await Promise.all(Array.from({ length: 10 }, () => submitEmployeeResponse(employee, pulseId, validAnswer(org))));
    expect(results.filter((r) => r.status === "stored")).toHaveLength(1);
    expect(results.filter((r) => r.status === "answered")).toHaveLength(9);
    expect(await db().employeeBallot.count({ where: { pulseId } })).toBe(1);
  });

  it("refuses a not-yet-open, a draft, an early-closed and an ended pulse", async () => {
    const employee = org.employees[0]!;
    const future = await createTestPulse(org, { opensInDays: 2, closesInDays: 10 });
    const draft = await createTestPulse(org, { launch: false });
    const closedEarly = await createTestPulse(org);
    await db().pulse.update({ where: { id: closedEarly }, data: { closedEarlyAt: new Date() } });
    const ended = await createTestPulse(org);
    await db().pulse.update({ where: { id: ended }, data: { closesAt: new Date(Date.now() - 1000) } });
    const before = await countEmployeeWrites(org.organisationId);
    for (const pulseId of [future, draft, closedEarly, ended]) {
      expect(await submitEmployeeResponse(employee, pulseId, validAnswer(org))).toEqual({ status: "notOpen" });
    }
    expect(await countEmployeeWrites(org.organisationId)).toEqual(before);
  });

  it("answers notFound for another team's, another organisation's or a malformed pulse", async () => {
    const employee = org.employees[0]!;
    const otherTeam = await createTestPulse(org, { teamKey: "S2" });
    const otherOrg = await createTestPulse(other);
    const before = await countEmployeeWrites(org.organisationId);
    for (const pulseId of [otherTeam, otherOrg, "not-a-uuid", "00000000-0000-4000-8000-000000000000"]) {
      expect(await submitEmployeeResponse(employee, pulseId, validAnswer(org))).toEqual({ status: "notFound" });
      expect((await findPulseForm(employee, pulseId, "fr")).status).toBe("notFound");
    }
    expect(await countEmployeeWrites(org.organisationId)).toEqual(before);
    expect(await countEmployeeWrites(other.organisationId)).toEqual({ responses: 0, items: 0, irritants: 0, answered: 0, respondents: 0 });
  });

  it("refuses items or irritants of another organisation or the customer side", async () => {
    const pulseId = await createTestPulse(org);
    const employee = org.employees[0]!;
    const foreignItem = { ...validAnswer(org), items: { [other.catalogues.items.ecoute!]: 3 } };
    const customerIrritant = { ...validAnswer(org), irritantIds: [Object.values(org.catalogues.customerIrritants)[0]!] };
    expect(await submitEmployeeResponse(employee, pulseId, foreignItem)).toEqual({ status: "invalid", fields: ["items"] });
    expect(await submitEmployeeResponse(employee, pulseId, customerIrritant)).toEqual({ status: "invalid", fields: ["irritants"] });
    expect(await db().pulseParticipation.count({ where: { pulseId, answered: true } })).toBe(0);
  });
});

describe("parseAnswerDraft", () => {
  it("refuses out-of-range scores and items, oversized texts", () => {
    const draft = emptyAnswerDraft();
    expect(parseAnswerDraft({ ...draft, score: "11" })).toEqual({ ok: false, fields: ["score"] });
    expect(parseAnswerDraft({ ...draft, score: "-1" })).toEqual({ ok: false, fields: ["score"] });
    expect(parseAnswerDraft({ ...draft, score: "" })).toEqual({ ok: false, fields: ["score"] });
    expect(parseAnswerDraft({ ...draft, score: "7", items: { "00000000-0000-4000-8000-000000000000": "6" } })).toEqual({
      ok: false,
      fields: ["items"],
    });
    expect(parseAnswerDraft({ ...draft, score: "7", comment: "x".repeat(2001) })).toEqual({ ok: false, fields: ["comment"] });
    expect(parseAnswerDraft({ ...draft, score: "7", suggestion: "x".repeat(2001) })).toEqual({ ok: false, fields: ["suggestion"] });
    expect(parseAnswerDraft({ ...draft, score: "10", comment: "  ok  " })).toMatchObject({
      ok: true,
      input: { score: 10, comment: "ok", suggestion: null },
    });
  });
});
