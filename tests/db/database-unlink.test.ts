// Issue 11 §7, as someone with read access to the database would try (a replica, a backup, a
// DBA): join participation rows to answer rows on the transaction id (xmin), or read both
// tables in physical order. Before release an answer is a ballot written with its participation;
// once its month is released nothing pairs a person with an answer.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/tests/db/owner-db";
import { submitEmployeeResponse } from "@/lib/db/pulses/submit-employee-response";
import { refreshRollups } from "@/lib/db/rollup/refresh";
import { releaseEndedMonths } from "@/lib/db/rollup/release-employee-months";
import { createPulseOrg, createTestPulse, validAnswer, type PulseOrgFixture } from "./pulse-fixtures";

let org: PulseOrgFixture;
let period: Date;
/** Scores in the order the employees answered: what the physical order must not give back. */
const SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

/** The first instant of the month after `period`, when it has ended in Paris too. */
const monthAfter = (month: Date) => new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1, 12));

/** For each participation row: how many answer rows of `table` share its transaction id. */
async function answersSharingXmin(table: string): Promise<number[]> {
  const rows = await db().$queryRawUnsafe<Array<{ n: number }>>(
    `SELECT (SELECT count(*)::int FROM "${table}" r WHERE r."organisationId" = pp."organisationId" AND r.xmin = pp.xmin) AS n
     FROM "PulseParticipation" pp WHERE pp."organisationId" = $1::uuid AND pp.answered`,
    org.organisationId,
  );
  return rows.map((row) => row.n);
}

beforeAll(async () => {
  org = await createPulseOrg("unlink", SCORES.length - 1);
  const pulseId = await createTestPulse(org);
  for (const [i, employee] of org.employees.entries()) {
    expect(await submitEmployeeResponse(employee, pulseId, validAnswer(org, SCORES[i]))).toEqual({ status: "stored" });
  }
  period = (await db().employeeBallot.findFirstOrThrow({ where: { pulseId } })).period;
});

describe("before release", () => {
  it("answers wait as ballots: nothing is in the answer tables, and readers see nothing", async () => {
    expect(await db().employeeResponse.count({ where: { organisationId: org.organisationId } })).toBe(0);
    expect(await db().employeeBallot.count({ where: { organisationId: org.organisationId } })).toBe(SCORES.length);
    // The month has not ended: a reader's release moves nothing.
    expect((await releaseEndedMonths(org.organisationId)).released).toEqual([]);
  });
});

describe("after release", () => {
  beforeAll(async () => {
    const { released } = await releaseEndedMonths(org.organisationId, monthAfter(period));
    expect(released).toEqual([{ period: period.toISOString().slice(0, 7), answers: SCORES.length }]);
  });

  it("moves every ballot into the answer tables with its items and irritants, and leaves no ballot", async () => {
    expect(await db().employeeBallot.count({ where: { organisationId: org.organisationId } })).toBe(0);
    const responses = await db().employeeResponse.findMany({
      where: { organisationId: org.organisationId },
      include: { items: true, irritants: true },
    });
    expect(responses.map((r) => r.score).sort((a, b) => a - b)).toEqual(SCORES);
    for (const response of responses) {
      expect(response.period).toEqual(period);
      expect(response.items).toHaveLength(2);
      expect(response.irritants).toHaveLength(1);
    }
  });

  it("matches the released comments with the employee themes (« Bonne ambiance »: reconnaissance)", async () => {
    const links = await db().$queryRaw<Array<{ key: string }>>`
      SELECT t.key FROM "EmployeeResponseTheme" l JOIN "Theme" t ON t.id = l."themeId" WHERE l."organisationId" = ${org.organisationId}::uuid`;
    expect(links.map((link) => link.key)).toEqual(Array.from({ length: SCORES.length }, () => "reconnaissance"));
  });

  it.each(["EmployeeResponse", "EmployeeItemAnswer", "EmployeeResponseIrritant", "EmployeeResponseTheme"])(
    "the xmin join pairs no participation with fewer than all the month's rows of %s",
    async (table) => {
      const total = await db().$queryRawUnsafe<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM "${table}" WHERE "organisationId" = $1::uuid`,
        org.organisationId,
      );
      for (const n of await answersSharingXmin(table)) expect([0, total[0]!.n]).toContain(n);
    },
  );

  it("the physical order of the answers is not the order in which people answered", async () => {
    const rows = await db().$queryRaw<Array<{ score: number }>>`
      SELECT score FROM "EmployeeResponse" WHERE "organisationId" = ${org.organisationId}::uuid ORDER BY ctid`;
    const physical = rows.map((row) => row.score);
    // A random order equals the answering order (or its reverse) with probability 2/10!.
    expect(physical).not.toEqual(SCORES);
    expect(physical).not.toEqual([...SCORES].reverse());
  });

  it("the released month is read like any other: the rollup counts its answers and people", async () => {
    await refreshRollups(org.organisationId);
    const cell = await db().employeeRollup.findFirstOrThrow({ where: { organisationId: org.organisationId, period } });
    expect({ answers: cell.promoters + cell.passives + cell.detractors, people: cell.people }).toEqual({ answers: 10, people: 10 });
  });
});
