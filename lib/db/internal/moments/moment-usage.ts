// Which moments of truth history uses: a customer moment by a contact or an answer, an employee
// moment by an event or an answer of its event type. A used moment is retired, never deleted.
// One pass over each table of the organisation (its indexes lead with organisationId).
import type { Prisma } from "../../generated/client";

export async function momentsInUse(tx: Prisma.TransactionClient, organisationId: string): Promise<Set<string>> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT "momentOfTruthId" AS id FROM "Contact" WHERE "organisationId" = ${organisationId}::uuid
    UNION SELECT DISTINCT "momentOfTruthId" FROM "CustomerResponse" WHERE "organisationId" = ${organisationId}::uuid
    UNION SELECT m.id FROM "MomentOfTruth" m
    WHERE m."organisationId" = ${organisationId}::uuid AND m."eventType" IS NOT NULL
      AND (EXISTS (SELECT 1 FROM "EmployeeEvent" e WHERE e."organisationId" = m."organisationId" AND e.type = m."eventType")
        OR EXISTS (SELECT 1 FROM "EmployeeResponse" r WHERE r."organisationId" = m."organisationId" AND r."eventType" = m."eventType"))`;
  return new Set(rows.map((row) => row.id));
}
