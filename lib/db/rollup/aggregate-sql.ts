// The SELECT … GROUP BY behind every rollup table, for one month (refresh), some teams of one
// month (incremental refresh) or all months (consistency check): one definition, so they can
// only differ by the data they see.
import { Prisma } from "../generated/client";
import { monthBounds, monthOf } from "./period-sql";
import { withOrganisation } from "../tenant-context";

export interface RollupTable {
  /** Table name, also the label of a mismatch. */
  table: string;
  /** Key columns, then value columns, in the order the SELECT yields them. */
  keys: readonly string[];
  values: readonly string[];
  select: Prisma.Sql;
}

const nps = Prisma.sql`count(*) FILTER (WHERE r.score >= 9)::int AS promoters, count(*) FILTER (WHERE r.score BETWEEN 7 AND 8)::int AS passives,
  count(*) FILTER (WHERE r.score <= 6)::int AS detractors`;
/** Comments on a theme, and how many came with a promoter or a detractor score. */
const themeCounts = Prisma.sql`count(*)::int, count(*) FILTER (WHERE r.score >= 9)::int, count(*) FILTER (WHERE r.score <= 6)::int`;
const sums = Prisma.sql`count(*)::int, sum(a.value)::int, sum(a.value * a.value)::int`;

/** Restricts the answers to some teams (null: all); the answer tables index (organisation, team, time). */
const teamFilter = (teams: string[] | null) => (teams ? Prisma.sql` AND r."teamId" = ANY(${teams}::uuid[])` : Prisma.empty);

/** Customer side: month from submittedAt (Paris); one month restricts on the indexed timestamp. */
function customerScope(organisationId: string, period: Date | null, teams: string[] | null): { month: Prisma.Sql; where: Prisma.Sql } {
  const org = Prisma.sql`r."organisationId" = ${organisationId}::uuid${teamFilter(teams)}`;
  if (!period) return { month: monthOf(Prisma.sql`r."submittedAt"`), where: org };
  const { start, end } = monthBounds(period);
  return { month: Prisma.sql`${period}::date`, where: Prisma.sql`${org} AND r."submittedAt" >= ${start} AND r."submittedAt" < ${end}` };
}

/** Employee side: the stored month (normalised to its first day, whatever was written). */
function employeeScope(organisationId: string, period: Date | null, teams: string[] | null): { month: Prisma.Sql; where: Prisma.Sql } {
  const org = Prisma.sql`r."organisationId" = ${organisationId}::uuid${teamFilter(teams)}`;
  const month = Prisma.sql`date_trunc('month', r.period)::date`;
  if (!period) return { month, where: org };
  return { month, where: Prisma.sql`${org} AND r.period >= ${period}::date AND r.period < (${period}::date + interval '1 month')` };
}

/** Every rollup table's aggregate; `teams` (with a period) limits it to those teams' cells. */
export function rollupTables(organisationId: string, period: Date | null, teams: string[] | null = null): RollupTable[] {
  return withOrganisation(organisationId, () => {
    const c = customerScope(organisationId, period, teams);
    const e = employeeScope(organisationId, period, teams);
    const orgCol = Prisma.sql`${organisationId}::uuid`;
    const customerKeys = ["organisationId", "period", "teamId", "channel", "momentOfTruthId"] as const;
    return [
      {
        table: "CustomerRollup",
        keys: customerKeys,
        values: ["promoters", "passives", "detractors"],
        select: Prisma.sql`SELECT ${orgCol}, ${c.month}, r."teamId", r.channel, r."momentOfTruthId", ${nps}
        FROM "CustomerResponse" r WHERE ${c.where} GROUP BY 2, 3, 4, 5`,
      },
      {
        table: "CustomerTeamRollup",
        keys: ["organisationId", "period", "teamId"],
        values: ["promoters", "passives", "detractors"],
        select: Prisma.sql`SELECT ${orgCol}, ${c.month}, r."teamId", ${nps} FROM "CustomerResponse" r WHERE ${c.where} GROUP BY 2, 3`,
      },
      {
        table: "EmployeeRollup",
        keys: ["organisationId", "period", "teamId"],
        values: ["promoters", "passives", "detractors", "eventAnswers", "people", "imported"],
        // people: the cell's distinct live respondents; imported: its imported rows (judged apart, one person each).
        select: Prisma.sql`SELECT ${orgCol}, a.month, a."teamId", a.promoters, a.passives, a.detractors, a.events,
          (SELECT count(*) FROM "EmployeeRespondent" p
                        WHERE p."organisationId" = ${organisationId}::uuid AND p.period = a.month AND p."teamId" = a."teamId")::int, a.imported
        FROM (SELECT ${e.month} AS month, r."teamId", ${nps}, count(*) FILTER (WHERE r."eventType" IS NOT NULL)::int AS events,
                count(*) FILTER (WHERE r."importId" IS NOT NULL)::int AS imported
              FROM "EmployeeResponse" r WHERE ${e.where} GROUP BY 1, 2) a`,
      },
      {
        table: "CustomerItemRollup",
        keys: [...customerKeys, "itemId"],
        values: ["n", "sum", "sumSquares"],
        select: Prisma.sql`SELECT ${orgCol}, ${c.month}, r."teamId", r.channel, r."momentOfTruthId", a."itemId", ${sums}
        FROM "CustomerItemAnswer" a JOIN "CustomerResponse" r ON r.id = a."responseId"
        WHERE ${c.where} AND a."organisationId" = ${organisationId}::uuid GROUP BY 2, 3, 4, 5, 6`,
      },
      {
        table: "EmployeeItemRollup",
        keys: ["organisationId", "period", "teamId", "itemId"],
        values: ["n", "sum", "sumSquares"],
        select: Prisma.sql`SELECT ${orgCol}, ${e.month}, r."teamId", a."itemId", ${sums}
        FROM "EmployeeItemAnswer" a JOIN "EmployeeResponse" r ON r.id = a."responseId"
        WHERE ${e.where} AND a."organisationId" = ${organisationId}::uuid GROUP BY 2, 3, 4`,
      },
      {
        table: "CustomerIrritantRollup",
        keys: [...customerKeys, "irritantId"],
        values: ["count"],
        select: Prisma.sql`SELECT ${orgCol}, ${c.month}, r."teamId", r.channel, r."momentOfTruthId", i."irritantId", count(*)::int
        FROM "CustomerResponseIrritant" i JOIN "CustomerResponse" r ON r.id = i."responseId"
        WHERE ${c.where} AND i."organisationId" = ${organisationId}::uuid GROUP BY 2, 3, 4, 5, 6`,
      },
      {
        table: "EmployeeIrritantRollup",
        keys: ["organisationId", "period", "teamId", "irritantId"],
        values: ["count"],
        select: Prisma.sql`SELECT ${orgCol}, ${e.month}, r."teamId", i."irritantId", count(*)::int
        FROM "EmployeeResponseIrritant" i JOIN "EmployeeResponse" r ON r.id = i."responseId"
        WHERE ${e.where} AND i."organisationId" = ${organisationId}::uuid GROUP BY 2, 3, 4`,
      },
      {
        table: "CustomerThemeRollup",
        keys: ["organisationId", "period", "teamId", "themeId"],
        values: ["n", "promoters", "detractors"],
        select: Prisma.sql`SELECT ${orgCol}, ${c.month}, r."teamId", l."themeId", ${themeCounts}
        FROM "CustomerResponseTheme" l JOIN "CustomerResponse" r ON r.id = l."responseId"
        WHERE ${c.where} AND l."organisationId" = ${organisationId}::uuid GROUP BY 2, 3, 4`,
      },
      {
        table: "EmployeeThemeRollup",
        keys: ["organisationId", "period", "teamId", "themeId"],
        values: ["n", "promoters", "detractors"],
        select: Prisma.sql`SELECT ${orgCol}, ${e.month}, r."teamId", l."themeId", ${themeCounts}
        FROM "EmployeeResponseTheme" l JOIN "EmployeeResponse" r ON r.id = l."responseId"
        WHERE ${e.where} AND l."organisationId" = ${organisationId}::uuid GROUP BY 2, 3, 4`,
      },
    ];
  });
}

/** `"a", "b", …` for a column list. */
export function columnList(columns: readonly string[]): Prisma.Sql {
  return Prisma.raw(columns.map((column) => `"${column}"`).join(", "));
}
