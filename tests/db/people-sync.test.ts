// Issue 12 §4 against real PostgreSQL, through PUT/GET /api/v1/people and the data layer: the HR
// system's people synced (created, updated, moved, deactivated, reactivated), idempotent, a dry run
// that writes nothing, every row error reported by index with nothing changed, someone added by
// hand linked by address, an account of another organisation joining without being renamed,
// ADMIN never given nor taken, and the opted-in moments of truth (onboarding, job change,
// reorganisation) created by the syncs themselves.
import { beforeAll, describe, expect, it } from "vitest";
import { GET, PUT } from "@/app/api/v1/people/route";
import { createApiKeyForOrganisation } from "@/lib/db/api-keys/create-api-key";
import { db } from "@/tests/db/owner-db";
import { syncPeople } from "@/lib/db/directory/sync-people";
import { syncTeams } from "@/lib/db/directory/sync-teams";
import { createOrganisation } from "@/lib/db/organisations/create-organisation";
import { createPerson } from "@/lib/db/people/manage-people";
import { findActor } from "@/lib/db/users/find-actor";
import type { Actor } from "@/lib/auth/actor-types";
import { ForbiddenError } from "@/lib/errors";
import { keyedGet, keyedJson } from "./api-request";
import { createOrgFixture, type OrgFixture } from "./fixtures";

const BASE = "http://localhost/api/v1/people";
let organisationId: string;
let key: string;
let admin: Actor;
let other: OrgFixture;

const put = (body: unknown, query = "") => PUT(keyedJson(`${BASE}${query}`, key, "PUT", body));
const get = (query = "") => GET(keyedGet(`${BASE}${query}`, key));

const TEAMS = [
  { externalId: "D", name: "Direction", parentExternalId: null },
  { externalId: "T-A", name: "Conseil A", parentExternalId: "D" },
  { externalId: "T-B", name: "Conseil B", parentExternalId: "D" },
  { externalId: "T-OLD", name: "Ancienne", parentExternalId: "D" },
];

type Row = { externalId: string; email: string; givenName: string; familyName: string; teamExternalId: string | null; role: string };
const person = (n: number, team = "T-A", role = "EMPLOYEE"): Row => ({
  externalId: `E${n}`,
  email: `e${n}@people.test`,
  givenName: `Prénom${n}`,
  familyName: `Nom${n}`,
  teamExternalId: team,
  role,
});
const STAFF: Row[] = [person(1), person(2), person(3, "T-B"), person(4, "T-B", "MANAGER"), person(5, "D", "HR")];
/** STAFF after the second test's changes: the body that matches the synced people as they are then. */
const STAFF_NOW: Row[] = STAFF.map((row) =>
  row.externalId === "E1"
    ? { ...row, familyName: "Martin-Nom1", email: "e1.new@people.test" }
    : row.externalId === "E2"
      ? { ...row, teamExternalId: "T-B", role: "CX" }
      : row,
);
const currentStaff = () => STAFF_NOW;
const hand = (): Row => ({
  externalId: "E-HAND",
  email: "hand@people.test",
  givenName: "Ajout",
  familyName: "Main",
  teamExternalId: "T-A",
  role: "EMPLOYEE",
});
const outside = (): Row => ({
  externalId: "E-OUT",
  email: "employee@people-sync-b.test",
  givenName: "Autre",
  familyName: "Nom",
  teamExternalId: "T-A",
  role: "EMPLOYEE",
});

/** Everything a sync may write, for "nothing changed" checks. */
async function snapshot() {
  const [memberships, users, audits, events] = await Promise.all([
    db().membership.findMany({ where: { organisationId }, orderBy: { id: "asc" } }),
    db().user.findMany({ where: { memberships: { some: { organisationId } } }, orderBy: { id: "asc" } }),
    db().auditLog.count({ where: { organisationId } }),
    db().employeeEvent.count({ where: { organisationId } }),
  ]);
  return { memberships, users, audits, events };
}

const byHrId = async (externalId: string) =>
  db().membership.findFirstOrThrow({ where: { organisationId, externalId }, include: { user: true, team: true } });

beforeAll(async () => {
  const created = await createOrganisation({
    name: "Maison Personnes",
    slug: "people-sync",
    adminEmail: "admin@people.test",
    adminName: "Admin",
  });
  if (!created.ok) throw new Error("fixture");
  organisationId = created.organisationId;
  key = (await createApiKeyForOrganisation("people-sync", "SIRH", ["directory:write"])).key;
  const adminUser = await db().user.findUniqueOrThrow({ where: { email: "admin@people.test" } });
  admin = (await findActor(adminUser.id))!;
  expect((await syncTeams(admin, TEAMS, { dryRun: false, mirror: false })).applied).toBe(true);
  other = await createOrgFixture("people-sync-b", 0);
});

describe("PUT /api/v1/people", () => {
  it("a dry run answers the diff and writes nothing; the real run creates everyone; the same body again changes nothing", async () => {
    const before = await snapshot();
    const dry = await put({ people: STAFF }, "?dryRun=true");
    expect(dry.status).toBe(200);
    expect(await dry.json()).toMatchObject({ dryRun: true, applied: false, counts: { created: 5, unchanged: 0 } });
    expect(await snapshot()).toEqual(before);

    const run = await put({ people: STAFF });
    expect(await run.json()).toMatchObject({ applied: true, counts: { created: 5, updated: 0, moved: 0, deactivated: 0 }, events: 0 });
    const e4 = await byHrId("E4");
    expect([e4.user.email, e4.user.name, e4.role, e4.team?.externalId, e4.active]).toEqual([
      "e4@people.test",
      "Prénom4 Nom4",
      "MANAGER",
      "T-B",
      true,
    ]);
    expect((await byHrId("E5")).role).toBe("HR");
    const after = await snapshot();
    expect(after.memberships).toHaveLength(before.memberships.length + 5);
    expect(after.audits).toBe(before.audits + 1);
    const audit = await db().auditLog.findFirstOrThrow({ where: { organisationId, action: "directory.people.sync" } });
    expect(audit.metadata).toMatchObject({ created: 5, mirror: false });

    const again = await put({ people: [...STAFF].reverse() });
    expect(await again.json()).toMatchObject({ applied: false, counts: { created: 0, unchanged: 5 } });
    expect(await snapshot()).toEqual(after);
  });

  it("updates names, addresses and roles, moves people, and reads them back in pages", async () => {
    // Addresses are compared as lower case.
    const body = STAFF_NOW.map((row) => (row.externalId === "E1" ? { ...row, email: "E1.New@People.test" } : row));
    const result = await (await put({ people: body })).json();
    expect(result).toMatchObject({ applied: true, counts: { updated: 2, moved: 1, unchanged: 3 }, changes: { moved: ["E2"] } });
    const e1 = await byHrId("E1");
    expect([e1.user.email, e1.user.name]).toEqual(["e1.new@people.test", "Prénom1 Martin-Nom1"]);
    const e2 = await byHrId("E2");
    expect([e2.role, e2.team?.externalId]).toEqual(["CX", "T-B"]);
    const roleChange = await db().auditLog.findFirstOrThrow({
      where: { organisationId, action: "directory.people.sync" },
      orderBy: { createdAt: "desc" },
    });
    expect(roleChange.metadata).toMatchObject({ roleChanges: [{ externalId: "E2", role: "CX" }] });

    const page = await (await get()).json();
    expect(page.next).toBeNull();
    expect(page.people.find((p: { externalId: string }) => p.externalId === "E2")).toMatchObject({
      email: "e2@people.test",
      role: "CX",
      teamExternalId: "T-B",
      active: true,
    });
    expect(page.people.map((p: { id: string }) => p.id)).not.toContain(other.actors.EMPLOYEE.membershipId);
    expect((await get("?after=nope")).status).toBe(422);
  });

  it("reports every row error by index and changes nothing", async () => {
    await syncTeams(admin, [...TEAMS.filter((team) => team.externalId !== "T-OLD")], { dryRun: false, mirror: true });
    const before = await snapshot();
    const response = await put({
      people: [
        person(10),
        { ...person(11), externalId: "E10" },
        { ...person(12), email: "e10@people.test" },
        { ...person(13), teamExternalId: "NOWHERE" },
        { ...person(14), teamExternalId: "T-OLD" },
        { ...person(15), role: "ADMIN" },
        { ...person(16), email: "pas une adresse" },
        { ...person(17), nickname: "x" },
        { ...person(18), email: "e2@people.test" },
        { ...person(19), teamExternalId: "people-sync-b-T1" },
        { ...person(20), givenName: "" },
        "not a person",
      ],
    });
    expect(response.status).toBe(422);
    const problem = await response.json();
    const found = problem.errors.map((error: { index: number; field: string }) => `${error.index}:${error.field}`);
    expect(found.sort()).toEqual(
      [
        "1:externalId",
        "2:email",
        "3:teamExternalId",
        "4:teamExternalId",
        "5:role",
        "6:email",
        "7:nickname",
        "8:email",
        "9:teamExternalId",
        "10:givenName",
        "11:row",
      ].sort(),
    );
    expect(problem.detail).toContain("nothing was changed");
    expect(await snapshot()).toEqual(before);
    // Bad query, bad body shape: 422 with a plain message, nothing changed.
    expect((await put({ people: STAFF }, "?dryRun=maybe")).status).toBe(422);
    expect((await put(STAFF)).status).toBe(422);
    expect((await put({ people: STAFF, extra: 1 })).status).toBe(422);
    expect(await snapshot()).toEqual(before);
  });

  it("links someone added by hand by their address, and lets an account of another organisation join without renaming it", async () => {
    const added = await createPerson(admin, {
      email: "hand@people.test",
      name: "Ajout Main",
      role: "EMPLOYEE",
      teamId: "",
      externalId: "",
    });
    expect(added.ok).toBe(true);
    const outsider = other.actors.EMPLOYEE;
    const result = await (
      await put({
        people: [...currentStaff(), hand(), { ...outside(), email: outsider.email }],
      })
    ).json();
    expect(result).toMatchObject({ applied: true, counts: { created: 1, updated: 1, moved: 1 } });
    const linked = await byHrId("E-HAND");
    expect(linked.id).toBe((added as { membershipId: string }).membershipId);
    const joined = await byHrId("E-OUT");
    expect(joined.userId).toBe(outsider.userId);
    // Their name belongs to both organisations: this one's sync does not change it.
    expect(joined.user.name).toBe(outsider.name);
    expect(await db().membership.count({ where: { userId: outsider.userId } })).toBe(2);
    // Nor their address: refused, nothing changed.
    const before = await snapshot();
    const refused = await put({
      people: [...currentStaff(), hand(), { ...outside(), email: "ailleurs@people.test" }],
    });
    expect(refused.status).toBe(422);
    expect(await snapshot()).toEqual(before);
  });

  it("mirror deactivates synced people missing from the body (voiding their links), never an administrator nor someone added by hand; they come back reactivated", async () => {
    await db().membership.update({ where: { id: admin.membershipId }, data: { externalId: "E-ADMIN" } });
    const noHrId = await createPerson(admin, {
      email: "nohr@people.test",
      name: "Sans Matricule",
      role: "EMPLOYEE",
      teamId: "",
      externalId: "",
    });
    expect(noHrId.ok).toBe(true);
    const e3 = await byHrId("E3");
    await db().accountToken.create({
      data: {
        organisationId,
        userId: e3.userId,
        purpose: "INVITATION",
        tokenHash: "a".repeat(64),
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    const body = [...currentStaff(), hand(), outside()].filter((row) => row.externalId !== "E3");
    const result = await (await put({ people: body }, "?mode=mirror")).json();
    expect(result).toMatchObject({ mirror: true, applied: true, counts: { deactivated: 1 }, changes: { deactivated: ["E3"] } });
    expect((await byHrId("E3")).active).toBe(false);
    expect((await byHrId("E-ADMIN")).active).toBe(true);
    expect((await db().membership.findUniqueOrThrow({ where: { id: (noHrId as { membershipId: string }).membershipId } })).active).toBe(
      true,
    );
    const token = await db().accountToken.findFirstOrThrow({ where: { userId: e3.userId } });
    expect(token.expiresAt.getTime()).toBeLessThanOrEqual(Date.now());

    const back = await (await put({ people: [...body, person(3, "T-B")] })).json();
    expect(back).toMatchObject({ counts: { reactivated: 1, updated: 0 }, changes: { reactivated: ["E3"] } });
    // The account shared with the other organisation kept its name through these syncs.
    expect((await byHrId("E-OUT")).user.name).toBe(other.actors.EMPLOYEE.name);
    expect((await byHrId("E3")).active).toBe(true);
  });

  it("never gives nor takes ADMIN; HR cannot change an administrator nor their own role", async () => {
    // The administrator listed as an EMPLOYEE stays an administrator (the key may still move them).
    const asEmployee = {
      externalId: "E-ADMIN",
      email: "admin@people.test",
      givenName: "Admin",
      familyName: "Général",
      teamExternalId: "D",
      role: "EMPLOYEE",
    };
    const result = await (await put({ people: [...currentStaff(), hand(), outside(), asEmployee] })).json();
    expect(result.errors).toEqual([]);
    const adminRow = await byHrId("E-ADMIN");
    expect([adminRow.role, adminRow.team?.externalId, adminRow.user.name]).toEqual(["ADMIN", "D", "Admin Général"]);

    const hr = (await findActor((await byHrId("E5")).userId))!;
    const before = await snapshot();
    const moved = await syncPeople(hr, [...currentStaff(), hand(), outside(), { ...asEmployee, teamExternalId: "T-A" }], {
      dryRun: false,
      mirror: false,
    });
    expect(moved.errors).toEqual([expect.objectContaining({ field: "externalId", message: expect.stringContaining("administrator") })]);
    const demoted = await syncPeople(
      hr,
      currentStaff().map((row) => (row.externalId === "E5" ? { ...row, role: "EMPLOYEE" } : row)),
      { dryRun: false, mirror: false },
    );
    expect(demoted.errors).toEqual([expect.objectContaining({ field: "role" })]);
    expect(await snapshot()).toEqual(before);
    for (const role of ["CX", "MANAGER", "EMPLOYEE"] as const)
      await expect(syncPeople(other.actors[role], STAFF, { dryRun: true, mirror: false })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("creates the moments of truth it sees when the organisation opted in: onboarding, job change, reorganisation", async () => {
    const events = (type: string) => db().employeeEvent.count({ where: { organisationId, type: type as "ONBOARDING" } });
    const [onboarding, jobChange, reorganisation] = [
      await events("ONBOARDING"),
      await events("JOB_CHANGE"),
      await events("REORGANISATION"),
    ];
    expect([onboarding, jobChange, reorganisation]).toEqual([0, 0, 0]);
    await db().organisation.update({ where: { id: organisationId }, data: { syncCreatesEvents: true } });
    const staff = [...currentStaff(), hand(), outside()];
    const body = [
      ...staff.map((row) => (row.externalId === "E1" ? { ...row, teamExternalId: "T-B" } : row)),
      person(30),
      person(31, null as unknown as string),
    ];
    const result = await (await put({ people: body })).json();
    expect(result).toMatchObject({ counts: { created: 2, moved: 1 }, events: 3 });
    expect([await events("ONBOARDING"), await events("JOB_CHANGE")]).toEqual([2, 1]);
    const e30 = await byHrId("E30");
    const onboardingEvent = await db().employeeEvent.findFirstOrThrow({ where: { membershipId: e30.id } });
    expect(onboardingEvent.surveyDueAt.getTime() - onboardingEvent.occurredAt.getTime()).toBe(30 * 86_400_000);

    // T-B moves under T-A: a reorganisation for each of its active people (E1, E2, E3, E4).
    const teams = await syncTeams(
      admin,
      TEAMS.filter((team) => team.externalId !== "T-OLD").map((team) =>
        team.externalId === "T-B" ? { ...team, parentExternalId: "T-A" } : team,
      ),
      {
        dryRun: false,
        mirror: false,
      },
    );
    expect(teams).toMatchObject({ applied: true, counts: { moved: 1 }, events: 4 });
    const reorganised = await db().employeeEvent.findMany({
      where: { organisationId, type: "REORGANISATION" },
      include: { membership: true },
    });
    expect(reorganised.map((event) => event.membership.externalId).sort()).toEqual(["E1", "E2", "E3", "E4"]);
  });
});
