// The audit log viewer's SQL, shared by the page and the CSV export so both mean the same thing by
// a filter. Callers check the policy and the filters first; the statement is scoped to the
// organisation given here. Newest first on (createdAt, id), the index (organisationId, createdAt).
import type { AuditCursor, AuditFilters } from "@/lib/organisations/audit-log";
import { pool } from "@/lib/db/client";
import { ROLLUP_TIME_ZONE } from "@/lib/db/rollup/period-sql";
import { withOrganisation } from "../../tenant-context";

export interface AuditRow {
  /** The bigint id, in decimal. */
  id: string;
  createdAt: Date;
  action: string;
  targetType: string;
  targetId: string | null;
  metadata: unknown;
  /** null when no person acted (an API key, the system) or the person was deleted. */
  actor: { membershipId: string; name: string; email: string } | null;
}

type RawRow = Omit<AuditRow, "actor"> & { actorId: string | null; actorName: string | null; actorEmail: string | null };

export async function queryAuditRows(
  organisationId: string,
  filters: AuditFilters,
  cursor: AuditCursor | null,
  limit: number,
): Promise<AuditRow[]> {
  return withOrganisation(organisationId, async () => {
    const values: unknown[] = [organisationId];
    const add = (value: unknown) => `$${values.push(value)}`;
    const where = [`a."organisationId" = $1::uuid`];
    if (filters.personId) where.push(`a."actorId" = ${add(filters.personId)}::uuid`);
    if (filters.action) where.push(`a.action = ${add(filters.action)}`);
    // Days are Paris calendar days, both ends included (docs/product.md: one zone for the product's users).
    const startOf = (day: string) => `(${day}::date::timestamp AT TIME ZONE '${ROLLUP_TIME_ZONE}')`;
    if (filters.from) where.push(`a."createdAt" >= ${startOf(add(filters.from))}`);
    if (filters.to) where.push(`a."createdAt" < ${startOf(`(${add(filters.to)}::date + 1)`)}`);
    const newer = cursor?.direction === "before";
    if (cursor) {
      where.push(`(a."createdAt", a.id) ${newer ? ">" : "<"} (${add(cursor.createdAt)}::timestamptz, ${add(cursor.id)}::bigint)`);
    }
    const order = newer ? "ASC" : "DESC";
    const { rows } = await pool().query<RawRow>(
      `SELECT a.id::text AS id, a."createdAt", a.action, a."targetType", a."targetId", a.metadata,
            a."actorId", u.name AS "actorName", u.email AS "actorEmail"
       FROM "AuditLog" a
       LEFT JOIN "Membership" m ON m.id = a."actorId"
       LEFT JOIN "User" u ON u.id = m."userId"
      WHERE ${where.join(" AND ")}
      ORDER BY a."createdAt" ${order}, a.id ${order}
      LIMIT ${add(limit)}`,
      values,
    );
    return rows.map(({ actorId, actorName, actorEmail, ...row }) => ({
      ...row,
      actor: actorId ? { membershipId: actorId, name: actorName ?? "", email: actorEmail ?? "" } : null,
    }));
  });
}
