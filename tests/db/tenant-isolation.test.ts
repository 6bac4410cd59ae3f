// The access matrix at the data layer: role × function × own/other team × own/other
// organisation. Another organisation's ids are "not found", never data.
import { beforeAll, describe, expect, it } from "vitest";
import { roles } from "@/lib/auth/actor-types";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { db } from "@/tests/db/owner-db";
import { getTeamDetail } from "@/lib/db/dashboard/get-team-detail";
import { getSymmetry } from "@/lib/db/dashboard/get-symmetry";
import type { SymmetryTeamDto } from "@/lib/symmetry/symmetry-types";
import { listContacts } from "@/lib/db/contacts/list-contacts";
import { getOrganisationSettings } from "@/lib/db/organisations/get-organisation-settings";
import { markRollupDirty } from "@/lib/db/rollup/mark-dirty";
import { createOrgFixture, type OrgFixture } from "./fixtures";

let a: OrgFixture;
let b: OrgFixture;

/** The fixture writes answers without the rollup's dirty markers (employees in 2026-10, customers now). */
async function markAnswers(org: OrgFixture) {
  await db().$transaction(async (tx) => {
    for (const month of [new Date("2026-10-01T00:00:00Z"), new Date()]) await markRollupDirty(tx, org.organisationId, month);
  });
}

async function teamRows(org: OrgFixture, role: keyof OrgFixture["actors"]): Promise<SymmetryTeamDto[]> {
  const result = await getSymmetry(org.actors[role]);
  if (result.status !== "ok") throw new Error("filter refused");
  return result.teams;
}

beforeAll(async () => {
  a = await createOrgFixture("alpha");
  b = await createOrgFixture("beta");
  await Promise.all([markAnswers(a), markAnswers(b)]);
});

// Teams of A each role may open (MANAGER manages S; EMPLOYEE works in T1).
const ownScope: Record<(typeof roles)[number], Array<keyof OrgFixture["teams"]>> = {
  ADMIN: ["D", "S", "T1", "T2", "S2", "T3"],
  HR: ["D", "S", "T1", "T2", "S2", "T3"],
  CX: ["D", "S", "T1", "T2", "S2", "T3"],
  MANAGER: ["S", "T1", "T2"],
  EMPLOYEE: ["T1"],
};
const teamKeys = ["D", "S", "T1", "T2", "S2", "T3"] as const;

describe.each([...roles])("%s of organisation A", (role) => {
  it.each([...teamKeys])("getTeamDetail on A's team %s follows the role's scope", async (key) => {
    const call = getTeamDetail(a.actors[role], a.teams[key]);
    if (ownScope[role].includes(key))
      await expect(call).resolves.toMatchObject({ status: "ok", team: { teamId: a.teams[key] }, header: { teamId: a.teams[key] } });
    else await expect(call).rejects.toBeInstanceOf(NotFoundError);
  });

  it.each([...teamKeys])("getTeamDetail on B's team %s is not found", async (key) => {
    await expect(getTeamDetail(a.actors[role], b.teams[key])).rejects.toBeInstanceOf(NotFoundError);
  });

  it("getSymmetry returns exactly the role's scope in A and nothing of B", async () => {
    const ids = (await teamRows(a, role)).map((row) => row.teamId).sort();
    expect(ids).toEqual(ownScope[role].map((key) => a.teams[key]).sort());
    for (const key of teamKeys) expect(ids).not.toContain(b.teams[key]);
  });

  it("the team page names a parent only inside the scope", async () => {
    // The root of the role's view has no parent it may see; S's parent D is seen by whole-organisation roles.
    const root = await getTeamDetail(a.actors[role], a.teams[ownScope[role][0]!]);
    expect(root.header.parent).toBeNull();
    if (ownScope[role].includes("D")) {
      expect((await getTeamDetail(a.actors[role], a.teams.S)).header.parent).toEqual({ id: a.teams.D, name: "alpha D" });
    }
  });

  it("contacts list: ADMIN and CX see exactly A's contacts (none of B's), others are refused", async () => {
    const call = listContacts(a.actors[role]);
    if (role !== "ADMIN" && role !== "CX") return expect(call).rejects.toBeInstanceOf(ForbiddenError);
    const ours = await db().contact.findMany({ where: { organisationId: a.organisationId }, select: { id: true } });
    expect(ours).toHaveLength(18);
    expect((await call).rows.map((row) => row.id).sort()).toEqual(ours.map((contact) => contact.id).sort());
  });

  it("organisation settings: ADMIN sees A's, others are refused", async () => {
    const call = getOrganisationSettings(a.actors[role]);
    if (role === "ADMIN") await expect(call).resolves.toMatchObject({ slug: "alpha", teamCount: 6, memberCount: 5 });
    else await expect(call).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("malformed ids", () => {
  it.each(["not-a-uuid", "", '\'; DROP TABLE "Team"; --', "00000000-0000-0000-0000-000000000000"])("%j is not found", async (id) => {
    await expect(getTeamDetail(a.actors.ADMIN, id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("scores", () => {
  it("roll up the subtree and hide employee results under the threshold", async () => {
    const byId = new Map((await teamRows(a, "HR")).map((row) => [row.teamId, row]));
    // 6 answers per leaf team: S rolls up T1 + T2, D everything.
    expect(byId.get(a.teams.S)?.nps).toMatchObject({ n: 12 });
    expect(byId.get(a.teams.D)?.nps).toMatchObject({ n: 18 });
    expect(byId.get(a.teams.T1)?.enps).toMatchObject({ n: 6 });
  });

  it("suppress a small team and its next-smallest sibling", async () => {
    const c = await createOrgFixture("gamma", 4); // 4 answers per leaf team, k = 5
    await markAnswers(c);
    const byId = new Map((await teamRows(c, "HR")).map((row) => [row.teamId, row]));
    for (const key of ["T1", "T2", "T3"] as const) expect(byId.get(c.teams[key])?.enpsSuppressed).toBe(true);
    // S2 has only T3 (4 answers): hidden; so is S, its sibling (8 answers), or D − S would
    // reveal S2's 4. D itself (12) stays visible.
    expect(byId.get(c.teams.S2)).toMatchObject({ enpsSuppressed: true, enps: null });
    expect(byId.get(c.teams.S)).toMatchObject({ enpsSuppressed: true, enps: null });
    expect(byId.get(c.teams.D)?.enps).toMatchObject({ n: 12 });
    const detail = await getTeamDetail(c.actors.ADMIN, c.teams.D);
    if (detail.status !== "ok") throw new Error("filter refused");
    expect(detail.children.map((child) => [child.name, child.enpsSuppressed]).sort()).toEqual([
      ["gamma S", true],
      ["gamma S2", true],
    ]);
  });
});
