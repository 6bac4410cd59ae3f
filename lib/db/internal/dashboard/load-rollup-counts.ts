// Reads one organisation's dashboard inputs from the rollup tables only (after refreshRollups):
// own NPS counts per team and month, a few thousand aggregate rows, never answer rows.
import type { HiddenByMonth } from "@/lib/stats/anonymity";
import type { NpsCounts } from "@/lib/stats/nps";
import { db, pool } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { monthStart, type SymmetryFilters } from "@/lib/symmetry/symmetry-filters";
import type { CountsByMonth, PeopleByMonth, RollupCounts } from "@/lib/symmetry/symmetry-types";
import { withOrganisation } from "../../tenant-context";

/**
 * One row per month, its cells packed in one bytea: per team the 16 bytes of its id, then int4s
 * (promoters, passives, detractors, and for employees people and imported rows), big-endian; months
 * and teams in order, as the primary key gave them before.
 * Tens of thousands of cells at scale come as a dozen rows decoded from bytes, instead of a row
 * each whose uuid, month and counts are parsed from text (bench:kpis, bench:dashboard).
 */
interface PackedMonth {
  period: string;
  cells: Buffer;
}

const COUNTS = `int4send(promoters) || int4send(passives) || int4send(detractors)`;

/** Without a channel or moment-of-truth filter, the coarser per-team table answers (one row per team and month). */
function customerQuery(organisationId: string, filters: SymmetryFilters): Prisma.Sql {
  const coarse = !filters.channel && !filters.momentOfTruth;
  const cells = coarse
    ? Prisma.sql`SELECT period, "teamId", promoters, passives, detractors FROM "CustomerTeamRollup" WHERE ${customerWhere(organisationId, filters)}`
    : Prisma.sql`SELECT period, "teamId", sum(promoters)::int AS promoters, sum(passives)::int AS passives, sum(detractors)::int AS detractors
                 FROM "CustomerRollup" WHERE ${customerWhere(organisationId, filters)} GROUP BY period, "teamId"`;
  return Prisma.sql`
      SELECT to_char(period, 'YYYY-MM') AS period, string_agg(uuid_send("teamId") || ${Prisma.raw(COUNTS)}, ''::bytea ORDER BY "teamId") AS cells
      FROM (${cells}) AS cell GROUP BY period ORDER BY period`;
}

function customerWhere(organisationId: string, filters: SymmetryFilters): Prisma.Sql {
  const parts = [Prisma.sql`"organisationId" = ${organisationId}::uuid`];
  if (filters.from) parts.push(Prisma.sql`period >= ${monthStart(filters.from)}::date`);
  if (filters.to) parts.push(Prisma.sql`period <= ${monthStart(filters.to)}::date`);
  if (filters.channel) parts.push(Prisma.sql`channel = ${filters.channel}::"Channel"`);
  if (filters.momentOfTruth) parts.push(Prisma.sql`"momentOfTruthId" = ${filters.momentOfTruth}::uuid`);
  return Prisma.join(parts, " AND ");
}

async function packedMonths(text: string, values: unknown[]): Promise<PackedMonth[]> {
  return (await pool().query<PackedMonth>({ text, values })).rows;
}

/** A uuid's 16 bytes as its text form, through the organisation's teams (every rollup row is of one). */
function teamIdReader(teams: ReadonlyArray<{ id: string }>): (cells: Buffer, at: number) => string {
  const byHex = new Map(teams.map((team) => [team.id.replaceAll("-", ""), team.id]));
  return (cells, at) => {
    const hex = cells.toString("hex", at, at + 16);
    return byHex.get(hex) ?? `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  };
}

/** Calls `cell` for every packed cell of every month: its team, its offset, its period. */
function eachCell(
  months: PackedMonth[],
  width: number,
  teamId: (cells: Buffer, at: number) => string,
  cell: (period: string, teamId: string, cells: Buffer, at: number) => void,
): void {
  for (const { period, cells } of months) {
    for (let at = 0; at + width <= cells.length; at += width) cell(period, teamId(cells, at), cells, at + 16);
  }
}

function monthMap<T>(into: Map<string, Map<string, T>>, period: string): Map<string, T> {
  let month = into.get(period);
  if (!month) into.set(period, (month = new Map<string, T>()));
  return month;
}

const countsAt = (cells: Buffer, at: number): NpsCounts => ({
  promoters: cells.readInt32BE(at),
  passives: cells.readInt32BE(at + 4),
  detractors: cells.readInt32BE(at + 8),
});

export async function loadRollupCounts(organisationId: string, filters: SymmetryFilters): Promise<RollupCounts> {
  return withOrganisation(organisationId, async () => {
    const client = db();
    const customer = customerQuery(organisationId, filters);
    const [organisation, teams, employeeMonths, customerMonths, hiddenBefore] = await Promise.all([
      client.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { minGroupSize: true, minCustomerResponses: true } }),
      client.team.findMany({
        where: { organisationId },
        select: { id: true, parentId: true, name: true, kind: true, depth: true, path: true, externalId: true },
        orderBy: [{ path: "asc" }],
      }),
      packedMonths(
        `SELECT to_char(period, 'YYYY-MM') AS period,
              string_agg(uuid_send("teamId") || ${COUNTS} || int4send(people) || int4send(imported), ''::bytea ORDER BY "teamId") AS cells
         FROM "EmployeeRollup" WHERE "organisationId" = $1::uuid GROUP BY period ORDER BY period`,
        [organisationId],
      ),
      packedMonths(customer.text, customer.values),
      client.employeeHiddenNode.findMany({
        where: { organisationId },
        select: { period: true, node: true },
        orderBy: [{ period: "asc" }, { node: "asc" }],
      }),
    ]);
    const teamId = teamIdReader(teams);
    const employee: CountsByMonth = new Map();
    const people: PeopleByMonth = new Map();
    const imported: PeopleByMonth = new Map();
    eachCell(employeeMonths, 16 + 20, teamId, (period, team, cells, at) => {
      monthMap(employee, period).set(team, countsAt(cells, at));
      const live = cells.readInt32BE(at + 12);
      const rows = cells.readInt32BE(at + 16);
      if (live !== 0) monthMap(people, period).set(team, live);
      if (rows !== 0) monthMap(imported, period).set(team, rows);
    });
    const customerCounts: CountsByMonth = new Map();
    eachCell(customerMonths, 16 + 12, teamId, (period, team, cells, at) => monthMap(customerCounts, period).set(team, countsAt(cells, at)));
    return {
      teams,
      minGroupSize: organisation.minGroupSize,
      minCustomerResponses: organisation.minCustomerResponses,
      employee,
      employeePeople: people,
      employeeImported: imported,
      hiddenBefore: hiddenByMonth(hiddenBefore),
      customer: customerCounts,
    };
  });
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
  return withOrganisation(organisationId, async () => {
    const added = [...hidden].flatMap(([month, nodes]) => {
      const known = new Set(hiddenBefore.get(month));
      return [...nodes].filter((node) => !known.has(node)).map((node) => ({ organisationId, period: monthStart(month), node }));
    });
    if (added.length === 0) return;
    await db().employeeHiddenNode.createMany({ data: added, skipDuplicates: true });
  });
}
