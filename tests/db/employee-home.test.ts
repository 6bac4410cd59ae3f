// getEmployeeHome (issue 19 §5): an employee reads their team's and the organisation's published
// eNPS month by month, through the anonymity engine — a team below k gives no figure and no
// count, the organisation's aggregate still shows — and an API key reads nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { getEmployeeHome } from "@/lib/db/dashboard/get-employee-home";
import { ForbiddenError } from "@/lib/errors";
import { releaseCalendar, shiftMonth } from "@/lib/surveys/release-calendar";
import { addEmployeeAnswers, createDashboardOrg, scores, type DashboardOrg } from "./fixtures-dashboard";

const last = releaseCalendar().lastReleasedMonth;
const before = shiftMonth(last, -1);
// T3 holds 3 people (below k = 5): it, its small sibling T4 and their service are hidden.
const tree = { D: null, S: "D", T1: "S", T2: "S", S2: "D", T3: "S2", T4: "S2" };
let org: DashboardOrg;
let small: DashboardOrg;

beforeAll(async () => {
  org = await createDashboardOrg("home-a", tree, { ADMIN: "D", HR: "D", CX: "D", MANAGER: "S", EMPLOYEE: "T1" });
  small = await createDashboardOrg("home-b", tree, { ADMIN: "D", HR: "D", CX: "D", MANAGER: "S", EMPLOYEE: "T3" });
  for (const o of [org, small]) {
    await addEmployeeAnswers(o.organisationId, o.teams.T1!, before, scores(2, 2, 2)); // 0
    await addEmployeeAnswers(o.organisationId, o.teams.T1!, last, scores(4, 1, 1)); // +50
    await addEmployeeAnswers(o.organisationId, o.teams.T2!, last, scores(3, 3, 0)); // +50
    await addEmployeeAnswers(o.organisationId, o.teams.T3!, last, scores(1, 1, 1));
    await addEmployeeAnswers(o.organisationId, o.teams.T4!, last, scores(5, 0, 1));
  }
});

describe("getEmployeeHome", () => {
  it("gives the employee's team and the organisation, month by month, with the change", async () => {
    const home = await getEmployeeHome(org.actors.EMPLOYEE);
    expect(home.minGroupSize).toBe(5);
    expect(home.team).toMatchObject({ teamId: org.teams.T1, suppressed: false });
    expect(home.team!.points.map((p) => [p.period, Math.round(p.enps.score), p.enps.n])).toEqual([
      [before, 0, 6],
      [last, 50, 6],
    ]);
    expect(home.team!.points[1]!.change?.delta).toBeCloseTo(50, 5);
    // The organisation: 6 answers before, then 6 + 6 + 3 + 6 = 21 (the hidden teams are inside its total).
    expect(home.organisation.suppressed).toBe(false);
    expect(home.organisation.points.map((p) => p.enps.n)).toEqual([6, 21]);
  });

  it("hides a team below k entirely (no score, no count), the organisation's aggregate still shows", async () => {
    const home = await getEmployeeHome(small.actors.EMPLOYEE);
    expect(home.team).toEqual({ teamId: small.teams.T3, name: "home-b T3", suppressed: true, points: [] });
    expect(home.organisation.points.at(-1)?.enps.n).toBe(21);
  });

  it("is refused to an API key", async () => {
    const key = {
      kind: "apiKey" as const,
      organisationId: org.organisationId,
      apiKeyId: "k",
      name: "k",
      scopes: ["results:read" as const],
    };
    await expect(getEmployeeHome(key)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
