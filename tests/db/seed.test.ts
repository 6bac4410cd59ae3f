// The demo seed: creates Maison Lumière once, with counts in range, working demo accounts,
// an under-threshold team, and data that tells the story (eNPS at t drives NPS at t + 1).
import bcrypt from "bcryptjs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/tests/db/owner-db";
import { DEMO_ACCOUNTS } from "@/scripts/db/demo-accounts";
import { seedDemo } from "@/scripts/db/seed";

type MonthScore = { teamId: string; month: number; s: number };
type TeamCounts = { teamId: string; externalId: string; n: number; promoters: number; detractors: number };

const nps = (c: TeamCounts) => (100 * (c.promoters - c.detractors)) / c.n;

function pearson(xs: number[], ys: number[]): number {
  const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  const mx = mean(xs),
    my = mean(ys);
  let sxy = 0,
    sxx = 0,
    syy = 0;
  xs.forEach((x, i) => {
    sxy += (x - mx) * (ys[i]! - my);
    sxx += (x - mx) ** 2;
    syy += (ys[i]! - my) ** 2;
  });
  return sxy / Math.sqrt(sxx * syy);
}

/** Pearson r of month-over-month deviations from each team's own mean: eNPS(t) vs NPS(t + lag). */
function withinTeamCorrelation(employee: MonthScore[], customer: MonthScore[], lag: number): number {
  const xs: number[] = [],
    ys: number[] = [];
  for (const teamId of new Set(employee.map((e) => e.teamId))) {
    const pairs = employee
      .filter((e) => e.teamId === teamId)
      .map((e) => [e.s, customer.find((c) => c.teamId === teamId && c.month === e.month + lag)?.s] as const)
      .filter((pair): pair is readonly [number, number] => pair[1] !== undefined);
    const mx = pairs.reduce((sum, p) => sum + p[0], 0) / pairs.length,
      my = pairs.reduce((sum, p) => sum + p[1], 0) / pairs.length;
    for (const [x, y] of pairs) {
      xs.push(x - mx);
      ys.push(y - my);
    }
  }
  return pearson(xs, ys);
}

async function tableCounts() {
  const client = db();
  return {
    organisations: await client.organisation.count(),
    users: await client.user.count(),
    contacts: await client.contact.count(),
    employeeResponses: await client.employeeResponse.count(),
    customerResponses: await client.customerResponse.count(),
  };
}

let organisationId = "";

beforeAll(async () => {
  const lines: string[] = [];
  expect(await seedDemo(db(), { log: (line) => lines.push(line) })).toEqual({ created: true });
  expect(lines.length).toBeGreaterThan(0);
  organisationId = (await db().organisation.findUniqueOrThrow({ where: { slug: "demo" } })).id;
}, 180_000);

describe("seedDemo", () => {
  it("creates Maison Lumière and is a no-op the second time", async () => {
    const org = await db().organisation.findUniqueOrThrow({ where: { slug: "demo" } });
    expect(org.name).toBe("Maison Lumière");
    const before = await tableCounts();
    expect(await seedDemo(db())).toEqual({ created: false });
    expect(await tableCounts()).toEqual(before);
  });

  it("creates the default catalogues with every irritant mirrored both ways", async () => {
    const where = { organisationId };
    expect(await db().mirroredItem.count({ where })).toBe(5);
    expect(await db().momentOfTruth.count({ where: { ...where, side: "CUSTOMER" } })).toBeGreaterThanOrEqual(7);
    expect(await db().momentOfTruth.count({ where: { ...where, side: "EMPLOYEE" } })).toBeGreaterThanOrEqual(8);
    const irritants = await db().irritant.findMany({ where, select: { id: true, side: true, mirrorId: true } });
    const byId = new Map(irritants.map((i) => [i.id, i]));
    expect(irritants.length).toBeGreaterThanOrEqual(10);
    for (const irritant of irritants) {
      const mirror = byId.get(irritant.mirrorId ?? "");
      expect(mirror?.side).not.toBe(irritant.side);
      expect(mirror?.mirrorId).toBe(irritant.id);
    }
  });

  it("has row counts in the expected ranges", async () => {
    const where = { organisationId };
    const leafTeams = await db().team.count({ where: { ...where, kind: "TEAM" } });
    expect(leafTeams).toBeGreaterThanOrEqual(12);
    expect(await db().team.count({ where: { ...where, kind: "DIRECTION" } })).toBe(3);
    expect(await db().membership.count({ where: { ...where, role: "EMPLOYEE" } })).toBeGreaterThanOrEqual(380);
    expect(await db().pulse.count({ where })).toBe(6);
    expect(await db().pulseTeam.count({ where })).toBe(6 * leafTeams);
    const participations = await db().pulseParticipation.count({ where });
    const answered = await db().pulseParticipation.count({ where: { ...where, answered: true } });
    const employeeResponses = await db().employeeResponse.count({ where });
    expect(answered / participations).toBeGreaterThan(0.65);
    expect(answered / participations).toBeLessThan(0.8);
    expect(employeeResponses).toBe(answered);
    expect(await db().employeeItemAnswer.count({ where })).toBe(5 * employeeResponses);
    const contacts = await db().contact.count({ where });
    const customerResponses = await db().customerResponse.count({ where });
    expect(contacts).toBeGreaterThan(18_000);
    expect(contacts).toBeLessThan(22_000);
    expect(await db().contact.count({ where: { ...where, linkUsedAt: { not: null } } })).toBe(customerResponses);
    expect(customerResponses / contacts).toBeGreaterThan(0.35);
    expect(customerResponses / contacts).toBeLessThan(0.45);
    expect(await db().followUp.count({ where: { ...where, response: { score: { gte: 7 } } } })).toBe(0);
    expect(await db().followUp.count({ where })).toBeGreaterThan(100);
    expect(await db().operationalKpi.count({ where })).toBeGreaterThan(0);
    const actions = await db().action.findMany({ where, select: { _count: { select: { irritants: true } } } });
    expect(actions.length).toBeGreaterThanOrEqual(3);
    for (const action of actions) expect(action._count.irritants).toBeGreaterThan(0);
  });

  it("creates the demo accounts with their roles and the demo password", async () => {
    for (const account of DEMO_ACCOUNTS) {
      const user = await db().user.findUniqueOrThrow({
        where: { email: account.email },
        select: { passwordHash: true, memberships: { select: { role: true, organisationId: true, teamId: true } } },
      });
      expect(user.memberships).toEqual([expect.objectContaining({ role: account.role, organisationId })]);
      expect(await bcrypt.compare(account.password, user.passwordHash ?? "")).toBe(true);
    }
    const manager = await db().membership.findFirstOrThrow({
      where: { organisationId, user: { email: "manager@demo.symetrie.fr" } },
      select: { team: true },
    });
    expect(manager.team?.kind).toBe("SERVICE");
    const managed = await db().team.findMany({
      where: { organisationId, kind: "TEAM", path: { startsWith: manager.team!.path } },
      select: { id: true },
    });
    expect(managed.length).toBeGreaterThanOrEqual(2);
    const employee = await db().membership.findFirstOrThrow({ where: { organisationId, user: { email: "employe@demo.symetrie.fr" } } });
    expect(managed.map((t) => t.id)).toContain(employee.teamId);
  });

  it("has one leaf team below the anonymity threshold, with exactly 4 members", async () => {
    const sizes = await db().membership.groupBy({ by: ["teamId"], where: { organisationId, role: "EMPLOYEE" }, _count: { _all: true } });
    expect(sizes.filter((s) => s._count._all < 5).map((s) => s._count._all)).toEqual([4]);
  });

  it("varies its free texts: no comment, suggestion or other irritant is used more than 8 times", async () => {
    const repeats = await db().$queryRaw<{ text: string; n: number }[]>`
      SELECT text, count(*)::int AS n FROM (
        SELECT comment AS text FROM "CustomerResponse" WHERE "organisationId" = ${organisationId}::uuid
        UNION ALL SELECT comment FROM "EmployeeResponse" WHERE "organisationId" = ${organisationId}::uuid
        UNION ALL SELECT suggestion FROM "EmployeeResponse" WHERE "organisationId" = ${organisationId}::uuid
        UNION ALL SELECT "irritantOther" FROM "CustomerResponse" WHERE "organisationId" = ${organisationId}::uuid
        UNION ALL SELECT "irritantOther" FROM "EmployeeResponse" WHERE "organisationId" = ${organisationId}::uuid
      ) texts WHERE text IS NOT NULL GROUP BY text ORDER BY n DESC LIMIT 3`;
    expect(repeats.length).toBeGreaterThan(0);
    expect(repeats[0]!.n, `most repeated: « ${repeats[0]!.text} »`).toBeLessThanOrEqual(8);
  });

  it("has employee responses for every pulse", async () => {
    const pulses = await db().pulse.findMany({ where: { organisationId }, select: { _count: { select: { responses: true } } } });
    for (const pulse of pulses) expect(pulse._count.responses).toBeGreaterThan(100);
  });

  it("tells the story: eNPS (May–Sep) correlates with next month's NPS (Jun–Oct) across leaf teams", async () => {
    const employee = await db().$queryRaw<TeamCounts[]>`
      SELECT t.id AS "teamId", t."externalId", count(*)::int AS n,
             count(*) FILTER (WHERE r.score >= 9)::int AS promoters, count(*) FILTER (WHERE r.score <= 6)::int AS detractors
      FROM "EmployeeResponse" r JOIN "Team" t ON t.id = r."teamId"
      WHERE r."organisationId" = ${organisationId}::uuid AND r.period >= '2026-05-01' AND r.period < '2026-10-01'
        AND (SELECT count(*) FROM "Membership" m WHERE m."teamId" = t.id) >= 5
      GROUP BY t.id`;
    const customer = await db().$queryRaw<TeamCounts[]>`
      SELECT r."teamId", count(*)::int AS n,
             count(*) FILTER (WHERE r.score >= 9)::int AS promoters, count(*) FILTER (WHERE r.score <= 6)::int AS detractors
      FROM "CustomerResponse" r
      WHERE r."organisationId" = ${organisationId}::uuid AND r."submittedAt" >= '2026-06-01' AND r."submittedAt" < '2026-11-01'
      GROUP BY r."teamId"`;
    const npsByTeam = new Map(customer.map((c) => [c.teamId, nps(c)]));
    const teams = employee.filter((e) => npsByTeam.has(e.teamId));
    expect(teams.length).toBeGreaterThanOrEqual(12);
    const r = pearson(
      teams.map(nps),
      teams.map((e) => npsByTeam.get(e.teamId)!),
    );
    expect(r).toBeGreaterThan(0.5);
    // The two outliers: happy staff but late deliveries; a strained team in the flagship store.
    const gap = (externalId: string) => {
      const team = teams.find((t) => t.externalId === externalId)!;
      return nps(team) - npsByTeam.get(team.teamId)!;
    };
    expect(gap("T-LIV-02")).toBeGreaterThan(30);
    expect(gap("T-MAG-01")).toBeLessThan(-30);
  });

  it("tells the story in time too: a team's eNPS moves its NPS one month later, not the same month", async () => {
    const score = "(100.0 * (count(*) FILTER (WHERE score >= 9) - count(*) FILTER (WHERE score <= 6)) / count(*))::float AS s";
    const employee = await db().$queryRawUnsafe<MonthScore[]>(
      `
      SELECT "teamId", extract(month FROM period)::int AS month, ${score} FROM "EmployeeResponse"
      WHERE "organisationId" = $1::uuid AND "teamId" IN (SELECT "teamId" FROM "Membership" GROUP BY 1 HAVING count(*) >= 5)
      GROUP BY 1, 2`,
      organisationId,
    );
    const customer = await db().$queryRawUnsafe<MonthScore[]>(
      `
      SELECT "teamId", extract(month FROM "submittedAt")::int AS month, ${score} FROM "CustomerResponse"
      WHERE "organisationId" = $1::uuid AND "submittedAt" < '2026-11-01' GROUP BY 1, 2`,
      organisationId,
    );
    const lagged = withinTeamCorrelation(employee, customer, 1);
    expect(lagged).toBeGreaterThan(0.4);
    expect(lagged).toBeGreaterThan(withinTeamCorrelation(employee, customer, 0) + 0.2);
    expect(lagged).toBeGreaterThan(withinTeamCorrelation(employee, customer, -1) + 0.2);
  });
});
