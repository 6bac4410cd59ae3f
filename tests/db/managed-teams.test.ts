// Issue 12 §3 against real PostgreSQL: a manager of several subtrees. HR adds a further subtree to
// a manager; the manager's next request sees it (dashboard filter, team page, follow-ups) and
// nothing beyond; refusals (not a manager, archived, already covered, another organisation's
// team or person, a role without people:manage) store nothing; a role change away from manager,
// or a larger subtree added, drops what is no longer needed; every change is audited.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor-types";
import { db } from "@/tests/db/owner-db";
import { getSymmetry } from "@/lib/db/dashboard/get-symmetry";
import { listFollowUps } from "@/lib/db/follow-ups/list-follow-ups-page";
import { addManagedTeam, listManagedTeams, removeManagedTeam } from "@/lib/db/people/managed-teams";
import { updatePerson } from "@/lib/db/people/manage-people";
import { findActor } from "@/lib/db/users/find-actor";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { createOrgFixture, type OrgFixture } from "./fixtures";

let org: OrgFixture;
let other: OrgFixture;
let manager: Actor;

const managerNow = async () => (await findActor(manager.userId))!;
const rows = () => db().managedTeam.findMany({ where: { organisationId: org.organisationId }, orderBy: { teamId: "asc" } });
const audits = () =>
  db().auditLog.findMany({
    where: { organisationId: org.organisationId, action: { startsWith: "person.managedTeam" } },
    orderBy: { createdAt: "asc" },
  });

beforeAll(async () => {
  org = await createOrgFixture("managed", 0);
  other = await createOrgFixture("managed-b", 0);
  // The fixture's manager leads S (S ⊃ T1, T2); S2 ⊃ T3 is another service.
  manager = org.actors.MANAGER;
  expect(manager.managedPaths).toHaveLength(1);
});

describe("a manager of several subtrees", () => {
  it("sees a further subtree once HR adds it, and only that", async () => {
    await expect(getSymmetry(manager, { teamId: org.teams.T3 })).rejects.toBeInstanceOf(NotFoundError);
    const contact = await db().contact.findFirst({ where: { organisationId: org.organisationId } });
    expect(contact).toBeNull(); // follow-ups below are made by hand

    expect(await addManagedTeam(org.actors.HR, manager.membershipId, org.teams.S2)).toEqual({ ok: true });
    const now = await managerNow();
    expect(now.managedPaths).toHaveLength(2);
    await expect(getSymmetry(now, { teamId: org.teams.T3 })).resolves.toBeDefined();
    await expect(getSymmetry(now, { teamId: org.teams.D })).rejects.toBeInstanceOf(NotFoundError);
    expect((await listManagedTeams(org.actors.HR, manager.membershipId)).map((team) => team.teamId)).toEqual([org.teams.S2]);
    expect((await audits()).map((row) => [row.action, row.targetId])).toEqual([["person.managedTeam.add", manager.membershipId]]);
  });

  it("works the follow-ups of every subtree it manages, not those of the teams above", async () => {
    const moment = await db().momentOfTruth.create({
      data: { organisationId: org.organisationId, side: "CUSTOMER", key: "managed-mot", labelFr: "M", labelEn: "M" },
    });
    const followUpIn = async (teamId: string) => {
      const contact = await db().contact.create({
        data: {
          organisationId: org.organisationId,
          teamId,
          momentOfTruthId: moment.id,
          channel: "PHONE",
          locale: "fr",
          occurredAt: new Date(),
          tokenHash: new Uint8Array(crypto.getRandomValues(new Uint8Array(32))),
          linkExpiresAt: new Date(Date.now() + 86_400_000),
        },
      });
      const response = await db().customerResponse.create({
        data: {
          organisationId: org.organisationId,
          contactId: contact.id,
          teamId,
          momentOfTruthId: moment.id,
          channel: "PHONE",
          locale: "fr",
          submissionId: crypto.randomUUID(),
          score: 2,
        },
      });
      return (await db().followUp.create({ data: { organisationId: org.organisationId, responseId: response.id, teamId } })).id;
    };
    const inT1 = await followUpIn(org.teams.T1);
    const inT3 = await followUpIn(org.teams.T3);
    const inD = await followUpIn(org.teams.D);
    const seen = (await listFollowUps(await managerNow(), {})).rows.map((followUp) => followUp.id);
    expect(seen.sort()).toEqual([inT1, inT3].sort());
    expect(seen).not.toContain(inD);
  });

  it("refuses what cannot be managed, storing nothing", async () => {
    const before = [await rows(), (await audits()).length];
    expect(await addManagedTeam(org.actors.HR, manager.membershipId, org.teams.T3)).toEqual({ ok: false, reason: "covered" });
    expect(await addManagedTeam(org.actors.HR, manager.membershipId, org.teams.T1)).toEqual({ ok: false, reason: "covered" });
    expect(await addManagedTeam(org.actors.HR, org.actors.EMPLOYEE.membershipId, org.teams.S2)).toEqual({
      ok: false,
      reason: "notManager",
    });
    const archived = await db().team.create({
      data: { organisationId: org.organisationId, name: "Fermée", kind: "TEAM", path: "/tmp/", depth: 0, archivedAt: new Date() },
    });
    await db().team.update({ where: { id: archived.id }, data: { path: `/${archived.id}/` } });
    expect(await addManagedTeam(org.actors.HR, manager.membershipId, archived.id)).toEqual({ ok: false, reason: "archived" });
    await expect(addManagedTeam(org.actors.HR, manager.membershipId, other.teams.S2)).rejects.toBeInstanceOf(NotFoundError);
    await expect(addManagedTeam(org.actors.HR, other.actors.MANAGER.membershipId, org.teams.S2)).rejects.toBeInstanceOf(NotFoundError);
    await expect(addManagedTeam(org.actors.HR, manager.membershipId, "garbage")).rejects.toBeInstanceOf(NotFoundError);
    for (const role of ["CX", "MANAGER", "EMPLOYEE"] as const)
      await expect(addManagedTeam(org.actors[role], manager.membershipId, archived.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect([await rows(), (await audits()).length]).toEqual(before);
  });

  it("a larger subtree replaces the ones inside it; removing one is audited; leaving the manager role drops them all", async () => {
    // Managing D covers S2: one row left, for D.
    expect(await addManagedTeam(org.actors.ADMIN, manager.membershipId, org.teams.D)).toEqual({ ok: true });
    expect((await rows()).map((row) => row.teamId)).toEqual([org.teams.D]);
    await removeManagedTeam(org.actors.HR, manager.membershipId, org.teams.D);
    expect(await rows()).toEqual([]);
    expect((await audits()).map((row) => row.action)).toEqual([
      "person.managedTeam.add",
      "person.managedTeam.add",
      "person.managedTeam.remove",
    ]);
    // Removing what is not there writes nothing.
    await removeManagedTeam(org.actors.HR, manager.membershipId, org.teams.D);
    expect(await audits()).toHaveLength(3);

    expect(await addManagedTeam(org.actors.HR, manager.membershipId, org.teams.S2)).toEqual({ ok: true });
    const result = await updatePerson(org.actors.HR, manager.membershipId, {
      name: manager.name,
      role: "EMPLOYEE",
      teamId: org.teams.T1,
      externalId: "",
    });
    expect(result.ok).toBe(true);
    expect(await rows()).toEqual([]);
    expect((await managerNow()).managedPaths).toEqual([]);
  });
});
