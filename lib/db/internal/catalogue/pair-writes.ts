// Shared by the item-pair and irritant-pair editors: one organisation's catalogue edits run one
// at a time (positions, keys), each change leaves an audit row in its transaction, a move swaps
// an entry with its neighbour and renumbers positions 0, 1, 2…, and what history uses (answers,
// ballots not yet released, monthly tallies, action plans) can be retired but never deleted.
import type { Actor } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ANSWERED, pairFieldErrors, ZMovePair, type PairFieldErrors, type PairSide } from "@/lib/catalogue/pair-schema";
import { ExpectedError, ForbiddenError } from "@/lib/errors";
import { isUuid } from "@/lib/patterns";
import { db } from "../../client";
import type { Prisma } from "../../generated/client";
import { withOrganisation } from "../../tenant-context";

type Tx = Prisma.TransactionClient;

export const sideAction = (side: PairSide) => (side === "CUSTOMER" ? "catalogue:customer" : "catalogue:employee");

export function requireRead(actor: Actor) {
  return withOrganisation(actor.organisationId, () => {
    if (!can(actor, "catalogue:read")) throw new ForbiddenError();
  });
}

/** Adding, ordering, retiring or deleting a pair changes both sides' surveys: both edit rights (ADMIN). */
export function requireBothSides(actor: Actor) {
  return withOrganisation(actor.organisationId, () => {
    if (!can(actor, "catalogue:customer") || !can(actor, "catalogue:employee")) throw new ForbiddenError();
  });
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
  return withOrganisation(actor.organisationId, async () => {
    await tx.auditLog.create({
      data: { organisationId: actor.organisationId, actorId: actor.membershipId, action, targetType, targetId, metadata },
    });
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

export type PairWriteResult = { ok: true; id: string } | { ok: false; fieldErrors: PairFieldErrors };

/** The fields whose value changes, as { field: { from, to } } for the audit row. */
export function changedFields<K extends string>(
  before: Record<NoInfer<K>, unknown>,
  after: Record<K, string>,
): Record<string, { from: string; to: string }> {
  return Object.fromEntries(
    (Object.keys(after) as K[])
      .filter((field) => before[field] !== after[field])
      .map((field) => [field, { from: String(before[field]), to: after[field] }]),
  );
}

/**
 * Moves a pair one step up or down (ADMIN): under the catalogue lock, `find` loads the pair (404 for a
 * foreign id), `ids` lists the side's order, `apply` writes the renumbered positions, and the move is
 * audited with `metadata` and the positions from and to. An end of the list leaves it as it is.
 */
export async function movePairWrite(
  actor: Actor,
  input: unknown,
  steps: {
    find: (tx: Tx) => Promise<{ id: string; metadata: Prisma.InputJsonObject }>;
    ids: (tx: Tx, id: string) => Promise<string[]>;
    apply: (tx: Tx, order: string[]) => Promise<unknown>;
    audit: (tx: Tx, id: string, metadata: Prisma.InputJsonObject) => Promise<unknown>;
  },
): Promise<PairWriteResult> {
  return withOrganisation(actor.organisationId, async () => {
    requireRead(actor);
    const parsed = ZMovePair.safeParse(input);
    return db().$transaction(async (tx): Promise<PairWriteResult> => {
      await lockPairs(tx, actor.organisationId);
      const lead = await steps.find(tx);
      requireBothSides(actor);
      if (!parsed.success) return { ok: false, fieldErrors: pairFieldErrors(parsed.error) };
      const moved = movedOrder(await steps.ids(tx, lead.id), lead.id, parsed.data.direction);
      if (!moved) return { ok: true, id: lead.id };
      await steps.apply(tx, moved.order);
      await steps.audit(tx, lead.id, { ...lead.metadata, from: moved.from, to: moved.to });
      return { ok: true, id: lead.id };
    });
  });
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
