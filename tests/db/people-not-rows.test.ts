// Issue 11 §2, the attacker's cases first: the threshold counts people, not answer rows. Four
// people answering two pulses in one month make eight answers and still four people; five
// people answering twice make ten comments and still five people (k_c = 10).
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/tests/db/owner-db";
import { getSymmetry } from "@/lib/db/dashboard/get-symmetry";
import { listVerbatims } from "@/lib/db/dashboard/list-verbatims";
import { withOrganisation } from "@/lib/db/tenant-context";
import { recordEmployeeAnswer } from "@/lib/db/pulses/record-employee-answer";
import { markRollupDirty } from "@/lib/db/rollup/mark-dirty";
import { refreshRollups } from "@/lib/db/rollup/refresh";
import { releaseEndedMonths } from "@/lib/db/rollup/release-employee-months";
import { pulsePeriod } from "@/lib/pulses/pulse-status";
import { countEmployeeWrites } from "./pulse-fixtures";
import type { SymmetryDto } from "@/lib/symmetry/symmetry-types";
import { addEmployeeAnswers, createDashboardOrg, scores, type DashboardOrg } from "./fixtures-dashboard";

const tree = { D: null, T1: "D", T2: "D", T3: "D" };
const roleTeams = { ADMIN: "D", HR: "D", CX: "D", MANAGER: "D", EMPLOYEE: "T2" } as const;
const people = (n: number) => Array.from({ length: n }, () => randomUUID());

let org: DashboardOrg;

async function teamSuppressed(of: DashboardOrg, key: string): Promise<boolean> {
  const result = await getSymmetry(of.actors.HR);
  if (result.status !== "ok") throw new Error(result.status);
  const team = (result as SymmetryDto).teams.find((row) => row.teamId === of.teams[key]);
  if (!team) throw new Error(`no team ${key}`);
  return team.enpsSuppressed;
}

/** `texts` comments written by the given people (one comment per answer), as the answer path stores them. */
async function addComments(team: string, month: string, persons: string[], prefix: string) {
  const period = new Date(`${month}-01T00:00:00.000Z`);
  await db().$transaction(async (tx) => {
    for (const [i, personId] of persons.entries()) {
      await tx.employeeResponse.create({
        data: { organisationId: org.organisationId, teamId: org.teams[team]!, period, score: 8, comment: `${prefix}-${i}` },
      });
      await tx.employeeRespondent.createMany({
        data: [{ organisationId: org.organisationId, teamId: org.teams[team]!, period, personId }],
        skipDuplicates: true,
      });
    }
    await markRollupDirty(tx, org.organisationId, period);
  });
}

beforeAll(async () => {
  org = await createDashboardOrg("people", tree, roleTeams);
  // Two teams large enough that T1 alone is what the threshold decides.
  await addEmployeeAnswers(org.organisationId, org.teams.T2!, "2026-09", scores(4, 3, 2));
  await addEmployeeAnswers(org.organisationId, org.teams.T3!, "2026-09", scores(3, 3, 3));
});

describe("the threshold counts people", () => {
  it("4 people answering two pulses in a month (8 answers) stay hidden", async () => {
    const four = people(4);
    await addEmployeeAnswers(org.organisationId, org.teams.T1!, "2026-09", [10, 9, 8, 3], { people: four });
    await addEmployeeAnswers(org.organisationId, org.teams.T1!, "2026-09", [10, 7, 6, 2], { people: four });
    expect(await teamSuppressed(org, "T1")).toBe(true);
  });

  it("5 people answering two pulses (10 answers) show", async () => {
    const other = await createDashboardOrg("people5", tree, roleTeams);
    await addEmployeeAnswers(other.organisationId, other.teams.T2!, "2026-09", scores(4, 3, 2));
    await addEmployeeAnswers(other.organisationId, other.teams.T3!, "2026-09", scores(3, 3, 3));
    const five = people(5);
    await addEmployeeAnswers(other.organisationId, other.teams.T1!, "2026-09", [10, 9, 8, 3, 9], { people: five });
    await addEmployeeAnswers(other.organisationId, other.teams.T1!, "2026-09", [10, 7, 6, 2, 9], { people: five });
    expect(await teamSuppressed(other, "T1")).toBe(false);
  });

  it("verbatims need k_c distinct people: 5 people × 2 comments show nothing, 10 people do", async () => {
    const five = people(5);
    await addComments("T2", "2026-08", [...five, ...five], "twice");
    await addComments("T3", "2026-08", people(10), "once");
    const texts = (await listVerbatims(org.actors.HR)).employee.map((verbatim) => verbatim.text);
    expect(texts.filter((text) => text.startsWith("twice"))).toEqual([]);
    expect(texts.filter((text) => text.startsWith("once"))).toHaveLength(10);
  });

  it("the answer path records each person once per cell: the rollup holds 2 answers and 1 person", async () => {
    const period = pulsePeriod(new Date()); // live answers go into the current month only
    const personId = randomUUID();
    for (let i = 0; i < 2; i++) {
      // As its callers (submitEmployeeResponse, submitEventResponse) do: acting for the organisation.
      const result = await withOrganisation(org.organisationId, () =>
        recordEmployeeAnswer(async () => ({
          key: { organisationId: org.organisationId, pulseId: null, eventType: null, teamId: org.teams.T3!, period },
          answer: { score: 9, items: {}, irritantIds: [], irritantOther: null, comment: null, suggestion: null },
          toggles: { includeItems: false, includeIrritants: false },
          personId,
          claim: async () => true,
        })),
      );
      expect(result).toEqual({ status: "stored" });
    }
    // Released at the month's end (here: as if it were next month), then counted.
    await releaseEndedMonths(org.organisationId, new Date(Date.UTC(period.getUTCFullYear(), period.getUTCMonth() + 1, 2)));
    await refreshRollups(org.organisationId);
    const cell = await db().employeeRollup.findUniqueOrThrow({
      where: { organisationId_period_teamId: { organisationId: org.organisationId, period, teamId: org.teams.T3! } },
    });
    expect({ answers: cell.promoters + cell.passives + cell.detractors, people: cell.people }).toEqual({ answers: 2, people: 1 });
  });

  it("refuses a live answer into a month that has ended, storing nothing (late writes)", async () => {
    const before = await countEmployeeWrites(org.organisationId);
    const result = await recordEmployeeAnswer(async () => ({
      key: {
        organisationId: org.organisationId,
        pulseId: null,
        eventType: null,
        teamId: org.teams.T3!,
        period: new Date("2026-07-01T00:00:00.000Z"),
      },
      answer: { score: 9, items: {}, irritantIds: [], irritantOther: null, comment: null, suggestion: null },
      toggles: { includeItems: false, includeIrritants: false },
      personId: randomUUID(),
      claim: async () => true,
    }));
    expect(result).toEqual({ status: "notOpen" });
    expect(await countEmployeeWrites(org.organisationId)).toEqual(before);
  });

  it("imported rows are counted apart from live people (one person each: an import holds no persons)", async () => {
    const period = new Date("2026-06-01T00:00:00.000Z");
    await db().$transaction(async (tx) => {
      const importRow = await tx.responseImport.create({
        data: { organisationId: org.organisationId, side: "EMPLOYEE", customerRows: 0, employeeRows: 3 },
      });
      for (const score of [9, 9, 3])
        await tx.employeeResponse.create({
          data: { organisationId: org.organisationId, teamId: org.teams.T2!, period, score, importId: importRow.id },
        });
      await markRollupDirty(tx, org.organisationId, period);
    });
    await refreshRollups(org.organisationId);
    const cell = await db().employeeRollup.findUniqueOrThrow({
      where: { organisationId_period_teamId: { organisationId: org.organisationId, period, teamId: org.teams.T2! } },
    });
    expect({ people: cell.people, imported: cell.imported }).toEqual({ people: 0, imported: 3 });
  });
});

describe("once hidden, always hidden (issue 11 §6)", () => {
  it("a team a read hid stays hidden when later data would let it show, and the set is stored", async () => {
    const sticky = await createDashboardOrg("sticky", tree, roleTeams);
    await addEmployeeAnswers(sticky.organisationId, sticky.teams.T2!, "2026-09", scores(4, 3, 2));
    await addEmployeeAnswers(sticky.organisationId, sticky.teams.T3!, "2026-09", scores(3, 3, 3));
    await addEmployeeAnswers(sticky.organisationId, sticky.teams.T1!, "2026-09", [10, 9]);
    expect(await teamSuppressed(sticky, "T1")).toBe(true);
    const stored = await db().employeeHiddenNode.findMany({ where: { organisationId: sticky.organisationId }, select: { node: true } });
    expect(stored.map((row) => row.node)).toContain(sticky.teams.T1);
    // Any later change (here: more people in that past cell) would show T1 to a fresh decision.
    await addEmployeeAnswers(sticky.organisationId, sticky.teams.T1!, "2026-09", [8, 8, 8, 8, 8]);
    expect(await teamSuppressed(sticky, "T1")).toBe(true);
  });
});
