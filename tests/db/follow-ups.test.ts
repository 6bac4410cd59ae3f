// Detractor follow-ups: role × own/other team × own/other organisation. Another
// organisation's follow-up, or one outside a manager's subtree, is "not found".
import { beforeAll, describe, expect, it } from "vitest";
import { roles, type Role } from "@/lib/auth/actor-types";
import { db } from "@/tests/db/owner-db";
import { listFollowUps } from "@/lib/db/follow-ups/list-follow-ups-page";
import { updateFollowUpStatus } from "@/lib/db/follow-ups/update-follow-up-status";
import { submitCustomerResponse } from "@/lib/db/survey-links/submit-customer-response";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { OrgFixture } from "./fixtures";
import { answer, createLinkedContact, createSurveyOrg, type SurveyOrgFixture } from "./survey-fixtures";

type TeamKey = keyof OrgFixture["teams"];
let a: SurveyOrgFixture;
let b: SurveyOrgFixture;
const followUpOf: Record<string, Partial<Record<TeamKey, string>>> = { a: {}, b: {} };

async function detractorFollowUp(org: SurveyOrgFixture, team: TeamKey, comment: string): Promise<string> {
  const { token, contactId } = await createLinkedContact(org, { team });
  await submitCustomerResponse(token, answer({ score: 2, comment }));
  return (await db().followUp.findFirstOrThrow({ where: { response: { contactId } } })).id;
}

beforeAll(async () => {
  a = await createSurveyOrg("fu-a");
  b = await createSurveyOrg("fu-b");
  for (const team of ["T1", "T2", "T3"] as const) {
    followUpOf.a![team] = await detractorFollowUp(a, team, `A ${team}`);
    followUpOf.b![team] = await detractorFollowUp(b, team, `B ${team}`);
  }
});

const scope: Record<Role, TeamKey[] | "forbidden"> = {
  ADMIN: ["T1", "T2", "T3"],
  HR: ["T1", "T2", "T3"],
  CX: ["T1", "T2", "T3"],
  MANAGER: ["T1", "T2"], // manages S ⊃ T1, T2
  EMPLOYEE: "forbidden",
};

describe.each([...roles])("%s of organisation A", (role) => {
  it("lists exactly the open follow-ups of the role's scope, with score, comment and team", async () => {
    const call = listFollowUps(a.actors[role], {}).then((page) => page.rows);
    const expected = scope[role];
    if (expected === "forbidden") return void (await expect(call).rejects.toBeInstanceOf(ForbiddenError));
    const rows = await call;
    const mine = rows.filter((row) => Object.values(followUpOf.a!).includes(row.id));
    expect(mine.map((row) => row.comment).sort()).toEqual(expected.map((team) => `A ${team}`).sort());
    expect(rows.some((row) => row.comment?.startsWith("B "))).toBe(false);
    expect(mine[0]).toMatchObject({ score: 2, status: "OPEN", teamName: expect.stringContaining("fu-a") });
  });

  it.each(["T1", "T2", "T3"] as const)("updating B's follow-up on %s is not found and changes nothing", async (team) => {
    const id = followUpOf.b![team]!;
    await expect(updateFollowUpStatus(a.actors[role], { followUpId: id, status: "CLOSED" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db().followUp.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "OPEN", closedAt: null });
  });
});

describe("updateFollowUpStatus", () => {
  it("MANAGER cannot touch a follow-up outside the subtree; EMPLOYEE none at all", async () => {
    const outside = followUpOf.a!.T3!;
    await expect(updateFollowUpStatus(a.actors.MANAGER, { followUpId: outside, status: "CLOSED" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateFollowUpStatus(a.actors.EMPLOYEE, { followUpId: followUpOf.a!.T1!, status: "CLOSED" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await db().followUp.findUniqueOrThrow({ where: { id: outside } })).toMatchObject({ status: "OPEN" });
  });

  it("takes one on (assigning the actor), then closes it; closed ones leave the list", async () => {
    const id = await detractorFollowUp(a, "T2", "to close");
    await updateFollowUpStatus(a.actors.MANAGER, { followUpId: id, status: "IN_PROGRESS" });
    expect(await db().followUp.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "IN_PROGRESS",
      assigneeId: a.actors.MANAGER.membershipId,
    });
    expect((await listFollowUps(a.actors.MANAGER, {})).rows.find((row) => row.id === id)?.status).toBe("IN_PROGRESS");
    await updateFollowUpStatus(a.actors.CX, { followUpId: id, status: "CLOSED" });
    const closed = await db().followUp.findUniqueOrThrow({ where: { id } });
    expect(closed.status).toBe("CLOSED");
    expect(closed.closedAt).toBeInstanceOf(Date);
    expect((await listFollowUps(a.actors.MANAGER, {})).rows.some((row) => row.id === id)).toBe(false);
  });

  it.each(["not-a-uuid", "", "00000000-0000-0000-0000-000000000000"])("malformed or unknown id %j is not found", async (id) => {
    await expect(updateFollowUpStatus(a.actors.ADMIN, { followUpId: id, status: "CLOSED" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses a status outside IN_PROGRESS/CLOSED", async () => {
    const id = followUpOf.a!.T1!;
    await expect(updateFollowUpStatus(a.actors.ADMIN, { followUpId: id, status: "OPEN" as "CLOSED" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await db().followUp.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "OPEN" });
  });
});
