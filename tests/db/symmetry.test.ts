// getSymmetry: role × own/other team × other organisation, numbers against docs/statistics.md's
// worked example, suppression for every role (ADMIN too), and the filter remainder rule.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { roles, type Principal, type Role } from "@/lib/auth/actor-types";
import { getSymmetry } from "@/lib/db/dashboard/get-symmetry";
import type { SymmetryDto, SymmetryResultDto } from "@/lib/symmetry/symmetry-types";
import { ExpectedError, NotFoundError } from "@/lib/errors";
import { pearson, spearman } from "@/lib/stats/correlation";
import { addCustomerAnswers, addEmployeeAnswers, createDashboardOrg, scores, type DashboardOrg } from "./fixtures-dashboard";
import { apiScopes } from "@/lib/auth/api-scopes";

const tree = { D: null, S: "D", T1: "S", T2: "S", T7: "S", S2: "D", T3: "S2", T4: "S2", T5: "S2", T6: "S2" };
const roleTeams = { ADMIN: "D", HR: "D", CX: "D", MANAGER: "S", EMPLOYEE: "T1" } as const;
const scope: Record<Role, string[]> = {
  ADMIN: Object.keys(tree),
  HR: Object.keys(tree),
  CX: Object.keys(tree),
  MANAGER: ["S", "T1", "T2", "T7"],
  EMPLOYEE: ["T1"],
};
// Employee answers per month (P, passives, D): T6 has 3 people, below k = 5.
const employee: Record<string, [number, number, number]> = {
  T2: [2, 2, 2],
  T7: [5, 1, 1],
  T3: [2, 2, 2],
  T4: [4, 3, 1],
  T5: [1, 4, 5],
  T6: [1, 1, 1],
};
const customerOct: Record<string, [number, number, number]> = {
  T2: [5, 3, 2],
  T7: [8, 1, 1],
  T3: [3, 3, 4],
  T4: [6, 2, 2],
  T5: [2, 3, 5],
  T6: [5, 0, 0],
};

let a: DashboardOrg;
let b: DashboardOrg;

async function seed(org: DashboardOrg) {
  const t = org.teams;
  for (const month of ["2026-09", "2026-10"]) {
    for (const [key, counts] of Object.entries(employee)) await addEmployeeAnswers(org.organisationId, t[key]!, month, scores(...counts));
  }
  // docs/statistics.md worked example, in October: T1 eNPS 12 answers (6 P, 2 D), NPS 80 answers (40 P, 16 D).
  await addEmployeeAnswers(org.organisationId, t.T1!, "2026-10", scores(6, 4, 2));
  await addEmployeeAnswers(org.organisationId, t.T1!, "2026-09", scores(3, 2, 1));
  await addCustomerAnswers(org.organisationId, {
    teamId: t.T1!,
    scores: scores(40, 24, 16),
    submittedAt: "2026-10-15T10:00:00Z",
    channel: "PHONE",
    momentOfTruthId: org.mots.complaint,
  });
  await addCustomerAnswers(org.organisationId, {
    teamId: t.T1!,
    scores: scores(10, 5, 5),
    submittedAt: "2026-09-15T10:00:00Z",
    channel: "EMAIL",
    momentOfTruthId: org.mots.purchase,
  });
  for (const [key, counts] of Object.entries(customerOct)) {
    await addCustomerAnswers(org.organisationId, {
      teamId: t[key]!,
      scores: scores(...counts),
      submittedAt: "2026-10-10T10:00:00Z",
      momentOfTruthId: org.mots.complaint,
    });
  }
}

function ok(result: SymmetryResultDto): SymmetryDto {
  if (result.status !== "ok") throw new Error(`expected a result, got ${result.status}`);
  return result;
}
const byKey = (org: DashboardOrg, dto: SymmetryDto, key: string) => dto.teams.find((team) => team.teamId === org.teams[key]);

beforeAll(async () => {
  a = await createDashboardOrg("syma", tree, roleTeams);
  b = await createDashboardOrg("symb", tree, roleTeams);
  await seed(a);
  await seed(b);
});

describe.each([...roles])("%s of organisation A", (role) => {
  it("sees exactly the teams of their scope, nothing of B", async () => {
    const dto = ok(await getSymmetry(a.actors[role]));
    expect(dto.teams.map((team) => team.teamId).sort()).toEqual(scope[role].map((key) => a.teams[key]).sort());
  });

  it.each(Object.keys(tree))("filters on A's team %s only inside their scope", async (key) => {
    const call = getSymmetry(a.actors[role], { teamId: a.teams[key] });
    if (scope[role].includes(key)) await expect(call).resolves.toMatchObject({ status: "ok", trendTeamId: a.teams[key] });
    else await expect(call).rejects.toBeInstanceOf(NotFoundError);
  });

  it("gets not-found for B's teams and moments of truth, and for malformed ids", async () => {
    await expect(getSymmetry(a.actors[role], { teamId: b.teams.T1 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getSymmetry(a.actors[role], { momentOfTruth: b.mots.complaint })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getSymmetry(a.actors[role], { teamId: '\'; DROP TABLE "Team"; --' })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("gets the same suppression as everyone else (T6 is small, T3 hides it)", async () => {
    const dto = ok(await getSymmetry(a.actors[role]));
    for (const team of dto.teams) {
      const hidden = [a.teams.T3, a.teams.T6].includes(team.teamId);
      expect({ id: team.name, suppressed: team.enpsSuppressed, enps: team.enps === null }).toEqual({
        id: team.name,
        suppressed: hidden,
        enps: hidden,
      });
    }
  });
});

describe("an API key", () => {
  it("sees the whole organisation, with the same suppression", async () => {
    const key: Principal = { kind: "apiKey", organisationId: a.organisationId, apiKeyId: randomUUID(), name: "crm", scopes: apiScopes };
    const dto = ok(await getSymmetry(key));
    expect(dto.teams).toHaveLength(10);
    expect(byKey(a, dto, "T6")).toMatchObject({ enps: null, enpsSuppressed: true });
    await expect(getSymmetry(key, { teamId: b.teams.D })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("numbers", () => {
  it("reproduce docs/statistics.md's worked example for T1 in October", async () => {
    const t1 = byKey(a, ok(await getSymmetry(a.actors.HR, { from: "2026-10", to: "2026-10" })), "T1");
    expect(t1?.enps).toMatchObject({ n: 12 });
    expect(t1?.enps?.score).toBeCloseTo((100 * 4) / 12, 10);
    expect(t1?.nps).toMatchObject({ n: 80, score: 30 });
    expect(t1?.gap?.value).toBeCloseTo(3.3, 1);
    expect(t1?.gap?.low).toBeCloseTo(-43.7, 1);
    expect(t1?.gap?.high).toBeCloseTo(39.2, 1);
  });

  it("roll up the subtree and correlate the five leaf teams with n ≥ k on both sides", async () => {
    const dto = ok(await getSymmetry(a.actors.ADMIN, { from: "2026-10", to: "2026-10" }));
    expect(byKey(a, dto, "S")?.enps?.n).toBe(12 + 6 + 7);
    expect(byKey(a, dto, "D")?.nps?.n).toBe(80 + 10 * 5 + 5);
    // Hand-computed team scores (x = eNPS, y = NPS): T1, T2, T7, T4, T5.
    const xs = [(100 * 4) / 12, 0, (100 * 4) / 7, (100 * 3) / 8, -40];
    const ys = [30, 30, 70, 40, -30];
    const r = pearson(xs, ys);
    const rho = spearman(xs, ys);
    if (r.status !== "ok" || rho.status !== "ok") throw new Error("reference not computable");
    expect(dto.correlation).toMatchObject({ status: "ok", teams: 5 });
    expect(dto.correlation.pearson?.r).toBeCloseTo(r.r, 12);
    expect(dto.correlation.spearman?.rho).toBeCloseTo(rho.rho, 12);
    expect(
      dto.teams
        .filter((team) => team.usedInCorrelation)
        .map((team) => team.name)
        .sort(),
    ).toEqual(["syma T1", "syma T2", "syma T4", "syma T5", "syma T7"]);
  });

  it("give the organisation's trend per month, and too few teams for a manager's correlation", async () => {
    const hr = ok(await getSymmetry(a.actors.HR));
    expect(hr.trend.map((point) => [point.period, point.enps?.n, point.nps?.n])).toEqual([
      ["2026-09", 46, 20],
      ["2026-10", 52, 135],
    ]);
    // Sept (10 P, 5 p, 5 D) → Oct (69 P, 36 p, 30 D): +3.9 points, z = 0.355, p = 0.723 (computed by hand from docs/statistics.md).
    const change = hr.trend[1]?.npsChange;
    expect(change?.delta).toBeCloseTo((100 * 39) / 135 - 25, 6);
    expect(change?.p).toBeCloseTo(0.7229, 3);
    expect(change?.significant).toBe(false);
    expect(hr.trend[0]?.npsChange).toBeNull();
    const manager = ok(await getSymmetry(a.actors.MANAGER));
    expect(manager.trendTeamId).toBe(a.teams.S);
    expect(manager.correlation).toEqual({ status: "not-enough-teams", teams: 3, pearson: null, spearman: null });
  });

  it("apply the channel and moment-of-truth filters to the customer side only", async () => {
    const phone = byKey(a, ok(await getSymmetry(a.actors.HR, { channel: "PHONE" })), "T1");
    expect(phone?.nps?.n).toBe(80);
    expect(phone?.enps?.n).toBe(18);
    const purchase = byKey(a, ok(await getSymmetry(a.actors.HR, { momentOfTruth: a.mots.purchase })), "T1");
    expect(purchase?.nps?.n).toBe(20);
  });

  it("include answers written since the last read (the read refreshes dirty months)", async () => {
    await addEmployeeAnswers(a.organisationId, a.teams.T4!, "2026-11", scores(5, 0, 0));
    const dto = ok(await getSymmetry(a.actors.HR, { from: "2026-11" }));
    expect(byKey(a, dto, "T4")?.enps).toMatchObject({ n: 5, score: 100 });
  });

  it("refuse an invalid month", async () => {
    await expect(getSymmetry(a.actors.HR, { from: "2026-13" })).rejects.toBeInstanceOf(ExpectedError);
    await expect(getSymmetry(a.actors.HR, { from: "2026-10", to: "2026-09" })).rejects.toBeInstanceOf(ExpectedError);
  });
});

describe("the remainder rule", () => {
  let c: DashboardOrg;
  beforeAll(async () => {
    c = await createDashboardOrg("symc", { D: null, A: "D", B: "D" }, { ADMIN: "D", HR: "D", CX: "D", MANAGER: "A", EMPLOYEE: "A" });
    await addEmployeeAnswers(c.organisationId, c.teams.A!, "2026-09", scores(1, 1, 1));
    await addEmployeeAnswers(c.organisationId, c.teams.A!, "2026-10", scores(2, 2, 2));
    await addEmployeeAnswers(c.organisationId, c.teams.B!, "2026-10", scores(1, 1, 1));
  });

  // Month by month (issue 19 §1): September (A: 3 people) hides A, D and the organisation in
  // September; October hides A (6) and B (3) and shows D (9). Every figure counts its visible
  // months only, so "all minus the filtered group" is whole groups: the filters are accepted and
  // show nothing below k.
  it.each(["ADMIN", "HR"] as const)("gives %s whole groups only: A and B hidden, D and the organisation from October", async (role) => {
    const a = ok(await getSymmetry(c.actors[role], { teamId: c.teams.A }));
    expect(a.teams.map((team) => [team.enps, team.enpsSuppressed])).toEqual([[null, true]]);
    expect(a.trend.every((point) => point.enps === null)).toBe(true);
    const october = ok(await getSymmetry(c.actors[role], { from: "2026-10", to: "2026-10" }));
    const all = ok(await getSymmetry(c.actors[role]));
    for (const view of [october, all]) {
      expect(view.teams.find((team) => team.teamId === c.teams.D)?.enps?.n).toBe(9);
      for (const key of ["A", "B"]) expect(view.teams.find((team) => team.teamId === c.teams[key])?.enpsSuppressed).toBe(true);
    }
    expect(all.teams.find((team) => team.teamId === c.teams.D)?.enpsExcludedMonths).toEqual(["2026-09"]);
    expect(all.trend.map((point) => [point.period, point.enps?.n ?? null])).toEqual([
      ["2026-09", null],
      ["2026-10", 9],
    ]);
    expect((await getSymmetry(c.actors[role], { teamId: c.teams.D })).status).toBe("ok");
  });

  it("refuses a filter whose remainder an earlier read's decision makes small", async () => {
    // The organisation hidden in September by an earlier read (once hidden, always hidden):
    // the organisation counts October only (13), A both months (12); all minus A would read 1.
    const d = await createDashboardOrg("symd", { D: null, A: "D", B: "D" }, { ADMIN: "D", HR: "D", CX: "D", MANAGER: "A", EMPLOYEE: "A" });
    await addEmployeeAnswers(d.organisationId, d.teams.A!, "2026-09", scores(2, 2, 2));
    await addEmployeeAnswers(d.organisationId, d.teams.A!, "2026-10", scores(2, 2, 2));
    await addEmployeeAnswers(d.organisationId, d.teams.B!, "2026-10", scores(3, 2, 2));
    expect((await getSymmetry(d.actors.HR, { teamId: d.teams.A })).status).toBe("ok");
    const { db } = await import("@/tests/db/owner-db");
    await db().employeeHiddenNode.create({
      data: { organisationId: d.organisationId, period: new Date("2026-09-01T00:00:00.000Z"), node: "@organisation" },
    });
    expect(await getSymmetry(d.actors.HR, { teamId: d.teams.A })).toEqual({
      status: "filter-refused",
      reason: "remainder-below-threshold",
    });
  });
});

describe("getTeamDetail", () => {
  beforeAll(async () => {
    const { db } = await import("@/tests/db/owner-db");
    await db().irritant.update({ where: { id: a.irritantIds.customer }, data: { mirrorId: a.irritantIds.employee } });
    const c = { momentOfTruthId: a.mots.complaint, irritantId: a.irritantIds.customer, submittedAt: "2026-12-05T10:00:00Z" };
    await addCustomerAnswers(a.organisationId, { ...c, teamId: a.teams.T4!, scores: [10, 9, 2], itemValues: [5, 4, 1], channel: "CHAT" });
    await addCustomerAnswers(a.organisationId, {
      ...c,
      teamId: a.teams.T4!,
      scores: [8, 8],
      itemValues: [3, 3],
      channel: "PHONE",
      momentOfTruthId: a.mots.purchase,
    });
    await addEmployeeAnswers(a.organisationId, a.teams.T4!, "2026-12", [10, 9, 8, 7, 0], {
      itemValues: [5, 5, 4, 2, 1],
      irritantId: a.irritantIds.employee,
    });
    await addEmployeeAnswers(a.organisationId, a.teams.T6!, "2026-12", [10, 9, 8, 7, 0], {
      itemValues: [5, 5, 4, 2, 1],
      irritantId: a.irritantIds.employee,
    });
  });

  it("gives both sides of the mirrored item, paired irritants and the customer breakdowns", async () => {
    const { getTeamDetail } = await import("@/lib/db/dashboard/get-team-detail");
    const detail = await getTeamDetail(a.actors.HR, a.teams.T4!, { from: "2026-12" });
    if (detail.status !== "ok") throw new Error("refused");
    const ecoute = detail.items.find((item) => item.dimension === "ecoute");
    expect(ecoute?.customer).toMatchObject({ n: 5, mean: (5 + 4 + 1 + 3 + 3) / 5 });
    expect(ecoute?.employee).toMatchObject({ n: 5, mean: (5 + 5 + 4 + 2 + 1) / 5 });
    expect(detail.irritants.customer).toEqual([
      expect.objectContaining({ count: 2, mirror: expect.objectContaining({ irritantId: a.irritantIds.employee, count: 3 }) }),
    ]);
    expect(detail.byChannel.map((row) => [row.channel, row.nps?.n])).toEqual([
      ["CHAT", 3],
      ["PHONE", 2],
    ]);
    expect(detail.byMomentOfTruth.map((row) => [row.key, row.nps?.n]).sort()).toEqual([
      ["complaint", 3],
      ["purchase", 2],
    ]);
  });

  it("suppresses a small team's employee items and irritants for ADMIN too, and hides other teams", async () => {
    const { getTeamDetail } = await import("@/lib/db/dashboard/get-team-detail");
    // October: T6 has 3 people (in December it has 5 and shows: each month is judged alone).
    const detail = await getTeamDetail(a.actors.ADMIN, a.teams.T6!, { from: "2026-10", to: "2026-10" });
    if (detail.status !== "ok") throw new Error("refused");
    expect(detail.items.every((item) => item.employee === null && item.employeeSuppressed)).toBe(true);
    const december = await getTeamDetail(a.actors.ADMIN, a.teams.T6!, { from: "2026-12" });
    if (december.status !== "ok") throw new Error("refused");
    expect(december.team.enps?.n).toBe(5);
    expect(detail.irritants.employee).toEqual([]);
    await expect(getTeamDetail(a.actors.EMPLOYEE, a.teams.T4!)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getTeamDetail(a.actors.HR, b.teams.T4!)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("names a hidden side's mirror irritant by its catalogue labels, never its key", async () => {
    const { db } = await import("@/tests/db/owner-db");
    const { getTeamDetail } = await import("@/lib/db/dashboard/get-team-detail");
    await db().irritant.update({
      where: { id: a.irritantIds.employee },
      data: { key: "outils_lents", labelFr: "Des outils trop lents", labelEn: "Tools that are too slow" },
    });
    const c = { momentOfTruthId: a.mots.complaint, irritantId: a.irritantIds.customer, submittedAt: "2026-10-06T10:00:00Z" };
    await addCustomerAnswers(a.organisationId, { ...c, teamId: a.teams.T6!, scores: [9, 3, 2] });
    const detail = await getTeamDetail(a.actors.ADMIN, a.teams.T6!, { from: "2026-10", to: "2026-10" });
    if (detail.status !== "ok") throw new Error("refused");
    expect(detail.team.hiddenReason).toBe("anonymity");
    expect(detail.irritants.employee).toEqual([]);
    expect(detail.irritants.customer).toEqual([
      expect.objectContaining({
        mirror: {
          irritantId: a.irritantIds.employee,
          key: "outils_lents",
          labelFr: "Des outils trop lents",
          labelEn: "Tools that are too slow",
          count: null,
        },
      }),
    ]);
  });
});
