// The anonymous answer rows shared by pulses and employee moments of truth: checks the
// answered items and irritants belong to the organisation's active employee catalogue, then
// writes EmployeeResponse (+ items, irritants). Callers own the transaction and participation.
import type { AnswerField, EmployeeAnswerInput } from "@/lib/pulses/answer-schema";
import type { EmployeeEventType, Prisma } from "../generated/client";

export type CatalogueToggles = { includeItems: boolean; includeIrritants: boolean };

export async function invalidCatalogueFields(
  tx: Prisma.TransactionClient,
  organisationId: string,
  input: EmployeeAnswerInput,
  toggles: CatalogueToggles,
): Promise<AnswerField[]> {
  const fields: AnswerField[] = [];
  const itemIds = Object.keys(input.items);
  if (itemIds.length) {
    const found = toggles.includeItems ? await tx.mirroredItem.count({ where: { organisationId, active: true, id: { in: itemIds } } }) : 0;
    if (found !== itemIds.length) fields.push("items");
  }
  if (input.irritantIds.length) {
    const found = toggles.includeIrritants
      ? await tx.irritant.count({ where: { organisationId, side: "EMPLOYEE", active: true, id: { in: input.irritantIds } } })
      : 0;
    if (found !== input.irritantIds.length) fields.push("irritants");
  }
  if (input.irritantOther && !toggles.includeIrritants) fields.push("irritantOther");
  return fields;
}

export interface ResponseKey {
  organisationId: string;
  pulseId: string | null;
  eventType: EmployeeEventType | null;
  teamId: string;
  period: Date;
}

/**
 * A live answer as a ballot: it waits, unread, until its month has ended and is released
 * (lib/db/rollup/release-employee-months.ts moves it to EmployeeResponse then).
 */
export async function insertEmployeeBallot(tx: Prisma.TransactionClient, key: ResponseKey, input: EmployeeAnswerInput): Promise<void> {
  await tx.employeeBallot.create({
    data: {
      ...key,
      score: input.score,
      comment: input.comment,
      suggestion: input.suggestion,
      irritantOther: input.irritantOther,
      items: input.items,
      irritantIds: input.irritantIds,
    },
    select: { id: true },
  });
}

export async function insertEmployeeResponse(tx: Prisma.TransactionClient, key: ResponseKey, input: EmployeeAnswerInput): Promise<void> {
  const { organisationId } = key;
  // The id is the schema's default, a random UUID v4: nothing in the row orders answers in time.
  await tx.employeeResponse.create({
    data: {
      ...key,
      score: input.score,
      comment: input.comment,
      suggestion: input.suggestion,
      irritantOther: input.irritantOther,
      items: { create: Object.entries(input.items).map(([itemId, value]) => ({ organisationId, itemId, value })) },
      irritants: { create: input.irritantIds.map((irritantId) => ({ organisationId, irritantId })) },
    },
    select: { id: true },
  });
}
