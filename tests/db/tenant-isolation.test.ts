// The access matrix at the data layer: role × function × own/other team × own/other
// organisation. Another organisation's ids are "not found", never data.
import { beforeAll, describe, expect, it } from "vitest";
import { roles, type Role } from "@/lib/auth/actor-types";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { getOrganisationSettings } from "@/lib/db/organisations/get-organisation-settings";
import { getTeam } from "@/lib/db/teams/get-team";
import { listTeamScores } from "@/lib/db/teams/list-team-scores";
import { createOrgFixture, type OrgFixture } from "./fixtures";

let a: OrgFixture;
let b: OrgFixture;

beforeAll(async () => {
  a = await createOrgFixture("alpha");
  b = await createOrgFixture("beta");
});

// Teams of A each role may open (MANAGER manages S; EMPLOYEE works in T1).
const ownScope: Record<Role, Array<keyof OrgFixture["teams"]>> = {
  ADMIN: ["D", "S", "T1", "T2", "S2", "T3"],
  HR: ["D", "S", "T1", "T2", "S2", "T3"],
  CX: ["D", "S", "T1", "T2", "S2", "T3"],
  MANAGER: ["S", "T1", "T2"],
  EMPLOYEE: ["T1"],
};
const teamKeys = ["D", "S", "T1", "T2", "S2", "T3"] as const;

describe.each([...roles])("%s of organisation A", (role) => {
  it.each([...teamKeys])("getTeam on A's team %s follows the role's scope", async (key) => {
    const call = getTeam(a.actors[role], a.teams[key]);
    if (ownScope[role].includes(key)) await expect(call).resolves.toMatchObject({ team: { id: a.teams[key] } });
    else await expect(call).rejects.toBeInstanceOf(NotFoundError);
  });

  it.each([...teamKeys])("getTeam on B's team %s is not found", async (key) => {
    await expect(getTeam(a.actors[role], b.teams[key])).rejects.toBeInstanceOf(NotFoundError);
  });

  it("listTeamScores returns exactly the role's scope in A and nothing of B", async () => {
    const rows = await listTeamScores(a.actors[role]);
    const ids = rows.map((row) => row.id).sort();
    expect(ids).toEqual(ownScope[role].map((key) => a.teams[key]).sort());
    for (const key of teamKeys) expect(ids).not.toContain(b.teams[key]);
  });

  it("organisation settings: ADMIN sees A's, others are refused", async () => {
    const call = getOrganisationSettings(a.actors[role]);
    if (role === "ADMIN") await expect(call).resolves.toMatchObject({ slug: "alpha", teamCount: 6, memberCount: 5 });
    else await expect(call).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("malformed ids", () => {
  it.each(["not-a-uuid", "", "'; DROP TABLE \"Team\"; --", "00000000-0000-0000-0000-000000000000"])("%j is not found", async (id) => {
    await expect(getTeam(a.actors.ADMIN, id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("scores", () => {
  it("roll up the subtree and hide employee results under the threshold", async () => {
    const rows = await listTeamScores(a.actors.HR);
    const byId = new Map(rows.map((row) => [row.id, row]));
    // 6 answers per leaf team: S rolls up T1 + T2, D everything.
    expect(byId.get(a.teams.S)?.nps).toMatchObject({ status: "ok", n: 12 });
    expect(byId.get(a.teams.D)?.nps).toMatchObject({ status: "ok", n: 18 });
    expect(byId.get(a.teams.T1)?.enps).toMatchObject({ status: "ok", n: 6 });
  });

  it("suppress a small team and its next-smallest sibling", async () => {
    const c = await createOrgFixture("gamma", 4); // 4 answers per leaf team, k = 5
    const rows = await listTeamScores(c.actors.HR);
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const key of ["T1", "T2", "T3"] as const) expect(byId.get(c.teams[key])?.enps.status).toBe("suppressed");
    // S2 has only T3 (4 answers): hidden; so is S, its sibling (8 answers), or D − S would
    // reveal S2's 4. D itself (12) stays visible.
    expect(byId.get(c.teams.S2)?.enps.status).toBe("suppressed");
    expect(byId.get(c.teams.S)?.enps.status).toBe("suppressed");
    expect(byId.get(c.teams.D)?.enps).toMatchObject({ status: "ok", n: 12 });
  });
});
