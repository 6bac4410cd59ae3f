// The audit log viewer's data layer (issue 12 §7): ADMIN only, what the product's writes audit
// shows up, filters by person, action and Paris day, keyset pages both ways with nothing skipped
// or repeated, the export holds every row, and bad input is an expected error (never a crash).
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/lib/auth/actor-types";
import { createApiKey } from "@/lib/db/api-keys/create-api-key";
import { exportAuditLog } from "@/lib/db/audit/export-audit-log";
import { listAuditFilterOptions } from "@/lib/db/audit/list-audit-filter-options";
import { AUDIT_PAGE_SIZE, listAuditLog, type AuditEntryDto } from "@/lib/db/audit/list-audit-log";
import { db } from "@/tests/db/owner-db";
import { invitePerson, updatePerson } from "@/lib/db/people/manage-people";
import { createTeam } from "@/lib/db/teams/manage-teams";
import { ExpectedError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { createOrgFixture, type OrgFixture } from "./fixtures";

let a: OrgFixture;
let b: OrgFixture;
const BULK = 120;

async function allPages(filters: unknown = {}): Promise<AuditEntryDto[]> {
  const rows: AuditEntryDto[] = [];
  let cursor: string | undefined;
  do {
    const page = await listAuditLog(a.actors.ADMIN, { filters, cursor });
    rows.push(...page.rows);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return rows;
}

beforeAll(async () => {
  a = await createOrgFixture("audita", 0);
  b = await createOrgFixture("auditb", 0);
  // Real writes of the product, audited by their own code.
  await createApiKey(a.actors.ADMIN, { name: "CRM", scopes: ["contacts:write"] });
  await createTeam(a.actors.ADMIN, { name: "Nouvelle équipe", kind: "TEAM", parentId: a.teams.S });
  expect(
    await updatePerson(a.actors.HR, a.actors.EMPLOYEE.membershipId, { name: "EMPLOYEE audita", role: "MANAGER", teamId: a.teams.T1 }),
  ).toMatchObject({ ok: true });
  await invitePerson(a.actors.HR, a.actors.EMPLOYEE.membershipId);
  // A bulk of HR's entries, all at one instant (ties broken by id), and two around a Paris midnight.
  const at = new Date("2026-10-15T10:00:00Z");
  await db().auditLog.createMany({
    data: Array.from({ length: BULK }, (_, i) => ({
      organisationId: a.organisationId,
      actorId: a.actors.HR.membershipId,
      action: "bulk.test",
      targetType: "Probe",
      targetId: String(i),
      createdAt: at,
    })),
  });
  await db().auditLog.createMany({
    data: [
      // 23:30 UTC on 30 November is 00:30 on 1 December in Paris.
      {
        organisationId: a.organisationId,
        action: "midnight.test",
        targetType: "Probe",
        targetId: "dec-1",
        createdAt: new Date("2026-11-30T23:30:00Z"),
      },
      {
        organisationId: a.organisationId,
        action: "midnight.test",
        targetType: "Probe",
        targetId: "nov-30",
        createdAt: new Date("2026-11-30T22:30:00Z"),
      },
    ],
  });
  await db().auditLog.create({
    data: { organisationId: b.organisationId, actorId: b.actors.ADMIN.membershipId, action: "beta.secret", targetType: "Probe" },
  });
});

describe("listAuditLog", () => {
  it.each(["HR", "CX", "MANAGER", "EMPLOYEE"] as Role[])("refuses %s", async (role) => {
    await expect(listAuditLog(a.actors[role])).rejects.toBeInstanceOf(ForbiddenError);
    await expect(exportAuditLog(a.actors[role], {})).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listAuditFilterOptions(a.actors[role])).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("shows the product's audited writes, by whom, with their metadata", async () => {
    const rows = await allPages();
    const actions = new Set(rows.map((row) => row.action));
    for (const action of ["apiKey.create", "team.create", "person.role", "person.invite"]) expect(actions).toContain(action);
    const role = rows.find((row) => row.action === "person.role")!;
    expect(role.actor).toMatchObject({ membershipId: a.actors.HR.membershipId, email: "hr@audita.test" });
    expect(role.metadata).toMatchObject({ changes: { role: expect.anything() } });
    expect(rows.map((row) => row.action)).not.toContain("beta.secret");
  });

  it("pages newest first without skipping or repeating, and the newer links lead back", async () => {
    const first = await listAuditLog(a.actors.ADMIN, { filters: { action: "bulk.test" } });
    expect(first.rows).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.previousCursor).toBeNull();
    const second = await listAuditLog(a.actors.ADMIN, { filters: { action: "bulk.test" }, cursor: first.nextCursor! });
    const third = await listAuditLog(a.actors.ADMIN, { filters: { action: "bulk.test" }, cursor: second.nextCursor! });
    expect(third.rows).toHaveLength(BULK - 2 * AUDIT_PAGE_SIZE);
    expect(third.nextCursor).toBeNull();
    const ids = [...first.rows, ...second.rows, ...third.rows].map((row) => Number(row.targetId));
    expect(ids).toEqual(Array.from({ length: BULK }, (_, i) => BULK - 1 - i));
    const back = await listAuditLog(a.actors.ADMIN, { filters: { action: "bulk.test" }, cursor: third.previousCursor! });
    expect(back.rows.map((row) => row.id)).toEqual(second.rows.map((row) => row.id));
    const top = await listAuditLog(a.actors.ADMIN, { filters: { action: "bulk.test" }, cursor: second.previousCursor! });
    expect(top.rows.map((row) => row.id)).toEqual(first.rows.map((row) => row.id));
    expect(top.previousCursor).toBeNull();
  });

  it("filters by person, action and Paris day (both ends included)", async () => {
    const hr = await allPages({ personId: a.actors.HR.membershipId });
    expect(hr.length).toBe(BULK + 2);
    expect(hr.every((row) => row.actor?.membershipId === a.actors.HR.membershipId)).toBe(true);
    const dec1 = await allPages({ action: "midnight.test", from: "2026-12-01", to: "2026-12-01" });
    expect(dec1.map((row) => row.targetId)).toEqual(["dec-1"]);
    const nov30 = await allPages({ action: "midnight.test", to: "2026-11-30" });
    expect(nov30.map((row) => row.targetId)).toEqual(["nov-30"]);
    expect(await allPages({ from: "2026-10-15", to: "2026-10-15" })).toHaveLength(BULK);
  });

  it.each([
    ["a garbage date", { from: "yesterday" }],
    ["an impossible date", { to: "2026-02-30" }],
    ["dates the wrong way round", { from: "2026-12-01", to: "2026-11-01" }],
    ["a person id that is no id", { personId: "42" }],
    ["an unknown field", { sort: "asc" }],
  ])("refuses %s as INVALID_INPUT", async (_name, filters) => {
    const error = await listAuditLog(a.actors.ADMIN, { filters }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExpectedError);
    expect(error).toMatchObject({ code: "INVALID_INPUT" });
  });

  it("answers 'not found' for an unknown person and another organisation's person", async () => {
    for (const personId of ["00000000-0000-4000-8000-000000000000", b.actors.ADMIN.membershipId]) {
      await expect(listAuditLog(a.actors.ADMIN, { filters: { personId } })).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  it("refuses a cursor it did not write", async () => {
    for (const cursor of ["garbage", Buffer.from("a.1.x").toString("base64url"), "x".repeat(200)]) {
      await expect(listAuditLog(a.actors.ADMIN, { cursor })).rejects.toMatchObject({ code: "INVALID_INPUT", message: /cursor/ });
    }
  });
});

describe("exportAuditLog and the filter options", () => {
  it("exports every row of the filter, in the list's order", async () => {
    const rows: AuditEntryDto[] = [];
    for await (const batch of await exportAuditLog(a.actors.ADMIN, {})) rows.push(...batch);
    expect(rows.map((row) => row.id)).toEqual((await allPages()).map((row) => row.id));
    await expect(exportAuditLog(a.actors.ADMIN, { from: "nope" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it("offers the actors and actions of this organisation's log only", async () => {
    const options = await listAuditFilterOptions(a.actors.ADMIN);
    expect(options.actions).toEqual(expect.arrayContaining(["apiKey.create", "bulk.test", "person.role"]));
    expect(options.actions).not.toContain("beta.secret");
    expect(options.people.map((p) => p.membershipId).sort()).toEqual([a.actors.ADMIN.membershipId, a.actors.HR.membershipId].sort());
  });
});
