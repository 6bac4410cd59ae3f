// GET /api/v1/symmetry through the real route handler: the body equals getSymmetry for the HR
// role (same filters, same suppression), and 401 / 404 / 422 (bad month, refused filter).
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/symmetry/route";
import { createApiKeyForOrganisation } from "@/lib/db/api-keys/create-api-key";
import { db } from "@/tests/db/owner-db";
import { getSymmetry } from "@/lib/db/dashboard/get-symmetry";
import { ORGANISATION_NODE } from "@/lib/stats/anonymity";
import type { SymmetryDto } from "@/lib/symmetry/symmetry-types";
import { addCustomerAnswers, addEmployeeAnswers, createDashboardOrg, scores, type DashboardOrg } from "./fixtures-dashboard";
import { apiScopes } from "@/lib/auth/api-scopes";

const tree = { D: null, S: "D", T1: "S", T2: "S", T3: "S", S2: "D", T4: "S2", T5: "S2", T6: "S2" };
const roleTeams = { ADMIN: "D", HR: "D", CX: "D", MANAGER: "S", EMPLOYEE: "T1" } as const;
// Employee (P, passives, D) per month; T6 has 3 people (below k = 5), so T6 and a sibling are hidden.
const employee: Record<string, [number, number, number]> = {
  T1: [4, 2, 1],
  T2: [2, 2, 2],
  T3: [5, 1, 1],
  T4: [4, 3, 1],
  T5: [1, 4, 5],
  T6: [1, 1, 1],
};
const customer: Record<string, [number, number, number]> = {
  T1: [9, 2, 1],
  T2: [5, 3, 2],
  T3: [8, 1, 1],
  T4: [6, 2, 2],
  T5: [2, 3, 5],
  T6: [5, 0, 0],
};

let a: DashboardOrg;
let b: DashboardOrg;
let key: string;

beforeAll(async () => {
  a = await createDashboardOrg("apia", tree, roleTeams);
  b = await createDashboardOrg("apib", tree, roleTeams);
  for (const month of ["2026-09", "2026-10"]) {
    for (const [team, counts] of Object.entries(employee))
      await addEmployeeAnswers(a.organisationId, a.teams[team]!, month, scores(...counts));
    for (const [team, counts] of Object.entries(customer)) {
      await addCustomerAnswers(a.organisationId, {
        teamId: a.teams[team]!,
        scores: scores(...counts),
        submittedAt: `${month}-12T09:00:00Z`,
        momentOfTruthId: a.mots.complaint,
      });
    }
  }
  key = (await createApiKeyForOrganisation("apia", "symmetry test", apiScopes)).key;
});

const call = (query: string, bearer: string | null = key) =>
  GET(new Request(`http://localhost/api/v1/symmetry${query}`, { headers: bearer ? { authorization: `Bearer ${bearer}` } : {} }));

/** What the API promises, read from the dashboard's DTO by hand (not with the route's mapper). */
function expected(dto: SymmetryDto) {
  return {
    minCustomerResponses: dto.minCustomerResponses,
    teams: dto.teams.map(({ teamId, externalId, name, nps, enps, hiddenReason, enpsExcludedMonths, gap }) => ({
      teamId,
      externalId,
      name,
      nps: nps && (nps.tooFew ? { score: null, n: nps.n, low: null, high: null, tooFew: true } : { ...nps, tooFew: false }),
      enps,
      hiddenReason,
      enpsExcludedMonths,
      gap,
    })),
    correlation: { teams: dto.correlation.teams, pearson: dto.correlation.pearson, spearman: dto.correlation.spearman },
  };
}

describe("GET /api/v1/symmetry", () => {
  it.each([
    ["no filter", "", {}],
    ["a period", "?from=2026-10&to=2026-10", { from: "2026-10", to: "2026-10" }],
    ["a subtree", "?teamId=S", { teamId: "S" }],
  ])("answers exactly what getSymmetry gives HR for %s", async (_label, rawQuery, rawFilters) => {
    const filters = "teamId" in rawFilters ? { teamId: a.teams[rawFilters.teamId as string] } : rawFilters;
    const query = rawQuery.replace("teamId=S", `teamId=${a.teams.S}`);
    const response = await call(query);
    expect(response.status).toBe(200);
    const dto = await getSymmetry(a.actors.HR, filters);
    if (dto.status !== "ok") throw new Error("refused");
    expect(await response.json()).toEqual(expected(dto));
  });

  it("carries the suppression: the small team and its hidden sibling have no eNPS and no gap", async () => {
    const body = (await (await call("")).json()) as {
      teams: Array<{ teamId: string; enps: unknown; gap: unknown; nps: unknown }>;
      correlation: { teams: number; pearson: unknown };
    };
    const t6 = body.teams.find((team) => team.teamId === a.teams.T6);
    expect(t6).toMatchObject({ enps: null, gap: null });
    expect(t6?.nps).not.toBeNull();
    expect(body.teams.filter((team) => team.enps === null).length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(body)).not.toContain("Suppressed");
    expect(body.correlation.teams).toBe(4);
    expect(body.correlation.pearson).toBeNull();
  });

  it("says why an eNPS is hidden with one reason, the same for the small team and the sibling hidden to protect it", async () => {
    const body = (await (await call("")).json()) as { teams: Array<{ teamId: string; enps: unknown; hiddenReason: unknown }> };
    const hidden = body.teams.filter((team) => team.enps === null);
    // T6 has 3 people; the others hidden with it have 8 or more: they all read the same.
    expect(hidden.map((team) => team.teamId)).toContain(a.teams.T6);
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    for (const team of hidden) expect(team.hiddenReason).toBe("anonymity");
    for (const team of body.teams.filter((row) => row.enps !== null)) expect(team.hiddenReason).toBeNull();
  });

  it("keeps the count of a customer NPS under the minimum n (10) but not its score or interval, with a flag", async () => {
    // October alone: T6 has 5 customer answers, T1 12.
    const body = (await (await call("?from=2026-10&to=2026-10")).json()) as {
      minCustomerResponses: number;
      teams: Array<{ teamId: string; nps: Record<string, unknown> | null; gap: unknown }>;
    };
    expect(body.minCustomerResponses).toBe(10);
    expect(body.teams.find((team) => team.teamId === a.teams.T6)).toMatchObject({
      nps: { score: null, n: 5, low: null, high: null, tooFew: true },
      gap: null,
    });
    const t1 = body.teams.find((team) => team.teamId === a.teams.T1);
    expect(t1?.nps).toMatchObject({ n: 12, tooFew: false });
    expect(t1?.nps?.score).toEqual(expect.any(Number));
  });

  it("answers 401 without a valid key", async () => {
    for (const bearer of [null, "garbage", `sym_${"A".repeat(43)}`]) {
      const response = await call("", bearer);
      expect(response.status).toBe(401);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
    }
  });

  it("answers 404 for another organisation's team", async () => {
    const response = await call(`?teamId=${b.teams.T1}`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ status: 404, detail: "team not found" });
  });

  it.each([
    ["?from=2026-13", "from"],
    ["?to=oct", "to"],
    ["?from=2026-10&to=2026-09", "to"],
    ["?teamId=nope", "teamId"],
  ])("answers 422 naming the field for %s", async (query, field) => {
    const response = await call(query);
    expect(response.status).toBe(422);
    const body = (await response.json()) as { errors: Array<{ field: string }> };
    expect(body.errors.map((error) => error.field)).toContain(field);
  });

  it("answers 422 with a clear detail when the remainder rule refuses the filter", async () => {
    // An earlier read hid the organisation in September (once hidden, always hidden): the
    // organisation's figure counts October only (13), A's counts both months (12). "All minus A"
    // would read 1: refused (docs/anonymity.md "Remainder rule").
    const c = await createDashboardOrg("apic", { D: null, A: "D", B: "D" }, { ADMIN: "D", HR: "D", CX: "D", MANAGER: "A", EMPLOYEE: "A" });
    await addEmployeeAnswers(c.organisationId, c.teams.A!, "2026-09", scores(2, 2, 2));
    await addEmployeeAnswers(c.organisationId, c.teams.A!, "2026-10", scores(2, 2, 2));
    await addEmployeeAnswers(c.organisationId, c.teams.B!, "2026-10", scores(3, 2, 2));
    await db().employeeHiddenNode.create({
      data: { organisationId: c.organisationId, period: new Date("2026-09-01T00:00:00.000Z"), node: ORGANISATION_NODE },
    });
    const cKey = (await createApiKeyForOrganisation("apic", "refused", apiScopes)).key;
    const response = await call(`?teamId=${c.teams.A}`, cKey);
    expect(response.status).toBe(422);
    const body = (await response.json()) as { detail: string };
    expect(body.detail).toMatch(/refused by the anonymity rules/);
    expect(body.detail).not.toMatch(/\d/);
  });
});
