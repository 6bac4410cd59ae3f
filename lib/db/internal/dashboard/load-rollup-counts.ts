// Reads one organisation's dashboard inputs from the rollup tables only (after refreshRollups):
// own NPS counts per team and month, a few thousand aggregate rows, never answer rows.
import type { HiddenByMonth } from "@/lib/stats/anonymity";
import type { NpsCounts } from "@/lib/stats/nps";
import { db, pool } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { monthStart, type SymmetryFilters } from "@/lib/symmetry/symmetry-filters";
import type { CountsByMonth, PeopleByMonth, RollupCounts } from "@/lib/symmetry/symmetry-types";

/** teamId, period "YYYY-MM", promoters, passives, detractors: the column order of both queries. */
type CountRow = [string, string, number, number, number];
/** The employee query adds the cell's distinct live people and its imported rows. */
type PeopleRow = [...CountRow, number, number];

function byMonth(rows: CountRow[]): CountsByMonth {
  const out: CountsByMonth = new Map();
  for (const [teamId, period, promoters, passives, detractors] of rows) {
    let month = out.get(period);
    if (!month) out.set(period, (month = new Map<string, NpsCounts>()));
    month.set(teamId, { promoters, passives, detractors });
  }
  return out;
}

/** Without a channel or moment-of-truth filter, the coarser per-team table answers (far fewer rows). */
function customerQuery(organisationId: string, filters: SymmetryFilters): Prisma.Sql {
  const coarse = !filters.channel && !filters.momentOfTruth;
  const table = Prisma.raw(coarse ? `"CustomerTeamRollup"` : `"CustomerRollup"`);
  return Prisma.sql`
      SELECT "teamId"::text AS "teamId", to_char(period, 'YYYY-MM') AS period,
             sum(promoters)::int AS promoters, sum(passives)::int AS passives, sum(detractors)::int AS detractors
      FROM ${table} WHERE ${customerWhere(organisationId, filters)} GROUP BY 1, 2`;
}

function customerWhere(organisationId: string, filters: SymmetryFilters): Prisma.Sql {
  const parts = [Prisma.sql`"organisationId" = ${organisationId}::uuid`];
  if (filters.from) parts.push(Prisma.sql`period >= ${monthStart(filters.from)}::date`);
  if (filters.to) parts.push(Prisma.sql`period <= ${monthStart(filters.to)}::date`);
  if (filters.channel) parts.push(Prisma.sql`channel = ${filters.channel}::"Channel"`);
  if (filters.momentOfTruth) parts.push(Prisma.sql`"momentOfTruthId" = ${filters.momentOfTruth}::uuid`);
  return Prisma.join(parts, " AND ");
}

/**
 * Tens of thousands of small rows at scale: plain pg decodes them far faster than Prisma's
 * engine, and as arrays (rowMode) it builds no object per row.
 */
async function rows(query: Prisma.Sql): Promise<CountRow[]> {
  return (await pool().query<CountRow>({ text: query.text, values: query.values, rowMode: "array" })).rows;
}

export async function loadRollupCounts(organisationId: string, filters: SymmetryFilters): Promise<RollupCounts> {
  const client = db();
  const [organisation, teams, employeeRows, customerRows, hiddenBefore] = await Promise.all([
    client.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { minGroupSize: true, minCustomerResponses: true } }),
    client.team.findMany({
      where: { organisationId },
      select: { id: true, parentId: true, name: true, kind: true, depth: true, path: true, externalId: true },
      orderBy: [{ path: "asc" }],
    }),
    pool().query<PeopleRow>({
      text: `SELECT "teamId"::text, to_char(period, 'YYYY-MM'), promoters, passives, detractors, people, imported
             FROM "EmployeeRollup" WHERE "organisationId" = $1::uuid`,
      values: [organisationId],
      rowMode: "array",
    }),
    rows(customerQuery(organisationId, filters)),
    client.employeeHiddenNode.findMany({
      where: { organisationId },
      select: { period: true, node: true },
      orderBy: [{ period: "asc" }, { node: "asc" }],
    }),
  ]);
  const employee = byMonth(
    employeeRows.rows.map(([teamId, period, promoters, passives, detractors]) => [teamId, period, promoters, passives, detractors]),
  );
  const people: PeopleByMonth = new Map();
  const imported: PeopleByMonth = new Map();
  const put = (into: PeopleByMonth, period: string, teamId: string, n: number) => {
    if (n === 0) return;
    let month = into.get(period);
    if (!month) into.set(period, (month = new Map<string, number>()));
    month.set(teamId, n);
  };
  for (const [teamId, period, , , , live, rows] of employeeRows.rows) {
    put(people, period, teamId, live);
    put(imported, period, teamId, rows);
  }
  return {
    teams,
    minGroupSize: organisation.minGroupSize,
    minCustomerResponses: organisation.minCustomerResponses,
    employee,
    employeePeople: people,
    employeeImported: imported,
    hiddenBefore: hiddenByMonth(hiddenBefore),
    customer: byMonth(customerRows),
  };
}

const monthKey = (period: Date) => period.toISOString().slice(0, 7);

function hiddenByMonth(rows: Array<{ period: Date; node: string }>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const { period, node } of rows) {
    const month = monthKey(period);
    out.set(month, [...(out.get(month) ?? []), node]);
  }
  return out;
}

/** Stores the (month, node) pairs a decision hid that earlier ones had not: from now on they stay hidden. */
export async function storeHiddenNodes(
  organisationId: string,
  hidden: HiddenByMonth,
  hiddenBefore: ReadonlyMap<string, readonly string[]>,
): Promise<void> {
  const added = [...hidden].flatMap(([month, nodes]) => {
    const known = new Set(hiddenBefore.get(month));
    return [...nodes].filter((node) => !known.has(node)).map((node) => ({ organisationId, period: monthStart(month), node }));
  });
  if (added.length === 0) return;
  await db().employeeHiddenNode.createMany({ data: added, skipDuplicates: true });
}
