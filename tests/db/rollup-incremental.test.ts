// The incremental refresh (only the dirty teams of a month) must leave the rollup equal to a full
// recompute done independently: here, in JavaScript, from every answer row read back, after
// rounds of random inserts, score changes and deletions marked per team (and now and then a
// whole month), each round followed by a refresh.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/tests/db/owner-db";
import { checkRollupConsistency } from "@/lib/db/rollup/check-rollup-consistency";
import { markRollupDirty } from "@/lib/db/rollup/mark-dirty";
import { refreshRollups } from "@/lib/db/rollup/refresh";
import { addCustomerAnswers, addEmployeeAnswers, addThemePair, createDashboardOrg, type DashboardOrg } from "./fixtures-dashboard";
import { rollupTally, Tally } from "./rollup-tally";

let org: DashboardOrg;
const tree = { D: null, S: "D", T1: "S", T2: "S", T3: "D" };
const roles = { ADMIN: "D", HR: "D", CX: "D", MANAGER: "S", EMPLOYEE: "T1" } as const;
const MONTHS = ["2026-07", "2026-08", "2026-09"] as const;

// A small deterministic generator, so a failure can be replayed.
function generator(seed: number) {
  let s = seed;
  return (n: number) => ((s = (s * 1103515245 + 12345) % 2 ** 31), s % n);
}

const parisMonth = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit" });
const monthOfAnswer = (at: Date) => parisMonth.format(at).slice(0, 7);
const monthOfPeriod = (period: Date) => period.toISOString().slice(0, 7);
const nps = (score: number) => [score >= 9 ? 1 : 0, score === 7 || score === 8 ? 1 : 0, score <= 6 ? 1 : 0];

/** The whole rollup, recomputed in JavaScript from the answer rows (no aggregate SQL involved). */
async function fullRecompute(organisationId: string): Promise<Tally["rows"]> {
  const where = { organisationId };
  const t = new Tally();
  const customer = new Map<string, string[]>();
  const scores = new Map<string, number>();
  const theme = (score: number) => [1, score >= 9 ? 1 : 0, score <= 6 ? 1 : 0];
  for (const r of await db().customerResponse.findMany({ where })) {
    const cell = [monthOfAnswer(r.submittedAt), r.teamId, r.channel, r.momentOfTruthId];
    customer.set(r.id, cell);
    scores.set(r.id, r.score);
    t.add("CustomerRollup", cell, nps(r.score));
    t.add("CustomerTeamRollup", cell.slice(0, 2), nps(r.score));
  }
  for (const a of await db().customerItemAnswer.findMany({ where }))
    t.item("CustomerItemRollup", [...customer.get(a.responseId)!, a.itemId], a.value);
  for (const i of await db().customerResponseIrritant.findMany({ where }))
    t.add("CustomerIrritantRollup", [...customer.get(i.responseId)!, i.irritantId], [1]);
  const employee = new Map<string, string[]>();
  const people = new Map<string, number>();
  for (const p of await db().employeeRespondent.findMany({ where })) {
    const key = `${monthOfPeriod(p.period)}|${p.teamId}`;
    people.set(key, (people.get(key) ?? 0) + 1);
  }
  const seen = new Set<string>();
  for (const r of await db().employeeResponse.findMany({ where })) {
    const cell = [monthOfPeriod(r.period), r.teamId];
    employee.set(r.id, cell);
    scores.set(r.id, r.score);
    const first = !seen.has(cell.join("|"));
    seen.add(cell.join("|"));
    // people: the cell's respondents, counted once per cell.
    const persons = first ? (people.get(cell.join("|")) ?? 0) : 0;
    t.add("EmployeeRollup", cell, [...nps(r.score), r.eventType ? 1 : 0, persons, r.importId ? 1 : 0]);
  }
  for (const a of await db().employeeItemAnswer.findMany({ where }))
    t.item("EmployeeItemRollup", [...employee.get(a.responseId)!, a.itemId], a.value);
  for (const i of await db().employeeResponseIrritant.findMany({ where }))
    t.add("EmployeeIrritantRollup", [...employee.get(i.responseId)!, i.irritantId], [1]);
  for (const l of await db().customerResponseTheme.findMany({ where }))
    t.add("CustomerThemeRollup", [...customer.get(l.responseId)!.slice(0, 2), l.themeId], theme(scores.get(l.responseId)!));
  for (const l of await db().employeeResponseTheme.findMany({ where }))
    t.add("EmployeeThemeRollup", [...employee.get(l.responseId)!, l.themeId], theme(scores.get(l.responseId)!));
  return t.rows;
}

const mark = (teamId: string | undefined, at: Date) => db().$transaction((tx) => markRollupDirty(tx, org.organisationId, at, teamId));

/** One random write on one team, marked for that team only (the way the answer paths mark it). */
async function randomWrite(rand: (n: number) => number): Promise<void> {
  const teamKeys = ["T1", "T2", "T3", "S", "D"] as const;
  const teamId = org.teams[teamKeys[rand(teamKeys.length)]!]!;
  const month = MONTHS[rand(MONTHS.length)]!;
  const scores = Array.from({ length: 1 + rand(4) }, () => rand(11));
  const values = scores.map(() => 1 + rand(5));
  const where = { organisationId: org.organisationId };
  switch (rand(4)) {
    case 0: {
      const submittedAt = `${month}-${10 + rand(15)}T12:00:00Z`;
      const momentOfTruthId = rand(2) ? org.mots.complaint : org.mots.purchase;
      const comments = scores.map((_, i) => COMMENTS[(i + rand(COMMENTS.length)) % COMMENTS.length]!);
      const answers = { teamId, scores, submittedAt, channel: "PHONE" as const, momentOfTruthId, itemValues: values, comments };
      await addCustomerAnswers(org.organisationId, { ...answers, irritantId: org.irritantIds.customer }, { forgetMarker: true });
      return mark(teamId, new Date(submittedAt));
    }
    case 1: {
      const comments = scores.map((_, i) => COMMENTS[(i + rand(COMMENTS.length)) % COMMENTS.length]!);
      const extra = { itemValues: values, irritantId: org.irritantIds.employee, forgetMarker: true, comments };
      await addEmployeeAnswers(org.organisationId, teamId, month, scores, extra);
      return mark(teamId, new Date(`${month}-01T00:00:00Z`));
    }
    case 2: {
      const count = await db().customerResponse.count({ where });
      if (count === 0) return;
      const [row] = await db().customerResponse.findMany({ where, orderBy: { id: "asc" }, skip: rand(count), take: 1 });
      await db().customerResponse.update({ where: { id: row!.id }, data: { score: rand(11) } });
      return mark(row!.teamId, row!.submittedAt);
    }
    default: {
      const count = await db().employeeResponse.count({ where });
      if (count === 0) return;
      const [row] = await db().employeeResponse.findMany({ where, orderBy: { id: "asc" }, skip: rand(count), take: 1 });
      await db().employeeResponse.delete({ where: { id: row!.id } }); // items and irritants cascade
      return mark(row!.teamId, row!.period);
    }
  }
}

/** Comments on the pair of themes (or on neither), so the theme rollups have rows to check. */
const COMMENTS = ["Trop d'attente au téléphone", "L'outil lent nous freine", "Attente et outils lents", "Très bien", null];

beforeAll(async () => {
  org = await createDashboardOrg("incr", tree, roles);
  await addThemePair(org.organisationId);
});

describe("incremental rollup refresh (dirty teams of a month)", () => {
  it("equals a full recompute done independently, round after round of random writes", async () => {
    const rand = generator(20261204);
    // Themed comments on both sides from the start (the random deletions may take the later ones).
    await addEmployeeAnswers(org.organisationId, org.teams.T2!, "2026-08", [9, 3, 10, 6], {
      comments: COMMENTS.slice(0, 4),
      forgetMarker: true,
    });
    await mark(org.teams.T2!, new Date("2026-08-01T00:00:00Z"));
    for (let round = 0; round < 8; round++) {
      for (let write = 0; write < 6; write++) await randomWrite(rand);
      // Now and then a whole month too, as imports and the release mark it.
      if (round % 3 === 2) await mark(undefined, new Date(`${MONTHS[rand(MONTHS.length)]}-01T00:00:00Z`));
      else expect(await db().rollupDirty.count({ where: { organisationId: org.organisationId } })).toBe(0);
      expect(await db().rollupDirtyTeam.count({ where: { organisationId: org.organisationId } })).toBeGreaterThan(0);
      await refreshRollups(org.organisationId);
      expect(await rollupTally(org.organisationId)).toEqual(await fullRecompute(org.organisationId));
    }
    expect(await checkRollupConsistency(org.organisationId)).toEqual([]);
    expect(await db().rollupDirtyTeam.count({ where: { organisationId: org.organisationId } })).toBe(0);
    // The comments reached both theme rollups: their equality above compared rows, not two empty sets.
    const tally = await rollupTally(org.organisationId);
    expect(Object.keys(tally.CustomerThemeRollup ?? {}).length).toBeGreaterThan(0);
    expect(Object.keys(tally.EmployeeThemeRollup ?? {}).length).toBeGreaterThan(0);
  });

  it("re-aggregates only the marked team: another team's unmarked answer stays out until marked", async () => {
    const [t1, t2] = [org.teams.T1!, org.teams.T2!];
    await addEmployeeAnswers(org.organisationId, t1, "2026-10", [10, 10, 10], { forgetMarker: true });
    await addEmployeeAnswers(org.organisationId, t2, "2026-10", [0, 0], { forgetMarker: true });
    await mark(t1, new Date("2026-10-01T00:00:00Z"));
    expect((await refreshRollups(org.organisationId)).periods).toEqual(["2026-10"]);
    const period = new Date("2026-10-01");
    const rows = await db().employeeRollup.findMany({ where: { organisationId: org.organisationId, period }, select: { teamId: true } });
    expect(rows.map((row) => row.teamId)).toEqual([t1]);
    await mark(t2, period);
    await refreshRollups(org.organisationId);
    expect(await checkRollupConsistency(org.organisationId)).toEqual([]);
  });
});
