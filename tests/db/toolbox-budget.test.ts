// The toolbox budget (issue 14 §1): the year's amount, allocations to teams, spent per team's
// subtree from the actions created that year, what is left; refusals store nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/tests/db/owner-db";
import { getToolboxBudget, removeToolboxAllocation, setToolboxAllocation, setToolboxBudget } from "@/lib/db/toolbox-budget/toolbox-budget";
import { ForbiddenError } from "@/lib/errors";
import { createDashboardOrg, type DashboardOrg } from "./fixtures-dashboard";

let org: DashboardOrg;
let other: DashboardOrg;
const roles = { ADMIN: "D", HR: "D", CX: "D", MANAGER: "S", EMPLOYEE: "T" } as const;

async function action(o: DashboardOrg, teamKey: string, spentCents: number, createdAt: string) {
  await db().action.create({
    data: {
      organisationId: o.organisationId,
      teamId: o.teams[teamKey]!,
      title: `A ${teamKey}`,
      spentCents,
      createdAt: new Date(createdAt),
    },
  });
}
const stored = async () => [
  await db().toolboxBudget.findMany({ where: { organisationId: org.organisationId }, orderBy: { year: "asc" } }),
  await db().toolboxAllocation.findMany({ where: { organisationId: org.organisationId }, orderBy: { teamId: "asc" } }),
  await db().auditLog.count({ where: { organisationId: org.organisationId, targetType: "ToolboxBudget" } }),
];

beforeAll(async () => {
  org = await createDashboardOrg("budget", { D: null, S: "D", T: "S", U: "D" }, roles);
  other = await createDashboardOrg("budgetother", { D: null }, { ADMIN: "D", HR: "D", CX: "D", MANAGER: "D", EMPLOYEE: "D" });
  await action(org, "T", 30_000, "2030-03-01T10:00:00Z"); // in S's subtree
  await action(org, "S", 5_000, "2030-06-01T10:00:00Z");
  await action(org, "U", 1_000, "2030-12-31T23:30:00Z"); // 00:30 on 1 January 2031 in Paris: next year
  await action(org, "U", 2_000, "2029-12-31T23:30:00Z"); // 00:30 on 1 January 2030 in Paris: this year
  await action(other, "D", 99_900, "2030-05-01T10:00:00Z");
});

describe("toolbox budget", () => {
  it("sums allocations, spent per subtree and what is left", async () => {
    expect(await setToolboxBudget(org.actors.HR, { year: "2030", amount: "1 000,50" })).toEqual({ ok: true });
    expect(await setToolboxAllocation(org.actors.CX, { year: 2030, teamId: org.teams.S, amount: "600" })).toEqual({ ok: true });
    expect(await setToolboxAllocation(org.actors.CX, { year: 2030, teamId: org.teams.U, amount: "100" })).toEqual({ ok: true });
    const budget = await getToolboxBudget(org.actors.ADMIN, 2030);
    expect(budget).toMatchObject({ year: 2030, amountCents: 100_050, allocatedCents: 70_000, spentCents: 37_000, leftCents: 63_050 });
    expect(budget.allocations).toEqual([
      { teamId: org.teams.S, teamName: "budget S", amountCents: 60_000, spentCents: 35_000, leftCents: 25_000 },
      { teamId: org.teams.U, teamName: "budget U", amountCents: 10_000, spentCents: 2_000, leftCents: 8_000 },
    ]);
    // Editing an allocation replaces it; removing it frees the amount.
    expect(await setToolboxAllocation(org.actors.HR, { year: 2030, teamId: org.teams.U, amount: "400,50" })).toEqual({ ok: true });
    expect((await getToolboxBudget(org.actors.HR, 2030)).allocatedCents).toBe(100_050);
    expect(await removeToolboxAllocation(org.actors.HR, { year: 2030, teamId: org.teams.U })).toEqual({ ok: true });
    expect((await getToolboxBudget(org.actors.HR, 2030)).allocations).toHaveLength(1);
    expect(await getToolboxBudget(org.actors.HR, 2031)).toMatchObject({
      amountCents: null,
      leftCents: null,
      spentCents: 1_000,
      allocations: [],
    });
  });

  it("refuses allocations above the amount, negative amounts, a foreign team, an amount below what is allocated: nothing stored", async () => {
    const before = await stored();
    const refusals = [
      await setToolboxAllocation(org.actors.HR, { year: 2030, teamId: org.teams.U, amount: "500" }),
      await setToolboxAllocation(org.actors.HR, { year: 2030, teamId: org.teams.U, amount: "-5" }),
      await setToolboxAllocation(org.actors.HR, { year: 2030, teamId: other.teams.D, amount: "5" }),
      await setToolboxAllocation(org.actors.HR, { year: 2035, teamId: org.teams.U, amount: "5" }),
      await setToolboxBudget(org.actors.HR, { year: 2030, amount: "599" }),
      await setToolboxBudget(org.actors.HR, { year: 2030, amount: "-1" }),
      await setToolboxBudget(org.actors.HR, { year: 2030, amount: "douze" }),
      await setToolboxBudget(org.actors.HR, { year: "an", amount: "5" }),
      await removeToolboxAllocation(org.actors.HR, { year: 2030, teamId: org.teams.T }),
    ];
    expect(refusals.map((result) => result.ok)).toEqual(Array(refusals.length).fill(false));
    expect(refusals[0]).toMatchObject({ fieldErrors: { amount: expect.stringContaining("dépasseraient") } });
    expect(refusals[1]).toMatchObject({ fieldErrors: { amount: "Le montant ne peut pas être négatif." } });
    expect(refusals[2]).toMatchObject({ fieldErrors: { teamId: expect.any(String) } });
    expect(refusals[4]).toMatchObject({ fieldErrors: { amount: expect.stringContaining("dépasseraient") } });
    expect(refusals[7]).toMatchObject({ fieldErrors: { year: "Année invalide." } });
    expect(await stored()).toEqual(before);
  });

  it("is for ADMIN, HR and CX only", async () => {
    await expect(getToolboxBudget(org.actors.MANAGER, 2030)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setToolboxBudget(org.actors.EMPLOYEE, { year: 2030, amount: "1" })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
