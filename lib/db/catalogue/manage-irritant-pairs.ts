// The irritant pairs' writes (issue 13 §1): a customer irritant and the employee irritant that
// mirrors it (waiting time ↔ slow tools), added together, each side's labels edited by its owner
// (CX the customer side, HR the employee side, ADMIN both), moved, retired or restored together,
// deleted together while nothing answered either (else 409: retire). A pair is named by either
// of its irritants' ids. Every change is audited in its transaction; bad input writes nothing.
import type { Actor } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { KEY_TAKEN, pairFieldErrors, ZCreateIrritantPair, ZIrritantLabels } from "@/lib/catalogue/pair-schema";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { db } from "../client";
import type { Prisma } from "../generated/client";
import {
  answeredConflict,
  auditPair,
  irritantsInUse,
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

type Tx = Prisma.TransactionClient;

async function findIrritant(tx: Tx, actor: Actor, id: string) {
  const irritantId = uuidOrNull(id);
  const irritant = irritantId ? await tx.irritant.findFirst({ where: { id: irritantId, organisationId: actor.organisationId } }) : null;
  if (!irritant) throw new NotFoundError("irritant");
  return irritant;
}

/** The irritant and its mirror (when it has one), customer side first. */
async function findPair(tx: Tx, actor: Actor, id: string) {
  const irritant = await findIrritant(tx, actor, id);
  const mirror = irritant.mirrorId
    ? await tx.irritant.findFirst({ where: { id: irritant.mirrorId, organisationId: actor.organisationId } })
    : null;
  const both = mirror ? [irritant, mirror] : [irritant];
  return both.sort((a, b) => (a.side === b.side ? 0 : a.side === "CUSTOMER" ? -1 : 1));
}

const audit = (tx: Tx, actor: Actor, action: string, id: string, metadata: Prisma.InputJsonObject) =>
  auditPair(tx, actor, action, "Irritant", id, metadata);
const keysOf = (pair: { side: string; key: string }[]) => Object.fromEntries(pair.map((i) => [i.side.toLowerCase(), i.key]));

export async function createIrritantPair(actor: Actor, input: unknown): Promise<PairWriteResult> {
  return withOrganisation(actor.organisationId, async () => {
    requireRead(actor);
    requireBothSides(actor);
    const parsed = ZCreateIrritantPair.safeParse(input);
    if (!parsed.success) return { ok: false, fieldErrors: pairFieldErrors(parsed.error) };
    const data = parsed.data;
    const organisationId = actor.organisationId;
    return db().$transaction(async (tx): Promise<PairWriteResult> => {
      await lockPairs(tx, organisationId);
      if (await tx.irritant.count({ where: { organisationId, side: "CUSTOMER", key: data.customerKey } }))
        return { ok: false, fieldErrors: { customerKey: KEY_TAKEN } };
      if (await tx.irritant.count({ where: { organisationId, side: "EMPLOYEE", key: data.employeeKey } }))
        return { ok: false, fieldErrors: { employeeKey: KEY_TAKEN } };
      const last = await tx.irritant.aggregate({ where: { organisationId }, _max: { position: true } });
      const position = (last._max.position ?? -1) + 1;
      const customerId = crypto.randomUUID();
      // The mirror's foreign key is not deferrable: the employee side first, then the customer side
      // pointing at it, then the employee side pointing back.
      const employee = await tx.irritant.create({
        data: {
          organisationId,
          side: "EMPLOYEE",
          key: data.employeeKey,
          labelFr: data.employeeLabelFr,
          labelEn: data.employeeLabelEn,
          position,
        },
        select: { id: true },
      });
      await tx.irritant.create({
        data: {
          id: customerId,
          organisationId,
          side: "CUSTOMER",
          key: data.customerKey,
          labelFr: data.customerLabelFr,
          labelEn: data.customerLabelEn,
          position,
          mirrorId: employee.id,
        },
      });
      await tx.irritant.update({ where: { id: employee.id }, data: { mirrorId: customerId } });
      await audit(tx, actor, "irritantPair.create", customerId, { ...data, employeeId: employee.id });
      return { ok: true, id: customerId };
    });
  });
}

/** One irritant's FR/EN labels; the actor must edit its side. */
export async function updateIrritantLabels(actor: Actor, irritantId: string, input: unknown): Promise<PairWriteResult> {
  return withOrganisation(actor.organisationId, async () => {
    requireRead(actor);
    const parsed = ZIrritantLabels.safeParse(input);
    return db().$transaction(async (tx): Promise<PairWriteResult> => {
      const irritant = await findIrritant(tx, actor, irritantId);
      if (!can(actor, sideAction(irritant.side))) throw new ForbiddenError();
      if (!parsed.success) return { ok: false, fieldErrors: pairFieldErrors(parsed.error) };
      const changes = changedFields(irritant, parsed.data);
      if (Object.keys(changes).length === 0) return { ok: true, id: irritant.id };
      await tx.irritant.update({ where: { id: irritant.id }, data: parsed.data });
      await audit(tx, actor, "irritantPair.update", irritant.id, { side: irritant.side, key: irritant.key, changes });
      return { ok: true, id: irritant.id };
    });
  });
}

/** Moves the pair one step in the customer side's order; its mirror takes the same position. */
export async function moveIrritantPair(actor: Actor, irritantId: string, input: unknown): Promise<PairWriteResult> {
  return withOrganisation(actor.organisationId, async () => {
    let side: "CUSTOMER" | "EMPLOYEE" = "CUSTOMER";
    return movePairWrite(actor, input, {
      find: async (tx) => {
        const pair = await findPair(tx, actor, irritantId);
        side = pair[0]!.side;
        return { id: pair[0]!.id, metadata: keysOf(pair) };
      },
      ids: async (tx) =>
        (
          await tx.irritant.findMany({
            where: { organisationId: actor.organisationId, side },
            select: { id: true },
            orderBy: [{ position: "asc" }, { key: "asc" }],
          })
        ).map((row) => row.id),
      apply: (tx, order) => tx.$executeRaw`
      UPDATE "Irritant" i SET position = o.ord - 1
      FROM unnest(${order}::uuid[]) WITH ORDINALITY AS o(id, ord)
      WHERE (i.id = o.id OR i."mirrorId" = o.id) AND i."organisationId" = ${actor.organisationId}::uuid`,
      audit: (tx, id, metadata) => audit(tx, actor, "irritantPair.move", id, metadata),
    });
  });
}

/** Retires both sides of the pair (past periods keep them, new surveys stop asking) or restores them. */
export async function setIrritantPairActive(actor: Actor, irritantId: string, active: boolean): Promise<PairWriteResult> {
  return withOrganisation(actor.organisationId, async () => {
    requireRead(actor);
    return db().$transaction(async (tx): Promise<PairWriteResult> => {
      const pair = await findPair(tx, actor, irritantId);
      requireBothSides(actor);
      const lead = pair[0]!;
      if (pair.every((irritant) => irritant.active === active)) return { ok: true, id: lead.id };
      await tx.irritant.updateMany({
        where: { id: { in: pair.map((i) => i.id) }, organisationId: actor.organisationId },
        data: { active },
      });
      await audit(tx, actor, active ? "irritantPair.restore" : "irritantPair.retire", lead.id, keysOf(pair));
      return { ok: true, id: lead.id };
    });
  });
}

/** Deletes both sides while nothing answered either; otherwise a 409 (retire the pair instead). */
export async function deleteIrritantPair(actor: Actor, irritantId: string): Promise<PairWriteResult> {
  return withOrganisation(actor.organisationId, async () => {
    requireRead(actor);
    return db().$transaction(async (tx): Promise<PairWriteResult> => {
      await lockPairs(tx, actor.organisationId);
      const pair = await findPair(tx, actor, irritantId);
      requireBothSides(actor);
      const used = await irritantsInUse(tx, actor.organisationId);
      if (pair.some((irritant) => used.has(irritant.id))) answeredConflict();
      const ids = pair.map((i) => i.id);
      await tx.irritant.updateMany({ where: { id: { in: ids } }, data: { mirrorId: null } });
      await tx.irritant.deleteMany({ where: { id: { in: ids }, organisationId: actor.organisationId } });
      await audit(tx, actor, "irritantPair.delete", pair[0]!.id, {
        irritants: pair.map(({ side, key, labelFr, labelEn }) => ({ side, key, labelFr, labelEn })),
      });
      return { ok: true, id: pair[0]!.id };
    });
  });
}
