// Team irritant states (issue 14 §2): each state reached (reported by either side or from a
// workshop, treated by an open action concerning the team, eliminated, reopened), citation rates
// before and after with Wilson intervals on both sides, the employee side withheld for a hidden
// team, and writes that store nothing on bad input.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/tests/db/owner-db";
import { getTeamIrritantStates, type TeamIrritantStateDto } from "@/lib/db/team-irritants/get-team-irritant-states";
import { addWorkshopIrritant, markIrritantEliminated, reopenIrritant } from "@/lib/db/team-irritants/manage-team-irritants";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { wilsonInterval } from "@/lib/stats/proportion";
import { currentParisMonth, shiftMonth } from "@/lib/surveys/release-calendar";
import { addCustomerAnswers, addEmployeeAnswers, createDashboardOrg, scores, type DashboardOrg } from "./fixtures-dashboard";

const tree = { D: null, T: "D", U: "D" };
const roleTeams = { ADMIN: "D", HR: "D", CX: "D", MANAGER: "T", EMPLOYEE: "T" } as const;
let org: DashboardOrg;
let small: DashboardOrg;
const pairs: Record<string, { customer: string; employee: string }> = {};
const month = shiftMonth(currentParisMonth(), -2);

async function pair(o: DashboardOrg, key: string) {
  const employee = await db().irritant.create({
    data: { organisationId: o.organisationId, side: "EMPLOYEE", key, labelFr: `${key} e`, labelEn: key },
  });
  const customer = await db().irritant.create({
    data: { organisationId: o.organisationId, side: "CUSTOMER", key, labelFr: `${key} c`, labelEn: key, mirrorId: employee.id },
  });
  return { customer: customer.id, employee: employee.id };
}

async function stateOf(o: DashboardOrg, teamKey: string, key: string, role: "HR" | "MANAGER" = "HR"): Promise<TeamIrritantStateDto> {
  const states = await getTeamIrritantStates(o.actors[role], o.teams[teamKey]!);
  return states.pairs.find((row) => row.customer?.key === key)!;
}

const stored = async () => [
  await db().teamIrritant.count(),
  await db().auditLog.count({ where: { targetType: "Team", action: { startsWith: "teamIrritant." } } }),
];

beforeAll(async () => {
  org = await createDashboardOrg("tistates", tree, roleTeams);
  for (const key of ["queue", "tools", "desk", "noise", "staff"]) pairs[key] = await pair(org, key);
  // Customers of T cite "queue" in 3 of 9 answers; employees of T cite "staff" in 3 of 12 answers.
  await addCustomerAnswers(org.organisationId, {
    teamId: org.teams.T!,
    scores: scores(3, 3, 3),
    submittedAt: `${month}-12T09:00:00Z`,
    momentOfTruthId: org.mots.complaint,
    irritantId: pairs.queue!.customer,
  });
  await addEmployeeAnswers(org.organisationId, org.teams.T!, month, scores(2, 2, 2), { irritantId: pairs.staff!.employee });
  await addEmployeeAnswers(org.organisationId, org.teams.T!, month, scores(2, 2, 2));
  await addEmployeeAnswers(org.organisationId, org.teams.U!, month, scores(3, 2, 2));
  // "tools" is linked to a planned action concerning T (and one of U's dropped actions).
  const action = await db().action.create({
    data: { organisationId: org.organisationId, teamId: org.teams.T!, title: "Outils", status: "PLANNED" },
  });
  await db().actionTeam.create({ data: { organisationId: org.organisationId, actionId: action.id, teamId: org.teams.T! } });
  await db().actionIrritant.create({
    data: { organisationId: org.organisationId, actionId: action.id, irritantId: pairs.tools!.employee },
  });
  const dropped = await db().action.create({
    data: { organisationId: org.organisationId, teamId: org.teams.U!, title: "Abandon", status: "DROPPED" },
  });
  await db().actionTeam.create({ data: { organisationId: org.organisationId, actionId: dropped.id, teamId: org.teams.U! } });
  await db().actionIrritant.create({
    data: { organisationId: org.organisationId, actionId: dropped.id, irritantId: pairs.noise!.customer },
  });

  // A small team (3 answers, under k = 5): its employees' citations must not show.
  small = await createDashboardOrg("tismall", { D: null, A: "D", B: "D" }, { ADMIN: "D", HR: "D", CX: "D", MANAGER: "A", EMPLOYEE: "A" });
  pairs.secret = await pair(small, "secret");
  await addEmployeeAnswers(small.organisationId, small.teams.A!, month, scores(1, 1, 1), { irritantId: pairs.secret.employee });
  await addEmployeeAnswers(small.organisationId, small.teams.B!, month, scores(5, 3, 2));
  await addCustomerAnswers(small.organisationId, {
    teamId: small.teams.A!,
    scores: scores(2, 2, 2),
    submittedAt: `${month}-12T09:00:00Z`,
    momentOfTruthId: small.mots.complaint,
  });
});

describe("states", () => {
  it("reported by customers, by employees, from a workshop; treated by an open action; none otherwise", async () => {
    expect((await stateOf(org, "T", "queue")).state).toBe("REPORTED");
    expect((await stateOf(org, "T", "staff")).state).toBe("REPORTED");
    expect((await stateOf(org, "T", "tools")).state).toBe("TREATED");
    expect((await stateOf(org, "T", "tools")).pivotMonth).toBe(currentParisMonth());
    // A dropped action treats nothing; U's citations are not T's.
    expect((await stateOf(org, "U", "noise")).state).toBeNull();
    expect((await stateOf(org, "U", "queue")).state).toBeNull();
    expect((await stateOf(org, "T", "desk")).state).toBeNull();
    expect(await addWorkshopIrritant(org.actors.MANAGER, org.teams.T!, pairs.desk!.employee, "Atelier du 3")).toEqual({ ok: true });
    expect(await stateOf(org, "T", "desk")).toMatchObject({ state: "REPORTED", workshop: true, note: "Atelier du 3" });
    expect(await db().teamIrritant.count({ where: { teamId: org.teams.T!, source: "WORKSHOP" } })).toBe(2);
  });

  it("the pair's citation rates on both sides with Wilson intervals", async () => {
    const queue = await stateOf(org, "T", "queue");
    expect(queue.before.customer).toEqual(wilsonInterval(3, 9));
    expect(queue.before.employee).toEqual({ status: "ok", estimate: wilsonInterval(0, 12) });
    const staff = await stateOf(org, "T", "staff");
    expect(staff.before.employee).toEqual({ status: "ok", estimate: wilsonInterval(3, 12) });
    expect(staff.before.customer).toEqual(wilsonInterval(0, 9));
    // The parent's subtree holds T's and U's answers.
    expect((await stateOf(org, "D", "staff")).before.employee).toEqual({ status: "ok", estimate: wilsonInterval(3, 19) });
    expect(queue.after).toBeNull();
  });

  it("eliminated on both sides in one write, keeping the rates before; reopened back to reported", async () => {
    const before = await stateOf(org, "T", "queue");
    expect(await markIrritantEliminated(org.actors.MANAGER, org.teams.T!, pairs.queue!.customer, "Borne réparée")).toEqual({ ok: true });
    const rows = await db().teamIrritant.findMany({ where: { teamId: org.teams.T!, irritantId: { in: Object.values(pairs.queue!) } } });
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => row.eliminatedAt !== null && row.note === "Borne réparée")).toBe(true);
    const eliminated = await stateOf(org, "T", "queue", "MANAGER");
    expect(eliminated).toMatchObject({ state: "ELIMINATED", pivotMonth: currentParisMonth(), eliminatedAt: expect.any(String) });
    expect(eliminated.before).toEqual(before.before);
    // Eliminating again keeps the first date.
    await markIrritantEliminated(org.actors.HR, org.teams.T!, pairs.queue!.employee);
    expect((await stateOf(org, "T", "queue")).eliminatedAt).toBe(eliminated.eliminatedAt);
    // Eliminated wins over treated.
    await markIrritantEliminated(org.actors.HR, org.teams.T!, pairs.tools!.customer);
    expect((await stateOf(org, "T", "tools")).state).toBe("ELIMINATED");
    expect(await reopenIrritant(org.actors.MANAGER, org.teams.T!, pairs.queue!.employee)).toEqual({ ok: true });
    expect(await stateOf(org, "T", "queue")).toMatchObject({ state: "REPORTED", eliminatedAt: null });
    await reopenIrritant(org.actors.HR, org.teams.T!, pairs.tools!.customer);
    expect((await stateOf(org, "T", "tools")).state).toBe("TREATED");
    const audit = await db().auditLog.findMany({
      where: { organisationId: org.organisationId, targetId: org.teams.T! },
      orderBy: { id: "asc" },
    });
    expect(audit.map((row) => row.action)).toEqual(
      expect.arrayContaining(["teamIrritant.workshop", "teamIrritant.eliminated", "teamIrritant.reopened"]),
    );
  });
});

describe("anonymity", () => {
  it("withholds a hidden team's employee rate and never reports from its citations; the customer side stays", async () => {
    const secret = await stateOf(small, "A", "secret");
    expect(secret.before.employee).toEqual({ status: "tooFew" });
    expect(secret.state).toBeNull();
    expect(secret.before.customer).toEqual(wilsonInterval(0, 6));
    expect(JSON.stringify(secret)).not.toMatch(/"n":3\b/);
  });
});

describe("writes refused", () => {
  it("stores nothing for a note over 1000 characters", async () => {
    const before = await stored();
    const result = await markIrritantEliminated(org.actors.HR, org.teams.U!, pairs.noise!.customer, "x".repeat(1001));
    expect(result).toMatchObject({ ok: false, fieldErrors: { note: expect.stringContaining("1000") } });
    expect(await stored()).toEqual(before);
  });

  it("stores nothing for another organisation's irritant, a team out of scope or malformed ids", async () => {
    const before = await stored();
    await expect(markIrritantEliminated(org.actors.HR, org.teams.T!, pairs.secret!.customer)).rejects.toBeInstanceOf(NotFoundError);
    await expect(addWorkshopIrritant(org.actors.MANAGER, org.teams.U!, pairs.desk!.customer)).rejects.toBeInstanceOf(NotFoundError);
    await expect(addWorkshopIrritant(org.actors.HR, small.teams.A!, pairs.desk!.customer)).rejects.toBeInstanceOf(NotFoundError);
    await expect(reopenIrritant(org.actors.HR, "nope", pairs.desk!.customer)).rejects.toBeInstanceOf(NotFoundError);
    await expect(reopenIrritant(org.actors.HR, org.teams.T!, "nope")).rejects.toBeInstanceOf(NotFoundError);
    await expect(markIrritantEliminated(org.actors.EMPLOYEE, org.teams.T!, pairs.desk!.customer)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await stored()).toEqual(before);
  });

  it("reads are scoped: another team for a manager, another organisation's team", async () => {
    await expect(getTeamIrritantStates(org.actors.MANAGER, org.teams.U!)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getTeamIrritantStates(org.actors.HR, small.teams.A!)).rejects.toBeInstanceOf(NotFoundError);
    expect((await getTeamIrritantStates(org.actors.EMPLOYEE, org.teams.T!)).canManage).toBe(false);
    expect((await getTeamIrritantStates(org.actors.MANAGER, org.teams.T!)).canManage).toBe(true);
  });
});
