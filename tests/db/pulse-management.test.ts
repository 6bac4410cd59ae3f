// Pulse management (HR, ADMIN): creation covers the chosen subtree, launch invites its active
// members once, early close stops answers; participation counts never show a number under k
// (zero included) nor one revealing such a group; other roles and tenants are refused.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/tests/db/owner-db";
import { getPulseDetail } from "@/lib/db/pulses/get-pulse-detail";
import { closePulseEarly, launchPulse } from "@/lib/db/pulses/launch-pulse";
import { listManagedPulses, listMyOpenPulses } from "@/lib/db/pulses/list-pulses";
import { submitEmployeeResponse } from "@/lib/db/pulses/submit-employee-response";
import { ExpectedError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { createPulseOrg, createTestPulse, validAnswer, type PulseOrgFixture } from "./pulse-fixtures";

let org: PulseOrgFixture;
let other: PulseOrgFixture;

beforeAll(async () => {
  org = await createPulseOrg("manage-a", 6); // T1: 7 employees; T2: none
  other = await createPulseOrg("manage-b", 0);
});

describe("pulse lifecycle", () => {
  it("covers the subtree, invites its members once, lists it for them, closes early", async () => {
    const pulseId = await createTestPulse(org, { launch: false });
    expect((await db().pulseTeam.findMany({ where: { pulseId } })).map((t) => t.teamId).sort()).toEqual(
      [org.teams.S, org.teams.T1, org.teams.T2].sort(),
    );
    expect(await listMyOpenPulses(org.employees[0]!)).not.toContainEqual(expect.objectContaining({ id: pulseId }));
    await launchPulse(org.actors.HR, pulseId);
    await expect(launchPulse(org.actors.HR, pulseId)).rejects.toBeInstanceOf(ExpectedError);
    // 7 employees of T1 and the MANAGER (team S).
    expect(await db().pulseParticipation.count({ where: { pulseId } })).toBe(8);
    expect(await listMyOpenPulses(org.employees[0]!)).toContainEqual(expect.objectContaining({ id: pulseId, answered: false }));
    expect((await listManagedPulses(org.actors.ADMIN)).find((p) => p.id === pulseId)?.status).toBe("OPEN");
    await closePulseEarly(org.actors.HR, pulseId);
    expect(await submitEmployeeResponse(org.employees[0]!, pulseId, validAnswer(org))).toEqual({ status: "notOpen" });
  });

  it("refuses employees, managers and CX, and another organisation's pulse", async () => {
    const pulseId = await createTestPulse(org, { launch: false });
    for (const role of ["EMPLOYEE", "MANAGER", "CX"] as const) {
      await expect(launchPulse(org.actors[role], pulseId)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getPulseDetail(org.actors[role], pulseId)).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(launchPulse(other.actors.HR, pulseId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPulseDetail(other.actors.HR, pulseId)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("participation counts", () => {
  it("hide every count under k, zero included, and what would reveal it", async () => {
    const pulseId = await createTestPulse(org);
    for (const employee of org.employees.slice(0, 4)) await submitEmployeeResponse(employee, pulseId, validAnswer(org));
    let detail = await getPulseDetail(org.actors.HR, pulseId);
    const row = (teamId: string) => detail.rows.find((r) => r.teamId === teamId)!;
    // S's own members (the manager alone) are under k: S minus T1 would reveal them, so only one of the two shows.
    expect([row(org.teams.S).invited, row(org.teams.T1).invited].filter((n) => n !== null)).toHaveLength(1);
    expect(row(org.teams.T2)).toMatchObject({ invited: null, answered: null });
    for (const r of detail.rows) expect(r.answered).toBeNull(); // 4 < 5
    for (const employee of org.employees.slice(4, 6)) await submitEmployeeResponse(employee, pulseId, validAnswer(org));
    detail = await getPulseDetail(org.actors.HR, pulseId);
    expect(detail.rows.map((r) => r.answered)).toContain(6);
    for (const r of detail.rows) for (const n of [r.invited, r.answered]) if (n !== null) expect(n).toBeGreaterThanOrEqual(5);
  });
});
