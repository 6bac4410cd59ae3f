// Issue 12 §2 against real PostgreSQL: the team tree editor's writes. Paths and depths are
// checked against the parent links, recomputed independently after every change; a cycle, a
// foreign or archived parent, a duplicate HR id and bad input write nothing; archived teams take
// no new contacts or pulses; only ADMIN writes, HR and CX read.
import { beforeAll, describe, expect, it } from "vitest";
import { createContacts } from "@/lib/db/contacts/create-contacts";
import { db } from "@/tests/db/owner-db";
import { createPulse } from "@/lib/db/pulses/create-pulse";
import { listTeamTree } from "@/lib/db/teams/list-team-tree";
import { createTeam, moveTeam, setTeamArchived, updateTeam } from "@/lib/db/teams/manage-teams";
import { ExpectedError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { createOrgFixture, type OrgFixture } from "./fixtures";

let org: OrgFixture;
let other: OrgFixture;

beforeAll(async () => {
  org = await createOrgFixture("tree", 0);
  other = await createOrgFixture("tree-b", 0);
});

/** Every team's path and depth as its parent links say they must be, worked out here. */
async function expectConsistentTree(organisationId: string) {
  const teams = await db().team.findMany({ where: { organisationId }, select: { id: true, parentId: true, path: true, depth: true } });
  const byId = new Map(teams.map((team) => [team.id, team]));
  const expected = (id: string): { path: string; depth: number } => {
    const team = byId.get(id)!;
    if (!team.parentId) return { path: `/${id}/`, depth: 0 };
    const parent = expected(team.parentId);
    return { path: `${parent.path}${id}/`, depth: parent.depth + 1 };
  };
  for (const team of teams) expect({ path: team.path, depth: team.depth }, team.id).toEqual(expected(team.id));
}

const snapshot = () =>
  Promise.all([db().team.findMany({ where: { organisationId: org.organisationId }, orderBy: { id: "asc" } }), db().auditLog.count()]);

describe("the team tree editor", () => {
  it("creates teams under a parent or at the root, with a unique HR id, audited", async () => {
    const admin = org.actors.ADMIN;
    const created = await createTeam(admin, {
      name: " Relation client Nantes ",
      kind: "SERVICE",
      parentId: org.teams.D,
      externalId: "S-NTE",
    });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const child = await createTeam(admin, { name: "Conseil Nantes A", kind: "TEAM", parentId: created.id, externalId: "" });
    const root = await createTeam(admin, { name: "Filiale Belgique", kind: "DIRECTION" });
    expect(child.ok && root.ok).toBe(true);
    const row = await db().team.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({
      name: "Relation client Nantes",
      kind: "SERVICE",
      externalId: "S-NTE",
      parentId: org.teams.D,
      archivedAt: null,
    });
    expect(await db().team.findUniqueOrThrow({ where: { id: (child as { id: string }).id } })).toMatchObject({
      externalId: null,
      depth: 2,
    });
    expect(await db().auditLog.count({ where: { organisationId: org.organisationId, action: "team.create" } })).toBe(3);
    await expectConsistentTree(org.organisationId);
  });

  it("refuses bad input, a foreign or unknown parent and a duplicate HR id, writing nothing", async () => {
    const admin = org.actors.ADMIN;
    const before = await snapshot();
    const refusals: Array<[unknown, string]> = [
      [{ name: "", kind: "TEAM" }, "name"],
      [{ name: "x".repeat(101), kind: "TEAM" }, "name"],
      [{ name: "Équipe", kind: "SQUAD" }, "kind"],
      [{ name: "Équipe", kind: "TEAM", parentId: "not-a-uuid" }, "parentId"],
      [{ name: "Équipe", kind: "TEAM", parentId: other.teams.D }, "parentId"],
      [{ name: "Équipe", kind: "TEAM", parentId: "00000000-0000-4000-8000-000000000000" }, "parentId"],
      [{ name: "Équipe", kind: "TEAM", externalId: "tree-T1" }, "externalId"],
      [{ name: "Équipe", kind: "TEAM", role: "ADMIN" }, "form"],
      [null, "form"],
    ];
    for (const [input, field] of refusals) {
      const result = await createTeam(admin, input);
      expect(result.ok, JSON.stringify(input)).toBe(false);
      expect(Object.keys((result as { fieldErrors: object }).fieldErrors), JSON.stringify(input)).toContain(field);
    }
    expect(await updateTeam(admin, org.teams.T2, { name: "T2", kind: "TEAM", externalId: "tree-T1" })).toMatchObject({
      ok: false,
      fieldErrors: { externalId: "is already used by another team" },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("moves a team with its whole subtree, refuses a cycle, and keeps every path true", async () => {
    const admin = org.actors.ADMIN;
    const before = await snapshot();
    // D under T1: D is T1's ancestor. S under itself. Both cycles.
    expect(await moveTeam(admin, org.teams.D, { parentId: org.teams.T1 })).toMatchObject({
      ok: false,
      fieldErrors: { parentId: expect.any(String) },
    });
    expect(await moveTeam(admin, org.teams.S, { parentId: org.teams.S })).toMatchObject({ ok: false });
    expect(await moveTeam(admin, org.teams.S, { parentId: other.teams.D })).toMatchObject({
      ok: false,
      fieldErrors: { parentId: expect.any(String) },
    });
    expect(await snapshot()).toEqual(before);

    // S (with T1, T2) moves under S2: two levels deeper for its teams.
    expect(await moveTeam(admin, org.teams.S, { parentId: org.teams.S2 })).toEqual({ ok: true, id: org.teams.S });
    const t1 = await db().team.findUniqueOrThrow({ where: { id: org.teams.T1 } });
    expect(t1).toMatchObject({ path: `/${org.teams.D}/${org.teams.S2}/${org.teams.S}/${org.teams.T1}/`, depth: 3 });
    await expectConsistentTree(org.organisationId);
    // To the root, and back.
    expect(await moveTeam(admin, org.teams.S, { parentId: "" })).toMatchObject({ ok: true });
    expect(await db().team.findUniqueOrThrow({ where: { id: org.teams.T2 } })).toMatchObject({ depth: 1 });
    expect(await moveTeam(admin, org.teams.S, { parentId: org.teams.D })).toMatchObject({ ok: true });
    await expectConsistentTree(org.organisationId);
    // The other organisation's tree is untouched, and a manager's scope follows the move (paths are read live).
    await expectConsistentTree(other.organisationId);
    expect(await db().auditLog.count({ where: { organisationId: org.organisationId, action: "team.move" } })).toBe(3);
  });

  it("archives a subtree only once its people have left; archived teams take no contacts, pulses or teams", async () => {
    const admin = org.actors.ADMIN;
    // T1 has the fixture's employee: refused, nothing written.
    expect(await setTeamArchived(admin, org.teams.S, true)).toMatchObject({
      ok: false,
      fieldErrors: { form: expect.stringContaining("active people") },
    });
    expect(await db().team.count({ where: { organisationId: org.organisationId, archivedAt: { not: null } } })).toBe(0);
    await db().membership.updateMany({
      where: { organisationId: org.organisationId, teamId: { in: [org.teams.T1, org.teams.T2] } },
      data: { teamId: org.teams.T3 },
    });
    await db().membership.updateMany({ where: { organisationId: org.organisationId, teamId: org.teams.S }, data: { teamId: org.teams.D } });
    expect(await setTeamArchived(admin, org.teams.S, true)).toMatchObject({ ok: true });
    expect(await db().team.count({ where: { organisationId: org.organisationId, archivedAt: { not: null } } })).toBe(3); // S, T1, T2

    const contact = { teamId: org.teams.T1, momentOfTruth: "complaint", channel: "phone", locale: "fr" };
    const { results } = await createContacts(admin, [contact], { baseUrl: "https://symetrie.example.test" });
    expect(results).toEqual([
      { index: 0, status: "invalid", errors: [{ field: "teamId", message: "team is archived: it takes no new contacts" }] },
    ]);
    expect(await db().contact.count({ where: { teamId: org.teams.T1 } })).toBe(0);
    const pulse = {
      name: "Baromètre",
      teamId: org.teams.S,
      cadence: "ONE_OFF" as const,
      opensAt: new Date(),
      closesAt: new Date(Date.now() + 86_400_000),
      includeItems: true,
      includeIrritants: true,
      includeSuggestion: true,
    };
    await expect(createPulse(org.actors.HR, pulse)).rejects.toBeInstanceOf(ExpectedError);
    expect(await createTeam(admin, { name: "Sous-équipe", kind: "TEAM", parentId: org.teams.T1 })).toMatchObject({
      ok: false,
      fieldErrors: { parentId: expect.any(String) },
    });
    // A pulse on the whole direction leaves the archived teams out.
    const { id } = await createPulse(org.actors.HR, { ...pulse, teamId: org.teams.D });
    const pulseTeams = await db().pulseTeam.findMany({ where: { pulseId: id }, select: { teamId: true } });
    const live = await db().team.findMany({
      where: { organisationId: org.organisationId, archivedAt: null, path: { startsWith: `/${org.teams.D}/` } },
      select: { id: true },
    });
    expect(pulseTeams.map((row) => row.teamId).sort()).toEqual(live.map((team) => team.id).sort());
    expect(pulseTeams.map((row) => row.teamId)).not.toContain(org.teams.T1);
    expect(live.length).toBeGreaterThanOrEqual(3);

    // Restoring a team whose parent is archived is refused; restoring the subtree works.
    expect(await setTeamArchived(admin, org.teams.T1, false)).toMatchObject({ ok: false });
    expect(await setTeamArchived(admin, org.teams.S, false)).toMatchObject({ ok: true });
    expect(await db().team.count({ where: { organisationId: org.organisationId, archivedAt: { not: null } } })).toBe(0);
  });

  it("lists the tree with people counts for ADMIN, HR and CX only, and only its own organisation", async () => {
    const tree = await listTeamTree(org.actors.HR);
    expect(tree.map((team) => team.id)).not.toContain(other.teams.D);
    const counts = await db().membership.groupBy({
      by: ["teamId"],
      where: { organisationId: org.organisationId, active: true },
      _count: true,
    });
    for (const team of tree) expect(team.people, team.name).toBe(counts.find((row) => row.teamId === team.id)?._count ?? 0);
    const d = tree.find((team) => team.id === org.teams.D)!;
    expect(d.subtreePeople).toBe(
      await db().membership.count({ where: { organisationId: org.organisationId, active: true, teamId: { not: null } } }),
    );
    // Parents come before their children.
    const seen = new Set<string>();
    for (const team of tree) {
      if (team.parentId) expect(seen.has(team.parentId), team.name).toBe(true);
      seen.add(team.id);
    }
    expect((await listTeamTree(org.actors.CX)).length).toBe(tree.length);
    for (const role of ["MANAGER", "EMPLOYEE"] as const)
      await expect(listTeamTree(org.actors[role])).rejects.toBeInstanceOf(ForbiddenError);
    for (const role of ["HR", "CX", "MANAGER"] as const)
      await expect(createTeam(org.actors[role], { name: "x", kind: "TEAM" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(moveTeam(org.actors.ADMIN, other.teams.S, { parentId: "" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateTeam(org.actors.ADMIN, other.teams.S, { name: "x", kind: "TEAM" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(setTeamArchived(org.actors.ADMIN, other.teams.S, true)).rejects.toBeInstanceOf(NotFoundError);
    await expect(setTeamArchived(org.actors.ADMIN, "garbage", true)).rejects.toBeInstanceOf(NotFoundError);
  });
});
