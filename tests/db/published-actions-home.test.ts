// "You said, we did" on the employee home (issue 14 §3): published actions concerning the
// person's team or a team above it; not another team's, not an unpublished one, not another
// organisation's; « Mes actions » lists what the person owns.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/tests/db/owner-db";
import { listMyOwnedActions } from "@/lib/db/published-actions/list-my-owned-actions";
import { listPublishedActionsForHome } from "@/lib/db/published-actions/list-published-actions-for-home";
import { createDashboardOrg, type DashboardOrg } from "./fixtures-dashboard";

let org: DashboardOrg;
let other: DashboardOrg;

async function action(
  o: DashboardOrg,
  title: string,
  teams: string[],
  extra: { published?: boolean; ownerId?: string; status?: "DONE" | "PLANNED" | "DROPPED" } = {},
) {
  const row = await db().action.create({
    data: {
      organisationId: o.organisationId,
      teamId: o.teams[teams[0]!]!,
      title,
      ownerId: extra.ownerId ?? null,
      status: extra.status ?? "DONE",
      doneAt: (extra.status ?? "DONE") === "DONE" ? new Date("2026-10-01T10:00:00Z") : null,
      ...(extra.published === false ? {} : { publishedAt: new Date("2026-10-02T10:00:00Z"), publishedSummary: `${title} : fait` }),
    },
  });
  for (const key of teams)
    await db().actionTeam.create({ data: { organisationId: o.organisationId, actionId: row.id, teamId: o.teams[key]! } });
  return row.id;
}

beforeAll(async () => {
  org = await createDashboardOrg(
    "homeactions",
    { D: null, S: "D", T: "S", U: "S" },
    { ADMIN: "D", HR: "D", CX: "D", MANAGER: "S", EMPLOYEE: "T" },
  );
  other = await createDashboardOrg("homeother", { D: null, T: "D" }, { ADMIN: "D", HR: "D", CX: "D", MANAGER: "D", EMPLOYEE: "T" });
  await action(org, "Pour T", ["T"]);
  await action(org, "Pour la direction", ["D"]);
  await action(org, "Pour U", ["U"]);
  await action(org, "Brouillon T", ["T"], { published: false, status: "PLANNED" });
  await action(org, "Abandonnée T", ["T"], { status: "DROPPED" });
  await action(other, "Autre organisation", ["T", "D"]);
  await action(org, "Mon action", ["U"], { published: false, status: "PLANNED", ownerId: org.actors.EMPLOYEE.membershipId });
});

describe("listPublishedActionsForHome", () => {
  it("lists the team's and the teams above's published actions, nothing else, never who answered or owns", async () => {
    const rows = await listPublishedActionsForHome(org.actors.EMPLOYEE);
    expect(rows.map((row) => [row.title, row.scope]).sort()).toEqual([
      ["Pour T", "team"],
      ["Pour la direction", "organisation"],
    ]);
    expect(rows[0]).toMatchObject({
      summary: expect.stringContaining(": fait"),
      publishedAt: "2026-10-02T10:00:00.000Z",
      doneAt: "2026-10-01T10:00:00.000Z",
    });
    expect(Object.keys(rows[0]!).sort()).toEqual(["doneAt", "id", "publishedAt", "scope", "summary", "title"]);
  });

  it("the employee of another organisation sees only theirs", async () => {
    expect((await listPublishedActionsForHome(other.actors.EMPLOYEE)).map((row) => row.title)).toEqual(["Autre organisation"]);
  });
});

describe("listMyOwnedActions", () => {
  it("lists the actions a person owns, whatever their team", async () => {
    expect((await listMyOwnedActions(org.actors.EMPLOYEE)).map((row) => [row.title, row.teamName])).toEqual([
      ["Mon action", "homeactions U"],
    ]);
    expect(await listMyOwnedActions(org.actors.HR)).toEqual([]);
  });
});
