// getThemeView: mirrored theme counts per side with detractor and promoter shares, the monthly
// trend, and the attacker's reads: a parent and its child, a group just below k_c, a theme with
// too few employee comments for a share, a foreign team, another organisation's comments.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/tests/db/owner-db";
import { getThemeView, type ThemeViewDto } from "@/lib/db/themes/get-theme-view";
import { ExpectedError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { addCustomerAnswers, addEmployeeAnswers, addThemePair, createDashboardOrg, type DashboardOrg } from "./fixtures-dashboard";

const tree = { D: null, S: "D", T1: "S", T2: "S", X: "D" };
const roleTeams = { ADMIN: "D", HR: "D", CX: "D", MANAGER: "S", EMPLOYEE: "T1" } as const;
let a: DashboardOrg;
let b: DashboardOrg;
let themes: { customer: string; employee: string };

const repeat = <T>(value: T, n: number) => Array.from({ length: n }, () => value);
const pair = (view: ThemeViewDto) => view.rows.find((row) => row.customer?.themeId === themes.customer)!;

beforeAll(async () => {
  a = await createDashboardOrg("thva", tree, roleTeams);
  b = await createDashboardOrg("thvb", tree, roleTeams);
  themes = await addThemePair(a.organisationId);
  await addThemePair(b.organisationId);
  // Customers of T1 in September: 3 of 4 comments about waiting (2 promoters, 1 detractor), one by chat.
  await addCustomerAnswers(a.organisationId, {
    teamId: a.teams.T1!,
    scores: [10, 9, 3, 7],
    submittedAt: "2026-09-12T10:00:00Z",
    momentOfTruthId: a.mots.complaint,
    comments: ["Une attente interminable mais un bon conseil", "Peu d'attente", "Trop d'attente au téléphone", "Rien à dire"],
  });
  await addCustomerAnswers(a.organisationId, {
    teamId: a.teams.T2!,
    scores: [2],
    channel: "CHAT",
    submittedAt: "2026-10-03T10:00:00Z",
    momentOfTruthId: a.mots.purchase,
    comments: ["L'attente sur le chat"],
  });
  // Employees: T1 September, 12 people, 11 on slow tools (4 detractors, 5 promoters).
  await addEmployeeAnswers(a.organisationId, a.teams.T1!, "2026-09", [0, 2, 4, 6, 7, 8, 9, 9, 10, 10, 10, 8], {
    comments: [...repeat("Un outil lent au quotidien", 11), "Bonne ambiance"],
  });
  // T2 September: 9 people (below k_c = 10), all on slow tools: never counted, on any read.
  await addEmployeeAnswers(a.organisationId, a.teams.T2!, "2026-09", repeat(0, 9), { comments: repeat("Outil lent, encore", 9) });
  // X October: 10 people, only 2 on slow tools: counted, but no share over 2 comments.
  await addEmployeeAnswers(a.organisationId, a.teams.X!, "2026-10", [0, 0, 8, 8, 8, 8, 8, 8, 8, 8], {
    comments: ["Outil lent", "outils lents", ...repeat(null, 8)],
  });
  // Organisation B, same words everywhere: never in A's counts.
  await addCustomerAnswers(b.organisationId, {
    teamId: b.teams.T1!,
    scores: repeat(0, 5),
    submittedAt: "2026-09-12T10:00:00Z",
    momentOfTruthId: b.mots.complaint,
    comments: repeat("attente", 5),
  });
  await addEmployeeAnswers(b.organisationId, b.teams.T1!, "2026-09", repeat(0, 12), { comments: repeat("outil lent", 12) });
});

describe("theme counts and shares", () => {
  it("pairs the customer theme with its employee mirror and counts each side exactly", async () => {
    const view = await getThemeView(a.actors.HR, { from: "2026-09", to: "2026-10" });
    expect(view.minGroupSize).toBe(10);
    expect(view.months).toEqual(["2026-09", "2026-10"]);
    expect(view.rows).toHaveLength(1);
    const row = pair(view);
    expect(row.customer).toMatchObject({ count: 4, trend: [3, 1], labelFr: "Attente" });
    expect(row.customer!.promoterShare).toBeCloseTo(2 / 4);
    expect(row.customer!.detractorShare).toBeCloseTo(2 / 4);
    // T1's 11 and X's 2; T2's 9 are in a group below k_c.
    expect(row.employee).toMatchObject({ themeId: themes.employee, count: 13, trend: [11, 2], labelFr: "Outils lents" });
    expect(row.employee!.detractorShare).toBeCloseTo(6 / 13);
    expect(row.employee!.promoterShare).toBeCloseTo(5 / 13);
  });

  it("withholds an employee theme's shares below k_c comments, keeps its count", async () => {
    const row = pair(await getThemeView(a.actors.HR, { teamId: a.teams.X! }));
    expect(row.employee).toMatchObject({ count: 2, detractorShare: null, promoterShare: null });
  });

  it("narrows the customer side only with a channel filter", async () => {
    const row = pair(await getThemeView(a.actors.HR, { channel: "CHAT" }));
    expect(row.customer).toMatchObject({ count: 1, detractorShare: 1, promoterShare: 0 });
    expect(row.employee!.count).toBe(13);
  });
});

describe("the attacker's reads", () => {
  it("never reveals a group below k_c by differencing a parent and its children", async () => {
    const parent = pair(await getThemeView(a.actors.HR, { teamId: a.teams.S! })).employee!.count;
    const t1 = pair(await getThemeView(a.actors.HR, { teamId: a.teams.T1! })).employee!.count;
    const t2 = pair(await getThemeView(a.actors.HR, { teamId: a.teams.T2! })).employee!;
    expect([parent, t1, t2.count, t2.trend]).toEqual([11, 11, 0, [0]]); // October: T2's customer month
    // The same for the manager of S and for the administrator of the whole tree.
    expect(pair(await getThemeView(a.actors.MANAGER)).employee!.count).toBe(11);
    expect(pair(await getThemeView(a.actors.ADMIN)).employee!.count).toBe(13);
  });

  it("keeps another organisation's comments and teams out", async () => {
    expect(pair(await getThemeView(a.actors.ADMIN)).customer!.count).toBe(4);
    await expect(getThemeView(a.actors.HR, { teamId: b.teams.T1! })).rejects.toBeInstanceOf(NotFoundError);
    const other = await getThemeView(b.actors.HR);
    expect(other.rows.some((row) => row.customer?.themeId === themes.customer)).toBe(false);
  });

  it("refuses a team outside the reader's scope and malformed input with a clear error", async () => {
    await expect(getThemeView(a.actors.MANAGER, { teamId: a.teams.X! })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getThemeView(a.actors.HR, { teamId: "not-a-team" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getThemeView(a.actors.HR, { from: "September" })).rejects.toThrow(
      new ExpectedError("INVALID_INPUT", "month must be YYYY-MM"),
    );
    await expect(getThemeView(a.actors.HR, { channel: "PIGEON" })).rejects.toBeInstanceOf(ExpectedError);
  });

  it("shows an employee their own team's themes only, under the same rule", async () => {
    const row = pair(await getThemeView(a.actors.EMPLOYEE));
    expect([row.customer!.count, row.employee!.count]).toEqual([3, 11]);
    await expect(getThemeView(a.actors.EMPLOYEE, { teamId: a.teams.S! })).rejects.toBeInstanceOf(NotFoundError);
  });
});

it("is refused to a principal without results:read", async () => {
  const apiKey = { kind: "apiKey", organisationId: a.organisationId, apiKeyId: "k", name: "k", scopes: [] } as const;
  await expect(getThemeView(apiKey)).rejects.toBeInstanceOf(ForbiddenError);
});

it("follows a change of keywords: the organisation's months are rebuilt on the next read", async () => {
  expect(pair(await getThemeView(a.actors.HR)).customer!.count).toBe(4);
  await db().theme.update({ where: { id: themes.customer }, data: { keywordsFr: ["téléphone"] } });
  expect(await db().rollupDirty.count({ where: { organisationId: a.organisationId } })).toBeGreaterThan(0);
  expect(pair(await getThemeView(a.actors.HR)).customer).toMatchObject({ count: 1, detractorShare: 1 });
  await db().theme.update({ where: { id: themes.customer }, data: { active: false } });
  expect(pair(await getThemeView(a.actors.HR))).toBeUndefined();
  // Organisation B's counts were not touched.
  expect((await getThemeView(b.actors.HR)).rows[0]!.customer!.count).toBe(5);
});
