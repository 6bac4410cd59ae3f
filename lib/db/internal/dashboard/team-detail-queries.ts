// SQL over the rollup for one team's subtree and the filter's months: item sufficient
// statistics per side, irritant counts per side, customer counts by channel and moment of truth.
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { monthStart, type SymmetryFilters } from "@/lib/symmetry/symmetry-filters";
import { withOrganisation } from "../../tenant-context";

export interface ItemSumsRow {
  itemId: string;
  n: number;
  sum: number;
  sumSquares: number;
  complete?: boolean;
}
export interface IrritantRow {
  irritantId: string;
  count: number;
}
export interface BreakdownRow {
  key: string;
  promoters: number;
  passives: number;
  detractors: number;
}

/**
 * rollup alias r joined to its team t: same organisation, inside the subtree, inside the months,
 * outside `excluded` (the months in which the team's employee figures are hidden: docs/anonymity.md "Month by month").
 */
function scope(
  organisationId: string,
  path: string,
  filters: SymmetryFilters,
  customer: boolean,
  excluded: readonly string[] = [],
): Prisma.Sql {
  const parts = [Prisma.sql`r."organisationId" = ${organisationId}::uuid`, Prisma.sql`t.path LIKE ${`${path}%`}`];
  if (filters.from) parts.push(Prisma.sql`r.period >= ${monthStart(filters.from)}::date`);
  if (filters.to) parts.push(Prisma.sql`r.period <= ${monthStart(filters.to)}::date`);
  if (excluded.length > 0) parts.push(Prisma.sql`r.period <> ALL(${excluded.map(monthStart)}::date[])`);
  if (customer && filters.channel) parts.push(Prisma.sql`r.channel = ${filters.channel}::"Channel"`);
  if (customer && filters.momentOfTruth) parts.push(Prisma.sql`r."momentOfTruthId" = ${filters.momentOfTruth}::uuid`);
  return Prisma.join(parts, " AND ");
}

const join = (table: string) =>
  Prisma.sql`${Prisma.raw(`"${table}"`)} r JOIN "Team" t ON t.id = r."teamId" AND t."organisationId" = r."organisationId"`;

export async function customerItems(organisationId: string, path: string, filters: SymmetryFilters): Promise<ItemSumsRow[]> {
  return withOrganisation(organisationId, async () => {
    return db().$queryRaw<ItemSumsRow[]>`
    SELECT r."itemId"::text AS "itemId", sum(r.n)::int AS n, sum(r.sum)::int AS sum, sum(r."sumSquares")::int AS "sumSquares"
    FROM ${join("CustomerItemRollup")} WHERE ${scope(organisationId, path, filters, true)} GROUP BY 1`;
  });
}

/**
 * `complete`: in every month with item answers, every eNPS respondent of the subtree answered
 * the item. Then the item's groups are exactly the eNPS answer groups, which the anonymity
 * engine already protects against differencing; otherwise the item is suppressed.
 */
export async function employeeItems(
  organisationId: string,
  path: string,
  filters: SymmetryFilters,
  excluded: readonly string[],
): Promise<ItemSumsRow[]> {
  return withOrganisation(organisationId, async () => {
    const where = scope(organisationId, path, filters, false, excluded);
    return db().$queryRaw<ItemSumsRow[]>`
    WITH answers AS (SELECT r.period, sum(r.promoters + r.passives + r.detractors) AS n FROM ${join("EmployeeRollup")} WHERE ${where} GROUP BY 1),
    items AS (SELECT r.period, r."itemId", sum(r.n) AS n, sum(r.sum) AS s, sum(r."sumSquares") AS ss FROM ${join("EmployeeItemRollup")} WHERE ${where} GROUP BY 1, 2)
    SELECT i."itemId"::text AS "itemId", sum(i.n)::int AS n, sum(i.s)::int AS sum, sum(i.ss)::int AS "sumSquares", bool_and(i.n = a.n) AS complete
    FROM items i JOIN answers a USING (period) GROUP BY 1`;
  });
}

export async function irritantCounts(
  organisationId: string,
  path: string,
  filters: SymmetryFilters,
  side: "CUSTOMER" | "EMPLOYEE",
  excluded: readonly string[] = [],
): Promise<IrritantRow[]> {
  return withOrganisation(organisationId, async () => {
    const table = side === "CUSTOMER" ? "CustomerIrritantRollup" : "EmployeeIrritantRollup";
    return db().$queryRaw<IrritantRow[]>`
    SELECT r."irritantId"::text AS "irritantId", sum(r.count)::int AS count
    FROM ${join(table)} WHERE ${scope(organisationId, path, filters, side === "CUSTOMER", excluded)} GROUP BY 1`;
  });
}

/** Customer NPS counts of the subtree by channel, or by moment of truth id. */
export async function customerBreakdown(
  organisationId: string,
  path: string,
  filters: SymmetryFilters,
  by: "channel" | "momentOfTruthId",
): Promise<BreakdownRow[]> {
  return withOrganisation(organisationId, async () => {
    const column = Prisma.raw(`r."${by}"`);
    return db().$queryRaw<BreakdownRow[]>`
    SELECT ${column}::text AS key, sum(r.promoters)::int AS promoters, sum(r.passives)::int AS passives, sum(r.detractors)::int AS detractors
    FROM ${join("CustomerRollup")} WHERE ${scope(organisationId, path, filters, true)} GROUP BY 1 ORDER BY 1`;
  });
}
