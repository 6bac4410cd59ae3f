// The writes issue 12 §7 asked to see in the audit log: pulse create / launch / close, follow-up
// status changes, contact CSV imports, employee events from the API and sign-ins. Each one writes
// its row with the change, with useful metadata, and a refused write leaves no row.
import bcrypt from "bcryptjs";
import { beforeAll, describe, expect, it } from "vitest";
import type { ApiPrincipal } from "@/lib/auth/actor-types";
import { apiScopes } from "@/lib/auth/api-scopes";
import { attemptSignIn, SIGN_IN_ADDRESS } from "@/lib/auth/attempt-sign-in";
import { db } from "@/tests/db/owner-db";
import { importContactsCsv } from "@/lib/db/contacts/import-contacts-csv";
import { createEmployeeEvent } from "@/lib/db/employee-events/create-employee-event";
import { updateFollowUpStatus } from "@/lib/db/follow-ups/update-follow-up-status";
import { closePulseEarly, launchPulse } from "@/lib/db/pulses/launch-pulse";
import { submitCustomerResponse } from "@/lib/db/survey-links/submit-customer-response";
import { ExpectedError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { clientAddressKey, hashedKey, PEER_ADDRESS_HEADER } from "@/lib/http/client-address";
import { en } from "@/lib/i18n/messages/en";
import { fr } from "@/lib/i18n/messages/fr";
import { auditActionLabel } from "@/lib/organisations/audit-log";
import { ZEmployeeEventInput } from "@/lib/pulses/employee-event-schema";
import { createPulseOrg, createTestPulse, type PulseOrgFixture } from "./pulse-fixtures";
import { answer, createLinkedContact, createSurveyOrg, type SurveyOrgFixture } from "./survey-fixtures";

let org: PulseOrgFixture;
let other: PulseOrgFixture;
let survey: SurveyOrgFixture;

const auditRows = (organisationId: string, action: string) =>
  db().auditLog.findMany({ where: { organisationId, action }, orderBy: { id: "asc" } });

beforeAll(async () => {
  org = await createPulseOrg("auditw-a", 2);
  other = await createPulseOrg("auditw-b", 0);
  survey = await createSurveyOrg("auditw-s");
});

describe("pulses", () => {
  it("audits creation, launch and early close, each once, with what was done", async () => {
    const pulseId = await createTestPulse(org, { launch: false });
    const [created] = await db().auditLog.findMany({
      where: { organisationId: org.organisationId, action: "pulse.create", targetId: pulseId },
    });
    expect(created).toMatchObject({
      actorId: org.actors.HR.membershipId,
      targetType: "Pulse",
      metadata: { name: "Baromètre test", teamId: org.teams.S, teams: 3, cadence: "ONE_OFF" },
    });
    await launchPulse(org.actors.HR, pulseId);
    await expect(launchPulse(org.actors.HR, pulseId)).rejects.toBeInstanceOf(ExpectedError);
    const launched = (await auditRows(org.organisationId, "pulse.launch")).filter((row) => row.targetId === pulseId);
    // 3 employees of T1 and the MANAGER of S.
    expect(launched.map((row) => row.metadata)).toEqual([{ invited: 4 }]);
    await closePulseEarly(org.actors.ADMIN, pulseId);
    await expect(closePulseEarly(org.actors.ADMIN, pulseId)).rejects.toBeInstanceOf(ExpectedError);
    const closed = (await auditRows(org.organisationId, "pulse.close")).filter((row) => row.targetId === pulseId);
    expect(closed).toHaveLength(1);
    expect(closed[0]).toMatchObject({ actorId: org.actors.ADMIN.membershipId, metadata: { plannedClosesAt: expect.any(String) } });
  });

  it("writes nothing for a refused role, another organisation's pulse or an archived team", async () => {
    const before = await db().auditLog.count({ where: { organisationId: { in: [org.organisationId, other.organisationId] } } });
    const foreign = await createTestPulse(other, { launch: false });
    const afterForeign = before + 1; // other's own pulse.create
    await expect(launchPulse(org.actors.HR, foreign)).rejects.toBeInstanceOf(NotFoundError);
    await expect(launchPulse(org.actors.CX, foreign)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(closePulseEarly(org.actors.HR, foreign)).rejects.toBeInstanceOf(NotFoundError);
    await db().team.update({ where: { id: org.teams.T2 }, data: { archivedAt: new Date() } });
    await expect(createTestPulse(org, { teamKey: "T2" })).rejects.toBeInstanceOf(ExpectedError);
    await db().team.update({ where: { id: org.teams.T2 }, data: { archivedAt: null } });
    expect(await db().auditLog.count({ where: { organisationId: { in: [org.organisationId, other.organisationId] } } })).toBe(afterForeign);
  });
});

describe("follow-ups", () => {
  async function detractorFollowUp(team: "T1" | "T3"): Promise<string> {
    const { token, contactId } = await createLinkedContact(survey, { team });
    await submitCustomerResponse(token, answer({ score: 1 }));
    return (await db().followUp.findFirstOrThrow({ where: { response: { contactId } } })).id;
  }

  it("audits each status change with from, to and the new assignee", async () => {
    const followUpId = await detractorFollowUp("T1");
    await updateFollowUpStatus(survey.actors.MANAGER, { followUpId, status: "IN_PROGRESS" });
    await updateFollowUpStatus(survey.actors.MANAGER, { followUpId, status: "IN_PROGRESS" }); // no change: no row
    await updateFollowUpStatus(survey.actors.CX, { followUpId, status: "CLOSED" });
    const rows = (await auditRows(survey.organisationId, "followUp.status")).filter((row) => row.targetId === followUpId);
    expect(rows.map((row) => [row.actorId, row.metadata])).toEqual([
      [survey.actors.MANAGER.membershipId, { from: "OPEN", to: "IN_PROGRESS", assigneeId: survey.actors.MANAGER.membershipId }],
      [survey.actors.CX.membershipId, { from: "IN_PROGRESS", to: "CLOSED" }],
    ]);
  });

  it("writes nothing when the follow-up is out of scope or another organisation's", async () => {
    const outside = await detractorFollowUp("T3"); // the MANAGER manages S, not S2
    const before = await db().auditLog.count({ where: { action: "followUp.status" } });
    await expect(updateFollowUpStatus(survey.actors.MANAGER, { followUpId: outside, status: "CLOSED" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(updateFollowUpStatus(org.actors.ADMIN, { followUpId: outside, status: "CLOSED" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateFollowUpStatus(survey.actors.EMPLOYEE, { followUpId: outside, status: "CLOSED" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await db().auditLog.count({ where: { action: "followUp.status" } })).toBe(before);
    expect((await db().followUp.findUniqueOrThrow({ where: { id: outside } })).status).toBe("OPEN");
  });
});

describe("contact CSV imports", () => {
  const BASE = { baseUrl: "https://nps.example.test" };
  const file = (prefix: string) =>
    [
      "externalId;teamExternalId;channel;momentOfTruth;locale;customerEmail",
      `${prefix}-1;auditw-s-T1;phone;complaint;fr;claire@example.fr`,
      `${prefix}-2;auditw-s-T1;fax;complaint;fr;`,
      `${prefix}-3;auditw-s-T2;chat;complaint;en;`,
      `"${prefix}-4;auditw-s-T1;phone;complaint;fr;`,
    ].join("\n");

  it("audits an import that stores contacts with its counts, and not a re-import that stores nothing", async () => {
    const result = await importContactsCsv(survey.actors.CX, file("aw"), BASE);
    expect(result).toMatchObject({ ok: true, created: 2 });
    const rows = await auditRows(survey.organisationId, "contacts.import");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorId: survey.actors.CX.membershipId,
      targetType: "Contact",
      metadata: { source: "csv", received: 3, invalid: 1, unreadableLines: 1, created: 2, existing: 0 },
    });
    expect(JSON.stringify(rows[0]!.metadata)).not.toContain("claire");
    expect(await importContactsCsv(survey.actors.CX, file("aw"), BASE)).toMatchObject({ ok: true, created: 0, existing: 2 });
    expect(await auditRows(survey.organisationId, "contacts.import")).toHaveLength(1);
    const mixed = file("aw").split("\n").slice(0, 2).concat("aw-5;auditw-s-T1;email;complaint;fr;").join("\n");
    expect(await importContactsCsv(survey.actors.CX, mixed, BASE)).toMatchObject({ ok: true, created: 1, existing: 1 });
    expect((await auditRows(survey.organisationId, "contacts.import")).at(-1)?.metadata).toMatchObject({ created: 1, existing: 1 });
  });

  it("writes nothing for a refused role, an unreadable file or a file of invalid rows only", async () => {
    await expect(importContactsCsv(survey.actors.EMPLOYEE, file("no"), BASE)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await importContactsCsv(survey.actors.CX, "", BASE)).toMatchObject({ ok: false });
    expect(
      await importContactsCsv(survey.actors.CX, "teamExternalId;channel;momentOfTruth;locale\nnope;phone;complaint;fr", BASE),
    ).toMatchObject({
      ok: true,
      created: 0,
    });
    expect(await auditRows(survey.organisationId, "contacts.import")).toHaveLength(2);
  });
});

describe("employee events from the API", () => {
  const keyOf = (organisationId: string): ApiPrincipal => ({
    kind: "apiKey",
    organisationId,
    apiKeyId: "00000000-0000-7000-8000-00000000abcd",
    name: "SIRH",
    scopes: apiScopes,
  });

  it("audits the event with the key that sent it, the person and the dates", async () => {
    const event = await createEmployeeEvent(
      keyOf(org.organisationId),
      ZEmployeeEventInput.parse({ email: org.actors.EMPLOYEE.email, type: "onboarding", occurredAt: "2026-11-02T09:00:00Z" }),
    );
    const rows = await auditRows(org.organisationId, "employeeEvent.create");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorId: null,
      targetType: "EmployeeEvent",
      targetId: event.id,
      metadata: {
        apiKeyId: "00000000-0000-7000-8000-00000000abcd",
        apiKeyName: "SIRH",
        type: "onboarding",
        membershipId: org.actors.EMPLOYEE.membershipId,
        occurredAt: "2026-11-02T09:00:00.000Z",
        surveyDueAt: "2026-12-02T09:00:00.000Z",
      },
    });
  });

  it("writes nothing for an unknown person, another organisation's person or a key without the scope", async () => {
    const input = ZEmployeeEventInput.parse({ email: other.actors.EMPLOYEE.email, type: "onboarding", occurredAt: "2026-11-02T09:00:00Z" });
    await expect(createEmployeeEvent(keyOf(org.organisationId), input)).rejects.toBeInstanceOf(ExpectedError);
    await expect(createEmployeeEvent({ ...keyOf(other.organisationId), scopes: ["contacts:write"] }, input)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect(await db().auditLog.count({ where: { action: "employeeEvent.create" } })).toBe(1);
  });
});

describe("sign-ins", () => {
  const PASSWORD = "un mot de passe correct";
  const address = (ip: string) => clientAddressKey(new Headers({ [PEER_ADDRESS_HEADER]: ip }), SIGN_IN_ADDRESS);
  const signInRows = async (membershipId: string) =>
    db().auditLog.findMany({ where: { targetId: membershipId, action: { startsWith: "signIn." } }, orderBy: { id: "asc" } });

  beforeAll(async () => {
    await db().user.update({ where: { id: org.actors.HR.userId }, data: { passwordHash: await bcrypt.hash(PASSWORD, 4) } });
  });

  it("audits a success and a refusal in the account's organisation, by its keys, never the password or address", async () => {
    const addressKey = address("203.0.113.77");
    const accountKey = hashedKey("sign-in-account", org.actors.HR.email);
    expect((await attemptSignIn({ email: org.actors.HR.email, password: "pas le bon", addressKey })).status).toBe("invalid");
    expect((await attemptSignIn({ email: org.actors.HR.email, password: PASSWORD, addressKey })).status).toBe("ok");
    const rows = await signInRows(org.actors.HR.membershipId);
    expect(rows.map((row) => [row.organisationId, row.action, row.actorId, row.metadata])).toEqual([
      [org.organisationId, "signIn.refused", null, { reason: "credentials", accountKey, addressKey }],
      [org.organisationId, "signIn.success", org.actors.HR.membershipId, { accountKey, addressKey }],
    ]);
    const text = JSON.stringify(rows.map(({ id: _id, ...row }) => row));
    for (const secret of [PASSWORD, "pas le bon", org.actors.HR.email, "203.0.113.77"]) expect(text).not.toContain(secret);
    // The success gave back its own two hits, in the same transaction as its row.
    expect((await db().rateLimit.findUniqueOrThrow({ where: { key: accountKey } })).count).toBe(1);
  });

  it("audits only the first refusal past a limit, and nothing for an address that is no account", async () => {
    const email = org.employees[1]!.email;
    const addressKey = address("203.0.113.78");
    for (let i = 0; i < 9; i++) await attemptSignIn({ email, password: `faux ${i}`, addressKey });
    const rows = await signInRows(org.employees[1]!.membershipId);
    expect(rows.map((row) => (row.metadata as { reason: string }).reason)).toEqual([...Array(5).fill("credentials"), "limited"]);
    expect(rows.at(-1)?.metadata).toMatchObject({ retryAfterSeconds: expect.any(Number) });
    const before = await db().auditLog.count();
    await attemptSignIn({ email: "personne@nulle-part.test", password: "x", addressKey: address("203.0.113.79") });
    expect(await db().auditLog.count()).toBe(before);
  });
});

describe("the viewer's labels", () => {
  it.each([
    "pulse.create",
    "pulse.launch",
    "pulse.close",
    "followUp.status",
    "contacts.import",
    "employeeEvent.create",
    "signIn.success",
    "signIn.refused",
  ])("names %s in French and English", (action) => {
    expect(auditActionLabel(action, fr.audit.actions)).not.toBe(action);
    expect(auditActionLabel(action, en.audit.actions)).not.toBe(action);
  });
});
