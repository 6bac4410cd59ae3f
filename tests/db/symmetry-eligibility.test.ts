// Which teams and months feed the cross-team correlation and the lagged correlation, through
// getSymmetry (docs/statistics.md): leaf teams only, never a suppressed team, n ≥ k on both sides
// for the correlation, and for the lag only months with k answers or more on each side.
import { beforeAll, describe, expect, it } from "vitest";
import { getSymmetry } from "@/lib/db/dashboard/get-symmetry";
import type { SymmetryDto } from "@/lib/symmetry/symmetry-types";
import { addCustomerAnswers, addEmployeeAnswers, createDashboardOrg, scores, type DashboardOrg } from "./fixtures-dashboard";

// k = 5. T2 has 3 employee answers: hidden, and T1 with it (its only sibling, else S − T1 = T2).
// T3 and T4 have 6 employee answers each, all in July (a visible team never has a month of 1..k−1
// employee answers: the engine hides it). Customer answers are never suppressed: T3 has 6 in
// July, 3 in August, 6 in September; T4 has 3, in July.
const tree = { D: null, S: "D", T1: "S", T2: "S", S2: "D", T3: "S2", T4: "S2" };
const roleTeams = { ADMIN: "D", HR: "D", CX: "D", MANAGER: "S", EMPLOYEE: "T1" } as const;
const employee: Array<[string, string, number[]]> = [
  ["T1", "2026-07", scores(3, 2, 1)],
  ["T2", "2026-07", scores(1, 1, 1)],
  ["T3", "2026-07", scores(4, 1, 1)],
  ["T4", "2026-07", scores(2, 2, 2)],
];
const customer: Array<[string, string, number[]]> = [
  ["T1", "2026-07", scores(2, 2, 2)],
  ["T1", "2026-08", scores(3, 2, 1)],
  ["T2", "2026-07", scores(1, 2, 3)],
  ["T2", "2026-08", scores(2, 2, 2)],
  ["T3", "2026-07", scores(3, 2, 1)],
  ["T3", "2026-08", scores(1, 1, 1)],
  ["T3", "2026-09", scores(4, 1, 1)],
  ["T4", "2026-07", scores(1, 1, 1)],
];

let org: DashboardOrg;
let dto: SymmetryDto;
const team = (key: string) => dto.teams.find((t) => t.teamId === org.teams[key])!;

beforeAll(async () => {
  org = await createDashboardOrg("elig", tree, roleTeams);
  for (const [key, month, answers] of employee) await addEmployeeAnswers(org.organisationId, org.teams[key]!, month, answers);
  for (const [key, month, answers] of customer) {
    await addCustomerAnswers(org.organisationId, {
      teamId: org.teams[key]!,
      scores: answers,
      submittedAt: `${month}-15T10:00:00Z`,
      momentOfTruthId: org.mots.complaint,
    });
  }
  const result = await getSymmetry(org.actors.HR);
  if (result.status !== "ok") throw new Error(result.status);
  dto = result;
});

describe("cross-team correlation", () => {
  it("hides T2 (3 answers) and T1 (the sibling that would reveal it); T3 and T4 stay visible", () => {
    expect(Object.keys(tree).filter((key) => team(key).enpsSuppressed)).toEqual(["T1", "T2"]);
  });

  it("uses leaf teams with n ≥ k on both sides only: T3; not T4 (3 customer answers), not the hidden T1, T2", () => {
    expect(Object.keys(tree).filter((key) => team(key).usedInCorrelation)).toEqual(["T3"]);
    expect(team("T3")).toMatchObject({ enps: { n: 6 }, nps: { n: 15 } });
    expect(team("T4")).toMatchObject({ enps: { n: 6 }, nps: { n: 3 } });
    expect(dto.correlation).toMatchObject({ status: "not-enough-teams", teams: 1 });
  });
});

describe("lagged correlation", () => {
  // Months with k answers on a side: T3 and T4 eNPS July; T3 NPS July and September (August
  // has 3); T4's NPS (3) and the hidden T1's eNPS never count. So T3's (eNPS July, NPS July)
  // at lag 0 and (eNPS July, NPS September) at lag 2, nothing at lags 1 and 3.
  it("pairs only months with k answers on each side, of teams that are not suppressed", () => {
    expect(dto.lag.map((lag) => [lag.lag, lag.pairs])).toEqual([
      [0, 1],
      [1, 0],
      [2, 1],
      [3, 0],
    ]);
    for (const lag of dto.lag) expect(lag.pearson).toEqual({ status: "not-computable", reason: "too-few-points" });
  });
});
