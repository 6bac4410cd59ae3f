// Issue 19 §1, the attacker's case first: one answer released in a later month must not change
// what a period that excludes it shows, nor hide teams outside its group for the whole history.
// Anonymity is decided month by month (docs/anonymity.md "Month by month"): a figure over several
// months counts only the months in which its team is visible, and says which ones it leaves out.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/tests/db/owner-db";
import { getSymmetry } from "@/lib/db/dashboard/get-symmetry";
import { getTeamDetail } from "@/lib/db/dashboard/get-team-detail";
import { withOrganisation } from "@/lib/db/tenant-context";
import { recordEmployeeAnswer } from "@/lib/db/pulses/record-employee-answer";
import { pulsePeriod } from "@/lib/pulses/pulse-status";
import type { SymmetryDto, SymmetryTeamDto } from "@/lib/symmetry/symmetry-types";
import { addCustomerAnswers, addEmployeeAnswers, createDashboardOrg, scores, type DashboardOrg } from "./fixtures-dashboard";

// Two directions: Conseil (C1, C2, C3) and Livraison (L1, L2), like the demo's.
const tree = { C: null, C1: "C", C2: "C", C3: "C", L: null, L1: "L", L2: "L" };
const roleTeams = { ADMIN: "C", HR: "C", CX: "C", MANAGER: "C", EMPLOYEE: "C2" } as const;
const MONTHS = ["2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10"];
const LEAVES = ["C1", "C2", "C3", "L1", "L2"];
const MAY_TO_OCTOBER = { from: "2026-05", to: "2026-10" };

let org: DashboardOrg;

async function read(filters: Record<string, string> = {}): Promise<SymmetryDto> {
  const result = await getSymmetry(org.actors.HR, filters);
  if (result.status !== "ok") throw new Error(result.status);
  return result;
}

const team = (result: SymmetryDto, key: string): SymmetryTeamDto => {
  const found = result.teams.find((row) => row.teamId === org.teams[key]);
  if (!found) throw new Error(`no team ${key}`);
  return found;
};

beforeAll(async () => {
  org = await createDashboardOrg("months", tree, roleTeams);
  for (const [i, key] of LEAVES.entries()) {
    for (const month of MONTHS) await addEmployeeAnswers(org.organisationId, org.teams[key]!, month, scores(3 + i, 2, 1 + (i % 2)));
    await addCustomerAnswers(org.organisationId, {
      teamId: org.teams[key]!,
      submittedAt: "2026-07-15T10:00:00.000Z",
      momentOfTruthId: org.mots.complaint,
      scores: scores(6 + i, 3, 2 + i),
    });
  }
});

describe("a month outside the period shown changes nothing (issue 19 §1)", () => {
  it("one answer in a later month leaves May–October exactly as it was, and hides nothing outside its month", async () => {
    const before = await read(MAY_TO_OCTOBER);
    const everythingBefore = await read();
    expect(before.teams.every((row) => row.enps !== null)).toBe(true);
    // One answer, in C1, in December (released: written as the release writes it).
    await addEmployeeAnswers(org.organisationId, org.teams.C1!, "2026-12", [9]);
    const after = await read(MAY_TO_OCTOBER);
    expect(after).toEqual(before);
    // The whole history: every team still shows its eNPS; C1, Conseil and the organisation
    // leave December out and say so; Livraison (outside) is untouched.
    const everything = await read();
    for (const key of ["C1", "C", "C2", "C3", "L", "L1", "L2"]) expect(team(everything, key).enps, key).not.toBeNull();
    expect(team(everything, "C1").enpsExcludedMonths).toEqual(["2026-12"]);
    expect(team(everything, "C").enpsExcludedMonths).toEqual(["2026-12"]);
    expect(team(everything, "C1").enps).toEqual(team(everythingBefore, "C1").enps);
    for (const key of ["L", "L1", "L2"]) expect(team(everything, key)).toEqual(team(everythingBefore, key));
    expect(everything.correlation).toEqual(everythingBefore.correlation);
    // The trend hides December for the organisation and nothing else.
    const december = everything.trend.find((point) => point.period === "2026-12");
    expect(december?.enps).toBeNull();
    expect(everything.trend.filter((point) => point.period !== "2026-12")).toEqual(everythingBefore.trend);
    // A read after the decision was stored (once hidden, always hidden) still leaves May–October alone.
    expect(await read(MAY_TO_OCTOBER)).toEqual(before);
  });

  it("December alone is refused or hidden, never shown from one answer", async () => {
    const december = await getSymmetry(org.actors.HR, { from: "2026-12", to: "2026-12" });
    if (december.status === "ok") {
      for (const row of december.teams) expect(row.enps, row.name).toBeNull();
      expect(december.trend.every((point) => point.enps === null)).toBe(true);
    }
  });

  it("the team page of C1 over the whole history leaves December out of its items and irritants too", async () => {
    const detail = await getTeamDetail(org.actors.HR, org.teams.C1!);
    if (detail.status !== "ok") throw new Error(detail.status);
    expect(detail.team.enpsExcludedMonths).toEqual(["2026-12"]);
    expect(detail.team.enps?.n).toBe(MONTHS.length * 6);
  });

  it("an answer still in its ballot (the running month) changes nothing at all", async () => {
    const before = await read();
    // Acting for the organisation, as the answer path's callers do (submitEmployeeResponse).
    const result = await withOrganisation(org.organisationId, () =>
      recordEmployeeAnswer(async () => ({
        key: { organisationId: org.organisationId, pulseId: null, eventType: null, teamId: org.teams.L1!, period: pulsePeriod(new Date()) },
        answer: { score: 2, items: {}, irritantIds: [], irritantOther: null, comment: null, suggestion: null },
        toggles: { includeItems: false, includeIrritants: false },
        personId: randomUUID(),
        claim: async () => true,
      })),
    );
    expect(result).toEqual({ status: "stored" });
    expect(await read()).toEqual(before);
    expect(await db().employeeBallot.count({ where: { organisationId: org.organisationId } })).toBe(1);
  });
});
