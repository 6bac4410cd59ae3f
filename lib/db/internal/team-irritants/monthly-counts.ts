// Monthly counts of one team's subtree from the rollups (never the answers): how many answered
// per side, and how many of them cited each irritant. Keys are "YYYY-MM"; answers sit under "".
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { monthStart } from "@/lib/symmetry/symmetry-filters";
import { withOrganisation } from "../../tenant-context";

type Span = { from: string; to: string };
type Row = { key: string; month: string; count: number };

const scope = (organisationId: string, path: string, span: Span) => Prisma.sql`
  r."organisationId" = ${organisationId}::uuid AND t.path LIKE ${`${path}%`}
  AND r.period >= ${monthStart(span.from)}::date AND r.period <= ${monthStart(span.to)}::date`;

const join = (table: string) =>
  Prisma.sql`${Prisma.raw(`"${table}"`)} r JOIN "Team" t ON t.id = r."teamId" AND t."organisationId" = r."organisationId"`;

function group(rows: Row[]): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const row of rows) {
    const byMonth = out.get(row.key) ?? new Map<string, number>();
    byMonth.set(row.month, row.count);
    out.set(row.key, byMonth);
  }
  return out;
}

/** Answers per month (under the key ""): customer from CustomerTeamRollup, employee from EmployeeRollup. */
export async function monthlyAnswers(organisationId: string, path: string, side: "CUSTOMER" | "EMPLOYEE", span: Span) {
  return withOrganisation(organisationId, async () => {
    const table = side === "CUSTOMER" ? "CustomerTeamRollup" : "EmployeeRollup";
    return group(
      await db().$queryRaw<Row[]>`
      SELECT '' AS key, to_char(r.period, 'YYYY-MM') AS month, sum(r.promoters + r.passives + r.detractors)::int AS count
      FROM ${join(table)} WHERE ${scope(organisationId, path, span)} GROUP BY 2`,
    );
  });
}

/** Citations per irritant and month. */
export async function monthlyCitations(organisationId: string, path: string, side: "CUSTOMER" | "EMPLOYEE", span: Span) {
  return withOrganisation(organisationId, async () => {
    const table = side === "CUSTOMER" ? "CustomerIrritantRollup" : "EmployeeIrritantRollup";
    return group(
      await db().$queryRaw<Row[]>`
      SELECT r."irritantId"::text AS key, to_char(r.period, 'YYYY-MM') AS month, sum(r.count)::int AS count
      FROM ${join(table)} WHERE ${scope(organisationId, path, span)} GROUP BY 1, 2`,
    );
  });
}
