// getTeamDetail around the team: its parent (inside the scope only), its children with the
// suppression decided on the whole organisation (a small child hides its next-smallest
// sibling too), its headcount as a count under k, and the header kept when a filter is refused.
import { beforeAll, describe, expect, it } from "vitest";
import { roles } from "@/lib/auth/actor-types";
import { db } from "@/tests/db/owner-db";
import { getTeamDetail, type TeamDetailDto } from "@/lib/db/dashboard/get-team-detail";
import { addCustomerAnswers, addEmployeeAnswers, createDashboardOrg, scores, type DashboardOrg } from "./fixtures-dashboard";

// S ⊃ A (6 answers), B (3: below k = 5), C (9); S2 ⊃ E.
const tree = { D: null, S: "D", A: "S", B: "S", C: "S", S2: "D", E: "S2" };
const roleTeams = { ADMIN: "D", HR: "D", CX: "D", MANAGER: "S", EMPLOYEE: "A" } as const;
let org: DashboardOrg;

async function addMembers(teamKey: string, count: number) {
  for (let i = 0; i < count; i++) {
    const user = await db().user.create({ data: { email: `${teamKey}-${i}@detail.test`, name: `${teamKey} ${i}` } });
    await db().membership.create({
      data: { organisationId: org.organisationId, userId: user.id, role: "EMPLOYEE", teamId: org.teams[teamKey]! },
    });
  }
}

async function detail(role: (typeof roles)[number], key: string, filters: object = {}): Promise<TeamDetailDto> {
  const result = await getTeamDetail(org.actors[role], org.teams[key]!, filters);
  if (result.status !== "ok") throw new Error("filter refused");
  return result;
}

beforeAll(async () => {
  org = await createDashboardOrg("detail", tree, roleTeams);
  const employee: Array<[string, [number, number, number]]> = [
    ["A", [3, 2, 1]],
    ["B", [1, 1, 1]],
    ["C", [4, 3, 2]],
    ["E", [3, 3, 1]],
  ];
  for (const [key, counts] of employee) {
    await addEmployeeAnswers(org.organisationId, org.teams[key]!, "2026-10", scores(...counts));
    await addCustomerAnswers(org.organisationId, {
      teamId: org.teams[key]!,
      scores: scores(2, 1, 1),
      submittedAt: "2026-10-12T09:00:00Z",
      momentOfTruthId: org.mots.complaint,
    });
  }
  // Headcounts: A 6 + the employee = 7, B 2, C 8, S the manager, D the three leads + 3 (with
  // only the three leads, D − S would give 3 people away and S would be hidden as well).
  await addMembers("D", 3);
  await addMembers("A", 6);
  await addMembers("B", 2);
  await addMembers("C", 8);
});

describe("children", () => {
  it.each(["ADMIN", "HR", "CX", "MANAGER"] as const)(
    "%s sees S's children with B hidden and A, its next-smallest sibling, hidden too",
    async (role) => {
      const s = await detail(role, "S");
      const children = Object.fromEntries(s.children.map((child) => [child.name, child]));
      expect(Object.keys(children).sort()).toEqual(["detail A", "detail B", "detail C"]);
      expect(children["detail B"]).toMatchObject({ enps: null, enpsSuppressed: true, gap: null });
      // S − C − A would give B's 3 answers if A were shown.
      expect(children["detail A"]).toMatchObject({ enps: null, enpsSuppressed: true, gap: null });
      expect(children["detail C"]).toMatchObject({ enpsSuppressed: false, enps: { n: 9 } });
      // Customer figures are not employee groups: shown for every child.
      for (const child of s.children) expect(child.nps).toMatchObject({ n: 4 });
      expect(s.team).toMatchObject({ enpsSuppressed: false, enps: { n: 18 } });
    },
  );

  it("lists direct children only", async () => {
    expect((await detail("HR", "D")).children.map((child) => child.name).sort()).toEqual(["detail S", "detail S2"]);
    expect((await detail("HR", "C")).children).toEqual([]);
  });

  it("the same children and suppression with a channel filter", async () => {
    const phone = await detail("HR", "S", { channel: "PHONE" });
    expect(phone.children.map((child) => [child.name, child.enpsSuppressed]).sort()).toEqual([
      ["detail A", true],
      ["detail B", true],
      ["detail C", false],
    ]);
    const email = await detail("HR", "S", { channel: "EMAIL" });
    expect(email.children.every((child) => child.nps === null)).toBe(true);
  });
});

describe("parent", () => {
  it("is named for a whole-organisation role, not for a manager whose view starts at the team", async () => {
    expect((await detail("HR", "S")).header).toEqual({
      teamId: org.teams.S,
      name: "detail S",
      kind: "TEAM",
      parent: { id: org.teams.D, name: "detail D" },
    });
    expect((await detail("MANAGER", "S")).header.parent).toBeNull();
    expect((await detail("MANAGER", "A")).header.parent).toEqual({ id: org.teams.S, name: "detail S" });
  });
});

describe("headcount", () => {
  it.each([...roles].filter((role) => role !== "EMPLOYEE"))(
    "is a count under k for %s: B (2) hidden, A hidden with it, C and S shown",
    async (role) => {
      expect((await detail(role, "S")).memberCount).toBe(1 + 7 + 2 + 8);
      expect((await detail(role, "B")).memberCount).toBeNull();
      expect((await detail(role, "A")).memberCount).toBeNull();
      expect((await detail(role, "C")).memberCount).toBe(8);
    },
  );
});

describe("a refused filter", () => {
  it("keeps the header (names only) and gives no figure", async () => {
    const small = await createDashboardOrg(
      "detail-small",
      { D: null, X: "D", Y: "D" },
      { ADMIN: "D", HR: "D", CX: "D", MANAGER: "X", EMPLOYEE: "X" },
    );
    // An earlier read hid the organisation in September: it counts October only (13), X both
    // months (12), so "all minus X" would read 1 (docs/anonymity.md "Remainder rule").
    await addEmployeeAnswers(small.organisationId, small.teams.X!, "2026-09", scores(2, 2, 2));
    await addEmployeeAnswers(small.organisationId, small.teams.X!, "2026-10", scores(2, 2, 2));
    await addEmployeeAnswers(small.organisationId, small.teams.Y!, "2026-10", scores(3, 2, 2));
    const { db } = await import("@/tests/db/owner-db");
    await db().employeeHiddenNode.create({
      data: { organisationId: small.organisationId, period: new Date("2026-09-01T00:00:00.000Z"), node: "@organisation" },
    });
    const result = await getTeamDetail(small.actors.HR, small.teams.X!);
    expect(result).toEqual({
      status: "filter-refused",
      reason: "remainder-below-threshold",
      header: { teamId: small.teams.X, name: "detail-small X", kind: "TEAM", parent: { id: small.teams.D, name: "detail-small D" } },
    });
  });
});
