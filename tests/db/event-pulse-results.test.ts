// Results of personal pulses per event type (HR, ADMIN): n, eNPS and interval over closed
// months only, hidden below k for ADMIN too, including a subtree that a sibling's or the
// organisation's figures would reveal by differencing; other roles and teams are refused.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/tests/db/owner-db";
import { getEventResults } from "@/lib/db/employee-events/get-event-results";
import { insertEmployeeResponse } from "@/lib/db/pulses/insert-employee-response";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { eventPeriod } from "@/lib/pulses/event-pulse";
import type { EmployeeEventType } from "@/lib/db/generated/client";
import { createPulseOrg, type PulseOrgFixture } from "./pulse-fixtures";

let org: PulseOrgFixture;
let other: PulseOrgFixture;
const DAY = 86_400_000;

async function answers(teamId: string, type: EmployeeEventType, period: Date, scores: number[]) {
  for (const score of scores) {
    await db().$transaction((tx) =>
      insertEmployeeResponse(
        tx,
        { organisationId: org.organisationId, pulseId: null, eventType: type, teamId, period },
        { score, comment: null, suggestion: null, items: {}, irritantIds: [], irritantOther: null },
      ),
    );
  }
}

beforeAll(async () => {
  org = await createPulseOrg("evres", 0);
  other = await createPulseOrg("evres-b", 0);
  const closed = eventPeriod(new Date(Date.now() - 90 * DAY));
  const current = eventPeriod(new Date());
  await answers(org.teams.T1, "ONBOARDING", closed, [10, 10, 9, 8, 3]);
  await answers(org.teams.T2, "ONBOARDING", closed, [9, 2]);
  await answers(org.teams.T3, "ONE_TO_ONE", closed, [10, 9, 7, 7, 1]);
  // Answers of a month still open to answers are left out, so the figures never move by one.
  await answers(org.teams.T3, "ONE_TO_ONE", current, [0, 0, 0]);
  await answers(org.teams.T3, "HR_INTERVIEW", closed, [10, 10, 10, 10]);
});

const byType = (rows: Awaited<ReturnType<typeof getEventResults>>["rows"]) => Object.fromEntries(rows.map((r) => [r.type, r.estimate]));

describe("getEventResults", () => {
  it("shows the organisation's groups of at least k, the same for HR and ADMIN, and hides the rest", async () => {
    for (const actor of [org.actors.HR, org.actors.ADMIN]) {
      const result = await getEventResults(actor);
      expect(result.k).toBe(5);
      const rows = byType(result.rows);
      expect(rows.onboarding).toMatchObject({ n: 7 });
      expect(rows.onboarding!.score).toBeCloseTo((100 * (4 - 2)) / 7, 6);
      expect(rows.onboarding!.low).toBeLessThan(rows.onboarding!.score);
      expect(rows.one_to_one).toMatchObject({ n: 5, score: 20 });
      expect(rows.hr_interview).toBeNull(); // 4 answers: below k, count hidden too
      expect(rows.job_change).toBeNull();
    }
  });

  it("hides a subtree below k and the sibling that would reveal it by differencing", async () => {
    expect(byType((await getEventResults(org.actors.HR, org.teams.S)).rows).onboarding).toMatchObject({ n: 7 });
    expect(byType((await getEventResults(org.actors.HR, org.teams.T2)).rows).onboarding).toBeNull();
    // T1 has 5, but S (7) minus T1 would be T2's 2 answers.
    expect(byType((await getEventResults(org.actors.ADMIN, org.teams.T1)).rows).onboarding).toBeNull();
    expect(byType((await getEventResults(org.actors.HR, org.teams.T3)).rows).one_to_one).toMatchObject({ n: 5 });
  });

  it("never moves by fewer than k when another month is released (each month judged alone)", async () => {
    // Attacker: read, let one more released month bring one new onboarding answer, read again.
    const before = byType((await getEventResults(org.actors.HR)).rows);
    const closed = eventPeriod(new Date(Date.now() - 90 * DAY));
    const earlier = new Date(Date.UTC(closed.getUTCFullYear(), closed.getUTCMonth() - 1, 1));
    await answers(org.teams.T1, "ONBOARDING", earlier, [0]);
    await answers(org.teams.T3, "HR_INTERVIEW", earlier, [0]); // 4 + 1 over two months: still no month of 5
    const after = byType((await getEventResults(org.actors.HR)).rows);
    expect(after.onboarding).toEqual(before.onboarding);
    expect(after.hr_interview).toBeNull();
    // A whole group of k in a month of its own does count, and adds exactly that group.
    await answers(org.teams.T3, "HR_INTERVIEW", earlier, [10, 10, 10, 9]);
    const grown = (await getEventResults(org.actors.HR)).rows.find((row) => row.type === "hr_interview")!;
    expect(grown).toMatchObject({ months: 1, estimate: { n: 5, score: 60 } });
  });

  it("is refused to other roles (403) and for another organisation's team (404)", async () => {
    for (const role of ["MANAGER", "EMPLOYEE", "CX"] as const)
      await expect(getEventResults(org.actors[role])).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getEventResults(org.actors.HR, other.teams.T1)).rejects.toBeInstanceOf(NotFoundError);
  });
});
