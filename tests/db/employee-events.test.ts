// Employee moments of truth pushed by the HR system: the event is stored for the matching
// member with its survey due date; unknown or foreign employees and bad bodies store nothing.
import { beforeAll, describe, expect, it } from "vitest";
import type { ApiPrincipal } from "@/lib/auth/actor-types";
import { db } from "@/tests/db/owner-db";
import { createEmployeeEvent } from "@/lib/db/employee-events/create-employee-event";
import { ExpectedError } from "@/lib/errors";
import { ZEmployeeEventInput } from "@/lib/pulses/employee-event-schema";
import { createOrgFixture, type OrgFixture } from "./fixtures";
import { addEmployeeMoments } from "./moment-fixtures";
import { apiScopes } from "@/lib/auth/api-scopes";

let org: OrgFixture;
let other: OrgFixture;
const keyOf = (o: OrgFixture): ApiPrincipal => ({
  kind: "apiKey",
  organisationId: o.organisationId,
  apiKeyId: "00000000-0000-7000-8000-000000000000",
  name: "hris",
  scopes: apiScopes,
});

beforeAll(async () => {
  org = await createOrgFixture("events-a", 0);
  other = await createOrgFixture("events-b", 0);
  await addEmployeeMoments(org.organisationId);
  await addEmployeeMoments(other.organisationId);
  await db().membership.update({ where: { id: org.actors.EMPLOYEE.membershipId }, data: { externalId: "HR-42" } });
});

describe("createEmployeeEvent", () => {
  it("schedules the personal pulse 30 days after an onboarding, found by externalId or email", async () => {
    const byId = await createEmployeeEvent(
      keyOf(org),
      ZEmployeeEventInput.parse({ userExternalId: "HR-42", type: "onboarding", occurredAt: "2026-11-02T09:00:00Z" }),
    );
    expect(byId).toMatchObject({ type: "onboarding", surveyDueAt: "2026-12-02T09:00:00.000Z" });
    const byEmail = await createEmployeeEvent(
      keyOf(org),
      ZEmployeeEventInput.parse({ email: "EMPLOYEE@events-a.test", type: "one_to_one", occurredAt: "2026-11-02T09:00:00+01:00" }),
    );
    const stored = await db().employeeEvent.findUniqueOrThrow({ where: { id: byEmail.id } });
    expect(stored).toMatchObject({ membershipId: org.actors.EMPLOYEE.membershipId, type: "ONE_TO_ONE", answered: false });
  });

  it("refuses another organisation's employee and unknown ones, storing nothing", async () => {
    const before = await db().employeeEvent.count();
    for (const body of [{ email: "employee@events-a.test" }, { userExternalId: "HR-42" }, { email: "nobody@x.test" }]) {
      await expect(
        createEmployeeEvent(keyOf(other), ZEmployeeEventInput.parse({ ...body, type: "hr_interview", occurredAt: "2026-11-02T09:00:00Z" })),
      ).rejects.toBeInstanceOf(ExpectedError);
    }
    expect(await db().employeeEvent.count()).toBe(before);
  });

  it("rejects bodies with both or neither identifier, an unknown type or a bad date", () => {
    const base = { type: "onboarding", occurredAt: "2026-11-02T09:00:00Z" };
    expect(ZEmployeeEventInput.safeParse({ ...base }).success).toBe(false);
    expect(ZEmployeeEventInput.safeParse({ ...base, email: "a@b.fr", userExternalId: "x" }).success).toBe(false);
    expect(ZEmployeeEventInput.safeParse({ ...base, email: "a@b.fr", type: "birthday" }).success).toBe(false);
    expect(ZEmployeeEventInput.safeParse({ ...base, email: "a@b.fr", occurredAt: "yesterday" }).success).toBe(false);
  });
});
