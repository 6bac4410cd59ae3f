// Expected rollup rows counted in the test from what it wrote, and the stored rollup rows read
// back in the same shape: an independent check of the rollup's aggregate SQL.
import { db } from "@/tests/db/owner-db";

type Rows = Record<string, Record<string, number[]>>;

/** Counts keyed by table, then by the row's key columns joined with "|". */
export class Tally {
  readonly rows: Rows = {};

  add(table: string, key: string[], values: number[]) {
    const byKey = (this.rows[table] ??= {});
    const id = key.join("|");
    const current = byKey[id] ?? values.map(() => 0);
    byKey[id] = current.map((n, i) => n + values[i]!);
  }

  /** One NPS answer: promoters (9–10), passives (7–8), detractors (0–6), then any extra columns. */
  answer(table: string, key: string[], score: number, extra: number[] = []) {
    this.add(table, key, [score >= 9 ? 1 : 0, score === 7 || score === 8 ? 1 : 0, score <= 6 ? 1 : 0, ...extra]);
  }

  /** One item answer: n, sum, sum of squares. */
  item(table: string, key: string[], value: number) {
    this.add(table, key, [1, value, value * value]);
  }
}

const month = (period: Date) => period.toISOString().slice(0, 7);

export async function rollupTally(organisationId: string): Promise<Rows> {
  const where = { organisationId };
  const rows: Rows = {};
  const put = (table: string, key: string[], values: number[]) => ((rows[table] ??= {})[key.join("|")] = values);
  for (const r of await db().customerRollup.findMany({ where }))
    put("CustomerRollup", [month(r.period), r.teamId, r.channel, r.momentOfTruthId], [r.promoters, r.passives, r.detractors]);
  for (const r of await db().customerTeamRollup.findMany({ where }))
    put("CustomerTeamRollup", [month(r.period), r.teamId], [r.promoters, r.passives, r.detractors]);
  for (const r of await db().employeeRollup.findMany({ where }))
    put("EmployeeRollup", [month(r.period), r.teamId], [r.promoters, r.passives, r.detractors, r.eventAnswers, r.people, r.imported]);
  for (const r of await db().customerItemRollup.findMany({ where }))
    put("CustomerItemRollup", [month(r.period), r.teamId, r.channel, r.momentOfTruthId, r.itemId], [r.n, r.sum, r.sumSquares]);
  for (const r of await db().employeeItemRollup.findMany({ where }))
    put("EmployeeItemRollup", [month(r.period), r.teamId, r.itemId], [r.n, r.sum, r.sumSquares]);
  for (const r of await db().customerIrritantRollup.findMany({ where }))
    put("CustomerIrritantRollup", [month(r.period), r.teamId, r.channel, r.momentOfTruthId, r.irritantId], [r.count]);
  for (const r of await db().employeeIrritantRollup.findMany({ where }))
    put("EmployeeIrritantRollup", [month(r.period), r.teamId, r.irritantId], [r.count]);
  for (const r of await db().customerThemeRollup.findMany({ where }))
    put("CustomerThemeRollup", [month(r.period), r.teamId, r.themeId], [r.n, r.promoters, r.detractors]);
  for (const r of await db().employeeThemeRollup.findMany({ where }))
    put("EmployeeThemeRollup", [month(r.period), r.teamId, r.themeId], [r.n, r.promoters, r.detractors]);
  return rows;
}
