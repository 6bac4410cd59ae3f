// getMonthlyReport and listMonthActions (issue 15 §3): the report reads the dashboard's figures for
// one month, so a team below the group size shows no eNPS (nor employee items or irritants), the
// 12-month trend hides it too, and the month's actions are those done, measured or published in it.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/tests/db/owner-db";
import { listMonthActions } from "@/lib/db/actions/list-month-actions";
import { getMonthlyReport, type MonthlyReportDto } from "@/lib/db/reports/get-monthly-report";
import { ExpectedError, NotFoundError } from "@/lib/errors";
import { currentParisMonth, shiftMonth } from "@/lib/surveys/release-calendar";
import { addCustomerAnswers, addEmployeeAnswers, createDashboardOrg, scores, type DashboardOrg } from "./fixtures-dashboard";

// S ⊃ A (6 answers), B (3: below k = 5), C (9); S2 ⊃ E (7).
const tree = { D: null, S: "D", A: "S", B: "S", C: "S", S2: "D", E: "S2" };
const roleTeams = { ADMIN: "D", HR: "D", CX: "D", MANAGER: "S2", EMPLOYEE: "A" } as const;
const MONTH = "2026-10";
let org: DashboardOrg;

async function report(role: keyof typeof roleTeams, team?: string, month = MONTH): Promise<MonthlyReportDto> {
  return getMonthlyReport(org.actors[role], { month, ...(team ? { teamId: org.teams[team]! } : {}) });
}

async function action(title: string, team: string, fields: { doneAt?: string; publishedAt?: string; measuredAt?: string }) {
  const status = fields.measuredAt ? "MEASURED" : fields.doneAt ? "DONE" : "IN_PROGRESS";
  const created = await db().action.create({
    data: {
      organisationId: org.organisationId,
      teamId: org.teams[team]!,
      title,
      status,
      doneAt: fields.doneAt ? new Date(fields.doneAt) : null,
      publishedAt: fields.publishedAt ? new Date(fields.publishedAt) : null,
      publishedSummary: fields.publishedAt ? "fait" : null,
    },
  });
  if (fields.measuredAt)
    await db().actionEvent.create({
      data: {
        organisationId: org.organisationId,
        actionId: created.id,
        fromStatus: "DONE",
        toStatus: "MEASURED",
        createdAt: new Date(fields.measuredAt),
      },
    });
  return created.id;
}

beforeAll(async () => {
  org = await createDashboardOrg("report", tree, roleTeams);
  const employee: Array<[string, [number, number, number]]> = [
    ["A", [3, 2, 1]],
    ["B", [1, 1, 1]],
    ["C", [4, 3, 2]],
    ["E", [3, 3, 1]],
  ];
  for (const [key, counts] of employee) {
    for (const month of ["2026-09", MONTH]) {
      await addEmployeeAnswers(org.organisationId, org.teams[key]!, month, scores(...counts), { irritantId: org.irritantIds.employee });
    }
    await addCustomerAnswers(org.organisationId, {
      teamId: org.teams[key]!,
      scores: scores(8, 3, 1),
      submittedAt: "2026-10-12T09:00:00Z",
      momentOfTruthId: org.mots.complaint,
      irritantId: org.irritantIds.customer,
    });
  }
});

describe("figures", () => {
  it("a team below the group size shows no eNPS, gap, employee items or irritants, in the month and in the trend", async () => {
    const b = await report("HR", "B");
    expect(b.team).toMatchObject({ name: "report B" });
    expect(b.figures!.headline.enps).toMatchObject({ figure: null, hidden: true });
    expect(b.figures!.headline.gap.figure).toBeNull();
    expect(b.figures!.headline.nps.figure).toMatchObject({ n: 12 });
    expect(b.figures!.trendSuppressed).toBe(true);
    expect(b.figures!.trend.every((point) => point.enps === null)).toBe(true);
    expect(b.figures!.details[0]!.irritants.employee).toEqual([]);
    expect(b.figures!.details[0]!.items.every((item) => item.employee === null)).toBe(true);
  });

  it("a team at or above it shows its eNPS with n and interval, the gap, and the previous month", async () => {
    const c = await report("HR", "C");
    expect(c.figures!.headline.enps.figure).toMatchObject({ n: 9 });
    expect(c.figures!.headline.enps.figure!.low).toBeLessThan(c.figures!.headline.enps.figure!.high);
    expect(c.figures!.headline.gap.figure).not.toBeNull();
    expect(c.figures!.headline.enps.change).toMatchObject({ delta: 0 });
    expect(c.figures!.trend.map((point) => point.period)).toEqual(["2026-09", MONTH]);
    expect(c.figures!.details[0]!.irritants.employee.length).toBeGreaterThan(0);
  });

  it("the organisation's report is the dashboard's scope: HR the whole organisation, with the root team's irritants", async () => {
    const whole = await report("HR");
    expect(whole.team).toBeNull();
    expect(whole.organisationName).toBe("Org report");
    expect(whole.figures!.headline.nps.figure).toMatchObject({ n: 48 });
    expect(whole.figures!.details.map((detail) => detail.team.teamId)).toEqual([org.teams.D]);
    expect(whole.figures!.details[0]!.irritants.customer.length).toBeGreaterThan(0);
  });

  it("an organisation with several top-level teams gets each one's items and irritants", async () => {
    const two = await createDashboardOrg(
      "report-roots",
      { R1: null, R2: null },
      { ADMIN: "R1", HR: "R1", CX: "R1", MANAGER: "R1", EMPLOYEE: "R1" },
    );
    for (const key of ["R1", "R2"]) {
      await addEmployeeAnswers(two.organisationId, two.teams[key]!, MONTH, scores(3, 2, 1));
    }
    const whole = await getMonthlyReport(two.actors.HR, { month: MONTH });
    expect(whole.figures!.details.map((detail) => detail.team.name).sort()).toEqual(["report-roots R1", "report-roots R2"]);
  });

  it("a manager's organisation report is their subtree, and another subtree's team is not found", async () => {
    const own = await report("MANAGER");
    expect(own.figures!.headline.nps.figure).toMatchObject({ n: 12 });
    await expect(report("MANAGER", "C")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses a malformed month and a month in the future; the current month is marked open", async () => {
    for (const month of ["2026-13", "2026-1", "oct 2026", "", shiftMonth(currentParisMonth(), 1)]) {
      await expect(report("HR", undefined, month)).rejects.toBeInstanceOf(ExpectedError);
    }
    expect((await report("HR", undefined, currentParisMonth())).open).toBe(true);
    expect((await report("HR")).open).toBe(false);
  });
});

describe("the month's actions", () => {
  let ids: Record<"done" | "measured" | "published" | "november" | "open", string>;
  beforeAll(async () => {
    ids = {
      done: await action("done in October", "C", { doneAt: "2026-10-15T10:00:00Z" }),
      measured: await action("measured in October", "E", { doneAt: "2026-08-01T10:00:00Z", measuredAt: "2026-10-20T10:00:00Z" }),
      published: await action("published in October", "A", { doneAt: "2026-09-10T10:00:00Z", publishedAt: "2026-10-02T10:00:00Z" }),
      // 1 November 00:30 in Paris is still 31 October in UTC: a November action.
      november: await action("done in November", "C", { doneAt: "2026-10-31T23:30:00Z" }),
      open: await action("still open", "C", {}),
    };
  });

  it("lists those done, measured or published in the month, and says which", async () => {
    const { rows, more } = await listMonthActions(org.actors.HR, { month: MONTH });
    expect(more).toBe(false);
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect([...byId.keys()].sort()).toEqual([ids.done, ids.measured, ids.published].sort());
    expect(byId.get(ids.done)).toMatchObject({ doneInMonth: true, measuredInMonth: false, publishedInMonth: false });
    expect(byId.get(ids.measured)).toMatchObject({ doneInMonth: false, measuredInMonth: true });
    expect(byId.get(ids.published)).toMatchObject({ doneInMonth: false, publishedInMonth: true });
    expect((await listMonthActions(org.actors.HR, { month: "2026-11" })).rows.map((row) => row.id)).toEqual([ids.november]);
  });

  it("follows the team's subtree and the principal's scope", async () => {
    const s = await report("HR", "S");
    expect(s.actions!.rows.map((row) => row.id).sort()).toEqual([ids.done, ids.published].sort());
    const manager = await listMonthActions(org.actors.MANAGER, { month: MONTH });
    expect(manager.rows.map((row) => row.id)).toEqual([ids.measured]);
    const employee = await listMonthActions(org.actors.EMPLOYEE, { month: MONTH });
    expect(employee.rows).toEqual([]);
  });

  it("refuses a bad month and another organisation's team, reading nothing", async () => {
    await expect(listMonthActions(org.actors.HR, { month: "2026-00" })).rejects.toBeInstanceOf(ExpectedError);
    const other = await createDashboardOrg("report-other", { D: null }, { ADMIN: "D", HR: "D", CX: "D", MANAGER: "D", EMPLOYEE: "D" });
    await expect(listMonthActions(org.actors.HR, { month: MONTH, teamId: other.teams.D! })).rejects.toBeInstanceOf(NotFoundError);
    await expect(listMonthActions(org.actors.HR, { month: MONTH, teamId: "not-a-uuid" })).rejects.toBeInstanceOf(NotFoundError);
  });
});
