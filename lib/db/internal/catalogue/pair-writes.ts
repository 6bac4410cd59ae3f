// Shared by the item-pair and irritant-pair editors: one organisation's catalogue edits run one
// at a time (positions, keys), each change leaves an audit row in its transaction, a move swaps
// an entry with its neighbour and renumbers positions 0, 1, 2…, and what history uses (answers,
// ballots not yet released, monthly tallies, action plans) can be retired but never deleted.
import type { Actor } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ANSWERED, type PairSide } from "@/lib/catalogue/pair-schema";
import { ExpectedError, ForbiddenError } from "@/lib/errors";
import { isUuid } from "@/lib/patterns";
import type { Prisma } from "../../generated/client";

type Tx = Prisma.TransactionClient;

export const sideAction = (side: PairSide) => (side === "CUSTOMER" ? "catalogue:customer" : "catalogue:employee");

export function requireRead(actor: Actor) {
  if (!can(actor, "catalogue:read")) throw new ForbiddenError();
}

/** Adding, ordering, retiring or deleting a pair changes both sides' surveys: both edit rights (ADMIN). */
export function requireBothSides(actor: Actor) {
  if (!can(actor, "catalogue:customer") || !can(actor, "catalogue:employee")) throw new ForbiddenError();
}

export async function lockPairs(tx: Tx, organisationId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('catalogue-pairs:' || ${organisationId}))`;
}

export const uuidOrNull = (id: unknown): string | null => (isUuid(id) ? id.toLowerCase() : null);

export async function auditPair(
  tx: Tx,
  actor: Actor,
  action: string,
  targetType: string,
  targetId: string,
  metadata: Prisma.InputJsonObject,
) {
  await tx.auditLog.create({
    data: { organisationId: actor.organisationId, actorId: actor.membershipId, action, targetType, targetId, metadata },
  });
}

/** The order after moving `id` one step up or down in `ids` (unchanged at either end), or null. */
export function movedOrder(ids: string[], id: string, direction: "up" | "down"): { order: string[]; from: number; to: number } | null {
  const from = ids.indexOf(id);
  const to = direction === "up" ? from - 1 : from + 1;
  if (from < 0 || to < 0 || to >= ids.length) return null;
  const order = [...ids];
  [order[from], order[to]] = [order[to]!, order[from]!];
  return { order, from, to };
}

/** The item ids history uses, among the organisation's. */
export async function itemsInUse(tx: Tx, organisationId: string): Promise<Set<string>> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT "itemId" AS id FROM "CustomerItemAnswer" WHERE "organisationId" = ${organisationId}::uuid
    UNION SELECT DISTINCT "itemId" FROM "EmployeeItemAnswer" WHERE "organisationId" = ${organisationId}::uuid
    UNION SELECT DISTINCT "itemId" FROM "CustomerItemRollup" WHERE "organisationId" = ${organisationId}::uuid
    UNION SELECT DISTINCT "itemId" FROM "EmployeeItemRollup" WHERE "organisationId" = ${organisationId}::uuid
    UNION SELECT DISTINCT "itemId" FROM "ActionItem" WHERE "organisationId" = ${organisationId}::uuid
    UNION SELECT DISTINCT k::uuid FROM "EmployeeBallot" b, jsonb_object_keys(b.items) k
      WHERE b."organisationId" = ${organisationId}::uuid AND k ~ '^[0-9a-fA-F-]{36}$'`;
  return new Set(rows.map((row) => row.id));
}

/** The irritant ids history uses, among the organisation's. */
export async function irritantsInUse(tx: Tx, organisationId: string): Promise<Set<string>> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT "irritantId" AS id FROM "CustomerResponseIrritant" WHERE "organisationId" = ${organisationId}::uuid
    UNION SELECT DISTINCT "irritantId" FROM "EmployeeResponseIrritant" WHERE "organisationId" = ${organisationId}::uuid
    UNION SELECT DISTINCT "irritantId" FROM "CustomerIrritantRollup" WHERE "organisationId" = ${organisationId}::uuid
    UNION SELECT DISTINCT "irritantId" FROM "EmployeeIrritantRollup" WHERE "organisationId" = ${organisationId}::uuid
    UNION SELECT DISTINCT "irritantId" FROM "ActionIrritant" WHERE "organisationId" = ${organisationId}::uuid
    UNION SELECT DISTINCT unnest("irritantIds") FROM "EmployeeBallot" WHERE "organisationId" = ${organisationId}::uuid`;
  return new Set(rows.map((row) => row.id));
}

/** 409: the pair has history, it can only be retired. */
export function answeredConflict(): never {
  throw new ExpectedError("CONFLICT", `This pair ${ANSWERED}.`);
}
