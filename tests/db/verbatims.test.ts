// listVerbatims: employee texts only from team × month groups of at least k_c answers (ADMIN
// too), shuffled, dated with the month only; customer comments with their month; role scope,
// foreign and malformed ids, bad months and the per-side cap.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/tests/db/owner-db";
import { listVerbatims, VERBATIMS_PER_SIDE } from "@/lib/db/dashboard/list-verbatims";
import { markRollupDirty } from "@/lib/db/rollup/mark-dirty";
import { ExpectedError, NotFoundError } from "@/lib/errors";
import { addCustomerAnswers, createDashboardOrg, type DashboardOrg } from "./fixtures-dashboard";

const tree = { D: null, S: "D", T1: "S", T2: "S", X: "D" };
const roleTeams = { ADMIN: "D", HR: "D", CX: "D", MANAGER: "S", EMPLOYEE: "T1" } as const;
let a: DashboardOrg;
let b: DashboardOrg;

/** Employee answers in insertion order, each with its text, as the pulse flow stores them (no time, no person). */
async function addEmployeeTexts(org: DashboardOrg, team: string, month: string, texts: Array<{ comment?: string; suggestion?: string }>) {
  const period = new Date(`${month}-01T00:00:00.000Z`);
  await db().$transaction(async (tx) => {
    for (const text of texts) {
      await tx.employeeResponse.create({
        data: { id: randomUUID(), organisationId: org.organisationId, teamId: org.teams[team]!, period, score: 8, ...text },
      });
      await tx.employeeRespondent.create({
        data: { organisationId: org.organisationId, teamId: org.teams[team]!, period, personId: randomUUID() },
      });
    }
    await markRollupDirty(tx, org.organisationId, period);
  });
}
const numbered = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({ comment: `${prefix}-${String(i + 1).padStart(2, "0")}` }));

beforeAll(async () => {
  a = await createDashboardOrg("verba", tree, roleTeams);
  b = await createDashboardOrg("verbb", tree, roleTeams);
  // T1 October: 30 commented answers plus 5 silent ones with a suggestion.
  await addEmployeeTexts(a, "T1", "2026-10", [
    ...numbered("t1-oct", 30),
    ...Array.from({ length: 5 }, (_, i) => ({ suggestion: `idea-${i}` })),
  ]);
  // T2 October: 9 answers, below k_c = 10 (above k = 5): no text may show. September: exactly 10.
  await addEmployeeTexts(a, "T2", "2026-10", numbered("t2-oct", 9));
  await addEmployeeTexts(a, "T2", "2026-09", [...numbered("t2-sep", 3), ...Array.from({ length: 7 }, () => ({}))]);
  await addEmployeeTexts(a, "X", "2026-10", numbered("x-oct", 12));
  await addEmployeeTexts(b, "T1", "2026-10", numbered("b-oct", 12));
  await addCustomerAnswers(a.organisationId, {
    teamId: a.teams.T1!,
    scores: [9, 3],
    submittedAt: "2026-10-17T14:23:11.123Z",
    momentOfTruthId: a.mots.complaint,
  });
  await db().customerResponse.updateMany({ where: { organisationId: a.organisationId }, data: { comment: "Conseiller très patient" } });
});

describe("employee verbatims", () => {
  it.each(["ADMIN", "HR", "MANAGER"] as const)("hide every text of a group below k_c for %s, show groups of k_c or more", async (role) => {
    const { employee, minGroupSize } = await listVerbatims(a.actors[role]);
    expect(minGroupSize).toBe(10);
    const texts = employee.map((v) => v.text);
    expect(texts.filter((text) => text.startsWith("t2-oct"))).toEqual([]);
    expect(texts.filter((text) => text.startsWith("t2-sep")).sort()).toEqual(["t2-sep-01", "t2-sep-02", "t2-sep-03"]);
    expect(texts.filter((text) => text.startsWith("t1-oct"))).toHaveLength(30);
    expect(employee.filter((v) => v.kind === "suggestion")).toHaveLength(5);
  });

  it("carry the month and nothing finer", async () => {
    const { employee, customer } = await listVerbatims(a.actors.HR, { teamId: a.teams.T1 });
    for (const verbatim of [...employee, ...customer]) {
      expect(Object.keys(verbatim).sort()).toEqual(["kind", "period", "teamId", "teamName", "text"]);
      expect(verbatim.period).toMatch(/^\d{4}-\d{2}$/);
    }
    expect(customer).toEqual([
      expect.objectContaining({ text: "Conseiller très patient", period: "2026-10", kind: "comment" }),
      expect.objectContaining({ period: "2026-10" }),
    ]);
    expect(JSON.stringify(customer)).not.toMatch(/14:23|17T/);
  });

  it("are shuffled: 30 comments never come back in insertion order, nor twice in the same order", async () => {
    const inserted = numbered("t1-oct", 30).map((row) => row.comment);
    const orders = await Promise.all(
      [1, 2, 3].map(async () =>
        (await listVerbatims(a.actors.ADMIN, { teamId: a.teams.T1 })).employee
          .map((v) => v.text)
          .filter((text) => text.startsWith("t1-oct")),
      ),
    );
    // A fixed order would match one of these on every run; a shuffle does so with probability 1/30!.
    for (const order of orders) expect(order).not.toEqual(inserted);
    expect(new Set(orders.map((order) => order.join())).size).toBeGreaterThan(1);
  });
});

describe("scope", () => {
  it("a manager sees their subtree only, an employee their team only", async () => {
    const manager = await listVerbatims(a.actors.MANAGER);
    expect(manager.employee.some((v) => v.text.startsWith("x-oct"))).toBe(false);
    expect((await listVerbatims(a.actors.HR)).employee.some((v) => v.text.startsWith("x-oct"))).toBe(true);
    const employee = await listVerbatims(a.actors.EMPLOYEE);
    expect(new Set(employee.employee.map((v) => v.teamId))).toEqual(new Set([a.teams.T1]));
  });

  it("filters by period", async () => {
    const september = await listVerbatims(a.actors.HR, { from: "2026-09", to: "2026-09" });
    expect(september.employee.map((v) => v.text).sort()).toEqual(["t2-sep-01", "t2-sep-02", "t2-sep-03"]);
    expect(september.customer).toEqual([]);
  });

  it("narrows customer comments by channel and moment of truth, never employee texts", async () => {
    expect((await listVerbatims(a.actors.HR, { channel: "PHONE" })).customer).toHaveLength(2);
    expect((await listVerbatims(a.actors.HR, { channel: "EMAIL" })).customer).toEqual([]);
    expect((await listVerbatims(a.actors.HR, { momentOfTruth: a.mots.complaint })).customer).toHaveLength(2);
    const purchase = await listVerbatims(a.actors.HR, { momentOfTruth: a.mots.purchase });
    expect(purchase.customer).toEqual([]);
    expect(purchase.employee.some((v) => v.text.startsWith("t1-oct"))).toBe(true);
    await expect(listVerbatims(a.actors.HR, { momentOfTruth: "'; DROP TABLE x; --" })).rejects.toBeInstanceOf(ExpectedError);
  });

  it("answers not found for a team outside the scope, of another organisation, or malformed", async () => {
    await expect(listVerbatims(a.actors.MANAGER, { teamId: a.teams.X })).rejects.toBeInstanceOf(NotFoundError);
    await expect(listVerbatims(a.actors.ADMIN, { teamId: b.teams.T1 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(listVerbatims(a.actors.ADMIN, { teamId: "'; DROP TABLE x; --" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("rejects a malformed month", async () => {
    await expect(listVerbatims(a.actors.ADMIN, { from: "2026-13" })).rejects.toBeInstanceOf(ExpectedError);
  });
});

it("caps each side", async () => {
  await addEmployeeTexts(a, "X", "2026-11", numbered("x-nov", 60));
  const { employee } = await listVerbatims(a.actors.HR, { teamId: a.teams.X });
  expect(employee).toHaveLength(VERBATIMS_PER_SIDE);
});
