// The dashboard rollup: refreshed set-based from dirty months, equal to a fresh aggregate after
// random writes; a write that forgot its marker is caught by the consistency check; a refresh
// waits for an answer still being written in its month (no lost update).
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/tests/db/owner-db";
import { checkRollupConsistency } from "@/lib/db/rollup/check-rollup-consistency";
import { markRollupDirty } from "@/lib/db/rollup/mark-dirty";
import { markAllRollupsDirty, refreshAllRollups, refreshRollups } from "@/lib/db/rollup/refresh";
import { addCustomerAnswers, addEmployeeAnswers, createDashboardOrg, type DashboardOrg } from "./fixtures-dashboard";
import { rollupTally, Tally } from "./rollup-tally";

let org: DashboardOrg;
let other: DashboardOrg;
const roles = { ADMIN: "D", HR: "D", CX: "D", MANAGER: "S", EMPLOYEE: "T1" } as const;
const tree = { D: null, S: "D", T1: "S", T2: "S", T3: "D" };

// A small deterministic generator, so a failure can be replayed.
function generator(seed: number) {
  let s = seed;
  return (n: number) => ((s = (s * 1103515245 + 12345) % 2 ** 31), s % n);
}

beforeAll(async () => {
  org = await createDashboardOrg("roll", tree, roles);
  other = await createDashboardOrg("other", tree, roles);
});

describe("refreshRollups", () => {
  it("after random writes on both sides, holds exactly the counts of what was written", async () => {
    const rand = generator(20261123);
    const teamKeys = ["T1", "T2", "T3", "S"] as const;
    const channels = ["PHONE", "EMAIL", "CHAT"] as const;
    const expected = new Tally();
    const itemId = org.itemIds[0]!; // the fixture answers the first item
    for (let batch = 0; batch < 24; batch++) {
      const teamId = org.teams[teamKeys[rand(teamKeys.length)] ?? "T1"]!;
      const count = 1 + rand(6);
      const scores = Array.from({ length: count }, () => rand(11));
      const month = `2026-0${7 + rand(3)}`;
      const values = scores.map(() => 1 + rand(5));
      if (batch % 2 === 0) {
        const channel = channels[rand(3)]!;
        const momentOfTruthId = rand(2) ? org.mots.complaint : org.mots.purchase;
        // Noon UTC between the 10th and the 24th: the same month in Paris.
        await addCustomerAnswers(org.organisationId, {
          teamId,
          scores,
          submittedAt: `${month}-${10 + rand(15)}T12:00:00Z`,
          channel,
          momentOfTruthId,
          itemValues: values,
          irritantId: org.irritantIds.customer,
        });
        const cell = [month, teamId, channel, momentOfTruthId];
        scores.forEach((score, i) => {
          expected.answer("CustomerRollup", cell, score);
          expected.answer("CustomerTeamRollup", [month, teamId], score);
          expected.item("CustomerItemRollup", [...cell, itemId], values[i]!);
          if (i % 3 === 0) expected.add("CustomerIrritantRollup", [...cell, org.irritantIds.customer], [1]);
        });
      } else {
        await addEmployeeAnswers(org.organisationId, teamId, month, scores, { itemValues: values, irritantId: org.irritantIds.employee });
        scores.forEach((score, i) => {
          expected.answer("EmployeeRollup", [month, teamId], score, [0, 1, 0]); // no event answer, one person each, none imported
          expected.item("EmployeeItemRollup", [month, teamId, itemId], values[i]!);
          if (i % 2 === 0) expected.add("EmployeeIrritantRollup", [month, teamId, org.irritantIds.employee], [1]);
        });
      }
    }
    const { periods } = await refreshRollups(org.organisationId);
    expect(periods.length).toBeGreaterThan(0);
    expect(await rollupTally(org.organisationId)).toEqual(expected.rows);
    expect(await checkRollupConsistency(org.organisationId)).toEqual([]);
    expect(await db().rollupDirty.count({ where: { organisationId: org.organisationId } })).toBe(0);
  });

  it("files a customer answer under its month in Paris, not in UTC", async () => {
    // 23:30 UTC on 31 October is 00:30 on 1 November in Paris.
    await addCustomerAnswers(org.organisationId, {
      teamId: org.teams.T3!,
      scores: [10, 10, 2],
      submittedAt: "2026-10-31T23:30:00Z",
      channel: "STORE",
      momentOfTruthId: org.mots.purchase,
    });
    expect((await refreshRollups(org.organisationId)).periods).toEqual(["2026-11"]);
    const rows = await db().customerRollup.findMany({
      where: { organisationId: org.organisationId, channel: "STORE", teamId: org.teams.T3! },
    });
    expect(rows.map((row) => [row.period.toISOString().slice(0, 7), row.promoters, row.passives, row.detractors])).toEqual([
      ["2026-11", 2, 0, 1],
    ]);
  });

  it("does only the dirty months, and nothing when none is dirty", async () => {
    await addEmployeeAnswers(org.organisationId, org.teams.T2!, "2026-08", [9, 9, 9]);
    expect((await refreshRollups(org.organisationId)).periods).toEqual(["2026-08"]);
    expect((await refreshRollups(org.organisationId)).periods).toEqual([]);
  });

  it("clears a month whose answers are gone", async () => {
    await addEmployeeAnswers(org.organisationId, org.teams.T1!, "2026-01", [1, 2, 3, 4, 5]);
    await refreshRollups(org.organisationId);
    await db().$transaction(async (tx) => {
      await tx.employeeResponse.deleteMany({ where: { organisationId: org.organisationId, period: new Date("2026-01-01") } });
      await markRollupDirty(tx, org.organisationId, new Date("2026-01-01"));
    });
    await refreshRollups(org.organisationId);
    expect(await db().employeeRollup.count({ where: { organisationId: org.organisationId, period: new Date("2026-01-01") } })).toBe(0);
    expect(await checkRollupConsistency(org.organisationId)).toEqual([]);
  });

  it("keeps organisations apart: refreshing one never writes the other's rows", async () => {
    await addEmployeeAnswers(other.organisationId, other.teams.T1!, "2026-09", [10, 10, 10, 10, 10]);
    await refreshRollups(org.organisationId);
    expect(await db().employeeRollup.count({ where: { organisationId: other.organisationId } })).toBe(0);
    const all = await refreshAllRollups();
    expect(all.get(other.organisationId)?.periods).toEqual(["2026-09"]);
    expect(await checkRollupConsistency(other.organisationId)).toEqual([]);
  });
});

describe("checkRollupConsistency", () => {
  it("detects an answer written without its dirty marker, until a backfill marks the months", async () => {
    await addEmployeeAnswers(org.organisationId, org.teams.T3!, "2026-09", [10, 0, 0, 7], { forgetMarker: true });
    await refreshRollups(org.organisationId);
    const mismatches = await checkRollupConsistency(org.organisationId);
    expect(mismatches.length).toBeGreaterThan(0);
    expect(mismatches).toContainEqual(
      expect.objectContaining({
        table: "EmployeeRollup",
        side: "fresh",
        row: expect.objectContaining({ teamId: org.teams.T3, period: "2026-09-01" }),
      }),
    );
    expect(await markAllRollupsDirty(org.organisationId)).toBeGreaterThan(0);
    await refreshRollups(org.organisationId);
    expect(await checkRollupConsistency(org.organisationId)).toEqual([]);
  });
});

describe("concurrency", () => {
  it("a refresh waits for an answer being written in a dirty month, so it is not lost", async () => {
    const teamId = org.teams.T1!;
    await addEmployeeAnswers(org.organisationId, teamId, "2026-12", [10, 10, 10]); // committed marker for December
    let refresh: Promise<unknown> | undefined;
    let settled = false;
    await db().$transaction(
      async (tx) => {
        await tx.employeeResponse.create({
          data: { id: randomUUID(), organisationId: org.organisationId, teamId, period: new Date("2026-12-01"), score: 0 },
        });
        await markRollupDirty(tx, org.organisationId, new Date("2026-12-01"));
        refresh = refreshRollups(org.organisationId).finally(() => (settled = true));
        // Commit once the refresher waits on the month's advisory lock (or, were the lock
        // missing, once it has finished without this answer: then the assertions fail).
        while (!settled) {
          const [row] = await db().$queryRaw<Array<{ waiting: number }>>`
          SELECT count(*)::int AS waiting FROM pg_locks
          WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`;
          if ((row?.waiting ?? 0) > 0) break;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      },
      { timeout: 30_000 },
    );
    await refresh;
    const [rollup] = await db().employeeRollup.findMany({
      where: { organisationId: org.organisationId, teamId, period: new Date("2026-12-01") },
    });
    expect(rollup).toMatchObject({ promoters: 3, detractors: 1 });
    expect(await checkRollupConsistency(org.organisationId)).toEqual([]);
  });
});
