// The mirrored item pairs' writes (issue 13 §1): add a pair (both sides, FR and EN), edit one
// side's wording (CX the customer side, HR the employee side, ADMIN both), move a pair up or
// down, retire or restore it (history keeps its wording, new surveys stop asking it), delete it
// while nothing answered it (else 409: retire it). Adding, ordering, retiring and deleting change
// both sides' surveys: ADMIN. Every change is audited in its transaction; bad input writes nothing.
import type { Actor } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { KEY_TAKEN, pairFieldErrors, ZCreateItemPair, ZItemSideText, ZPairSide } from "@/lib/catalogue/pair-schema";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { db } from "../client";
import type { Prisma } from "../generated/client";
import {
  answeredConflict,
  auditPair,
  itemsInUse,
  lockPairs,
  changedFields,
  movePairWrite,
  requireBothSides,
  requireRead,
  sideAction,
  uuidOrNull,
  type PairWriteResult,
} from "../internal/catalogue/pair-writes";
import { withOrganisation } from "../tenant-context";

export type { PairWriteResult };

type Tx = Prisma.TransactionClient;

async function findItem(tx: Tx, actor: Actor, id: string) {
  const itemId = uuidOrNull(id);
  const item = itemId ? await tx.mirroredItem.findFirst({ where: { id: itemId, organisationId: actor.organisationId } }) : null;
  if (!item) throw new NotFoundError("item pair");
  return item;
}

const audit = (tx: Tx, actor: Actor, action: string, id: string, metadata: Prisma.InputJsonObject) =>
  auditPair(tx, actor, action, "MirroredItem", id, metadata);

export async function createItemPair(actor: Actor, input: unknown): Promise<PairWriteResult> {
  return withOrganisation(actor.organisationId, async () => {
    requireRead(actor);
    requireBothSides(actor);
    const parsed = ZCreateItemPair.safeParse(input);
    if (!parsed.success) return { ok: false, fieldErrors: pairFieldErrors(parsed.error) };
    return db().$transaction(async (tx): Promise<PairWriteResult> => {
      await lockPairs(tx, actor.organisationId);
      const organisationId = actor.organisationId;
      if (await tx.mirroredItem.count({ where: { organisationId, dimension: parsed.data.dimension } }))
        return { ok: false, fieldErrors: { dimension: KEY_TAKEN } };
      const last = await tx.mirroredItem.aggregate({ where: { organisationId }, _max: { position: true } });
      const created = await tx.mirroredItem.create({
        data: { organisationId, ...parsed.data, position: (last._max.position ?? -1) + 1 },
        select: { id: true },
      });
      await audit(tx, actor, "itemPair.create", created.id, { ...parsed.data });
      return { ok: true, id: created.id };
    });
  });
}

/** One side's FR/EN wording; the actor must edit that side. */
export async function updateItemSide(actor: Actor, itemId: string, side: unknown, input: unknown): Promise<PairWriteResult> {
  return withOrganisation(actor.organisationId, async () => {
    requireRead(actor);
    const parsedSide = ZPairSide.safeParse(side);
    const parsed = ZItemSideText.safeParse(input);
    return db().$transaction(async (tx): Promise<PairWriteResult> => {
      const item = await findItem(tx, actor, itemId);
      if (!parsedSide.success) return { ok: false, fieldErrors: { side: parsedSide.error.issues[0]!.message } };
      if (!can(actor, sideAction(parsedSide.data))) throw new ForbiddenError();
      if (!parsed.success) return { ok: false, fieldErrors: pairFieldErrors(parsed.error) };
      const prefix = parsedSide.data === "CUSTOMER" ? "customer" : "employee";
      const data = { [`${prefix}TextFr`]: parsed.data.textFr, [`${prefix}TextEn`]: parsed.data.textEn } as Record<
        "customerTextFr" | "customerTextEn" | "employeeTextFr" | "employeeTextEn",
        string
      >;
      const changes = changedFields(item, data);
      if (Object.keys(changes).length === 0) return { ok: true, id: item.id };
      await tx.mirroredItem.update({ where: { id: item.id }, data });
      await audit(tx, actor, "itemPair.update", item.id, { dimension: item.dimension, side: parsedSide.data, changes });
      return { ok: true, id: item.id };
    });
  });
}

export async function moveItemPair(actor: Actor, itemId: string, input: unknown): Promise<PairWriteResult> {
  return withOrganisation(actor.organisationId, async () => {
    return movePairWrite(actor, input, {
      find: async (tx) => {
        const item = await findItem(tx, actor, itemId);
        return { id: item.id, metadata: { dimension: item.dimension } };
      },
      ids: async (tx) =>
        (
          await tx.mirroredItem.findMany({
            where: { organisationId: actor.organisationId },
            select: { id: true },
            orderBy: [{ position: "asc" }, { dimension: "asc" }],
          })
        ).map((row) => row.id),
      apply: (tx, order) => tx.$executeRaw`
      UPDATE "MirroredItem" m SET position = o.ord - 1
      FROM unnest(${order}::uuid[]) WITH ORDINALITY AS o(id, ord)
      WHERE m.id = o.id AND m."organisationId" = ${actor.organisationId}::uuid`,
      audit: (tx, id, metadata) => audit(tx, actor, "itemPair.move", id, metadata),
    });
  });
}

/** Retires a pair (past periods keep showing it, new surveys stop asking it) or restores it. */
export async function setItemPairActive(actor: Actor, itemId: string, active: boolean): Promise<PairWriteResult> {
  return withOrganisation(actor.organisationId, async () => {
    requireRead(actor);
    return db().$transaction(async (tx): Promise<PairWriteResult> => {
      const item = await findItem(tx, actor, itemId);
      requireBothSides(actor);
      if (item.active === active) return { ok: true, id: item.id };
      await tx.mirroredItem.update({ where: { id: item.id }, data: { active } });
      await audit(tx, actor, active ? "itemPair.restore" : "itemPair.retire", item.id, { dimension: item.dimension });
      return { ok: true, id: item.id };
    });
  });
}

/** Deletes a pair nothing answered yet; an answered pair is refused with a 409 (retire it instead). */
export async function deleteItemPair(actor: Actor, itemId: string): Promise<PairWriteResult> {
  return withOrganisation(actor.organisationId, async () => {
    requireRead(actor);
    return db().$transaction(async (tx): Promise<PairWriteResult> => {
      await lockPairs(tx, actor.organisationId);
      const item = await findItem(tx, actor, itemId);
      requireBothSides(actor);
      if ((await itemsInUse(tx, actor.organisationId)).has(item.id)) answeredConflict();
      await tx.mirroredItem.delete({ where: { id: item.id } });
      const { dimension, customerTextFr, customerTextEn, employeeTextFr, employeeTextEn } = item;
      await audit(tx, actor, "itemPair.delete", item.id, { dimension, customerTextFr, customerTextEn, employeeTextFr, employeeTextEn });
      return { ok: true, id: item.id };
    });
  });
}
