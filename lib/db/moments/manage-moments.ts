// The moments-of-truth editor's writes (issue 13 §1): add a moment (key and FR/EN labels), edit
// its labels, move it up or down, retire or restore it, delete it while nothing uses it, pair a
// customer moment with the employee moment behind it, and on the employee side choose whether it
// triggers a personal pulse and after how many days. CX and ADMIN edit the customer side, HR and
// ADMIN the employee side. Every change is audited in its transaction; bad input writes nothing.
import type { Actor } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { DEFAULT_CONTACT_MOMENT_KEY } from "@/lib/surveys/defaults";
import {
  IN_USE,
  DEFAULT_MOMENT,
  KEY_TAKEN,
  momentFieldErrors,
  ZCreateMoment,
  ZMomentLabels,
  ZMomentPairing,
  ZMomentTrigger,
  ZMoveMoment,
  type MomentFieldErrors,
  type MomentSide,
} from "@/lib/catalogue/moment-schema";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/patterns";
import { db } from "../client";
import { Prisma } from "../generated/client";
import { momentsInUse } from "../internal/moments/moment-usage";
import { withOrganisation } from "../tenant-context";

export type MomentWriteResult = { ok: true; id: string } | { ok: false; fieldErrors: MomentFieldErrors };

type Tx = Prisma.TransactionClient;

const sideAction = (side: MomentSide) => (side === "CUSTOMER" ? "catalogue:customer" : "catalogue:employee");

function requireRead(actor: Actor) {
  if (!can(actor, "catalogue:read")) throw new ForbiddenError();
}

/** One organisation's catalogue edits run one at a time (positions, keys). */
async function lockCatalogue(tx: Tx, organisationId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('moments:' || ${organisationId}))`;
}

/** The moment, in the actor's organisation (else 404), on a side the actor edits (else 403). */
async function editableMoment(tx: Tx, actor: Actor, id: string) {
  const moment = isUuid(id)
    ? await tx.momentOfTruth.findFirst({ where: { id: id.toLowerCase(), organisationId: actor.organisationId } })
    : null;
  if (!moment) throw new NotFoundError("moment of truth");
  if (!can(actor, sideAction(moment.side))) throw new ForbiddenError();
  return moment;
}

async function audit(tx: Tx, actor: Actor, action: string, momentId: string, metadata: Prisma.InputJsonObject) {
  await tx.auditLog.create({
    data: {
      organisationId: actor.organisationId,
      actorId: actor.membershipId,
      action,
      targetType: "MomentOfTruth",
      targetId: momentId,
      metadata,
    },
  });
}

const TAKEN: MomentFieldErrors = { key: KEY_TAKEN };

export async function createMoment(actor: Actor, input: unknown): Promise<MomentWriteResult> {
  return withOrganisation(actor.organisationId, async () => {
    requireRead(actor);
    const parsed = ZCreateMoment.safeParse(input);
    if (!parsed.success) {
      const side = (input as { side?: unknown } | null)?.side;
      if ((side === "CUSTOMER" || side === "EMPLOYEE") && !can(actor, sideAction(side))) throw new ForbiddenError();
      return { ok: false, fieldErrors: momentFieldErrors(parsed.error) };
    }
    const { side, key, labelFr, labelEn } = parsed.data;
    if (!can(actor, sideAction(side))) throw new ForbiddenError();
    return db().$transaction(async (tx): Promise<MomentWriteResult> => {
      await lockCatalogue(tx, actor.organisationId);
      if (await tx.momentOfTruth.count({ where: { organisationId: actor.organisationId, side, key } }))
        return { ok: false, fieldErrors: TAKEN };
      const last = await tx.momentOfTruth.aggregate({ where: { organisationId: actor.organisationId, side }, _max: { position: true } });
      const created = await tx.momentOfTruth.create({
        data: { organisationId: actor.organisationId, side, key, labelFr, labelEn, position: (last._max.position ?? -1) + 1 },
        select: { id: true },
      });
      await audit(tx, actor, "moment.create", created.id, { side, key, labelFr, labelEn });
      return { ok: true, id: created.id };
    });
  });
}

export async function updateMomentLabels(actor: Actor, momentId: string, input: unknown): Promise<MomentWriteResult> {
  return withOrganisation(actor.organisationId, async () => {
    requireRead(actor);
    const parsed = ZMomentLabels.safeParse(input);
    return db().$transaction(async (tx): Promise<MomentWriteResult> => {
      const moment = await editableMoment(tx, actor, momentId);
      if (!parsed.success) return { ok: false, fieldErrors: momentFieldErrors(parsed.error) };
      const changes = Object.fromEntries(
        (["labelFr", "labelEn"] as const)
          .filter((field) => moment[field] !== parsed.data[field])
          .map((field) => [field, { from: moment[field], to: parsed.data[field] }]),
      );
      if (Object.keys(changes).length === 0) return { ok: true, id: moment.id };
      await tx.momentOfTruth.update({ where: { id: moment.id }, data: parsed.data });
      await audit(tx, actor, "moment.update", moment.id, { key: moment.key, changes });
      return { ok: true, id: moment.id };
    });
  });
}

/** Swaps the moment with its neighbour on its side; positions are renumbered 0, 1, 2… */
export async function moveMoment(actor: Actor, momentId: string, input: unknown): Promise<MomentWriteResult> {
  return withOrganisation(actor.organisationId, async () => {
    requireRead(actor);
    const parsed = ZMoveMoment.safeParse(input);
    return db().$transaction(async (tx): Promise<MomentWriteResult> => {
      await lockCatalogue(tx, actor.organisationId);
      const moment = await editableMoment(tx, actor, momentId);
      if (!parsed.success) return { ok: false, fieldErrors: momentFieldErrors(parsed.error) };
      const ids = (
        await tx.momentOfTruth.findMany({
          where: { organisationId: actor.organisationId, side: moment.side },
          select: { id: true },
          orderBy: [{ position: "asc" }, { key: "asc" }],
        })
      ).map((m) => m.id);
      const from = ids.indexOf(moment.id);
      const to = parsed.data.direction === "up" ? from - 1 : from + 1;
      if (to < 0 || to >= ids.length) return { ok: true, id: moment.id };
      [ids[from], ids[to]] = [ids[to]!, ids[from]!];
      await tx.$executeRaw`
      UPDATE "MomentOfTruth" m SET position = o.ord - 1
      FROM unnest(${ids}::uuid[]) WITH ORDINALITY AS o(id, ord)
      WHERE m.id = o.id AND m."organisationId" = ${actor.organisationId}::uuid`;
      await audit(tx, actor, "moment.move", moment.id, { key: moment.key, from, to });
      return { ok: true, id: moment.id };
    });
  });
}

const isContactDefault = (moment: { side: string; key: string }) => moment.side === "CUSTOMER" && moment.key === DEFAULT_CONTACT_MOMENT_KEY;

/** Retires a moment (history keeps it; no new contact or event takes it) or restores it. */
export async function setMomentActive(actor: Actor, momentId: string, active: boolean): Promise<MomentWriteResult> {
  return withOrganisation(actor.organisationId, async () => {
    requireRead(actor);
    return db().$transaction(async (tx): Promise<MomentWriteResult> => {
      const moment = await editableMoment(tx, actor, momentId);
      if (moment.active === active) return { ok: true, id: moment.id };
      if (isContactDefault(moment)) return { ok: false, fieldErrors: { form: DEFAULT_MOMENT } };
      await tx.momentOfTruth.update({ where: { id: moment.id }, data: { active } });
      await audit(tx, actor, active ? "moment.restore" : "moment.retire", moment.id, { side: moment.side, key: moment.key });
      return { ok: true, id: moment.id };
    });
  });
}

/** Deletes a moment nothing uses yet; one a contact, an answer or an event uses can only be retired. */
export async function deleteMoment(actor: Actor, momentId: string): Promise<MomentWriteResult> {
  return withOrganisation(actor.organisationId, async () => {
    requireRead(actor);
    return db().$transaction(async (tx): Promise<MomentWriteResult> => {
      await lockCatalogue(tx, actor.organisationId);
      const moment = await editableMoment(tx, actor, momentId);
      if (isContactDefault(moment)) return { ok: false, fieldErrors: { form: DEFAULT_MOMENT } };
      if ((await momentsInUse(tx, actor.organisationId)).has(moment.id)) return { ok: false, fieldErrors: { form: IN_USE } };
      await tx.momentOfTruth.delete({ where: { id: moment.id } });
      await audit(tx, actor, "moment.delete", moment.id, {
        side: moment.side,
        key: moment.key,
        labelFr: moment.labelFr,
        labelEn: moment.labelEn,
      });
      return { ok: true, id: moment.id };
    });
  });
}

/** The employee moment behind a customer moment (an employee moment of the same organisation), or none. */
export async function setMomentPairing(actor: Actor, momentId: string, input: unknown): Promise<MomentWriteResult> {
  return withOrganisation(actor.organisationId, async () => {
    requireRead(actor);
    const parsed = ZMomentPairing.safeParse(input);
    return db().$transaction(async (tx): Promise<MomentWriteResult> => {
      const moment = await editableMoment(tx, actor, momentId);
      if (moment.side !== "CUSTOMER") return { ok: false, fieldErrors: { employeeMomentId: "only a customer moment is paired" } };
      if (!parsed.success) return { ok: false, fieldErrors: momentFieldErrors(parsed.error) };
      const target = parsed.data.employeeMomentId;
      if (target !== null) {
        const found = await tx.momentOfTruth.count({ where: { id: target, organisationId: actor.organisationId, side: "EMPLOYEE" } });
        if (!found) return { ok: false, fieldErrors: { employeeMomentId: "must be an employee moment of the organisation" } };
      }
      if (moment.employeeMomentId === target) return { ok: true, id: moment.id };
      await tx.momentOfTruth.update({ where: { id: moment.id }, data: { employeeMomentId: target } });
      await audit(tx, actor, "moment.pair", moment.id, { key: moment.key, from: moment.employeeMomentId, to: target });
      return { ok: true, id: moment.id };
    });
  });
}

/** Whether an employee moment's events schedule a personal pulse, and after how many days (1–365). */
export async function setMomentTrigger(actor: Actor, momentId: string, input: unknown): Promise<MomentWriteResult> {
  return withOrganisation(actor.organisationId, async () => {
    requireRead(actor);
    const parsed = ZMomentTrigger.safeParse(input);
    return db().$transaction(async (tx): Promise<MomentWriteResult> => {
      const moment = await editableMoment(tx, actor, momentId);
      if (moment.side !== "EMPLOYEE") return { ok: false, fieldErrors: { triggersPulse: "only an employee moment triggers a pulse" } };
      if (!parsed.success) return { ok: false, fieldErrors: momentFieldErrors(parsed.error) };
      const { triggersPulse, pulseDelayDays } = parsed.data;
      if (triggersPulse && moment.eventType === null)
        return { ok: false, fieldErrors: { triggersPulse: "only a moment the HR system reports (an event type) can trigger a pulse" } };
      if (moment.triggersPulse === triggersPulse && moment.pulseDelayDays === pulseDelayDays) return { ok: true, id: moment.id };
      await tx.momentOfTruth.update({ where: { id: moment.id }, data: { triggersPulse, pulseDelayDays } });
      await audit(tx, actor, "moment.trigger", moment.id, {
        key: moment.key,
        changes: {
          triggersPulse: { from: moment.triggersPulse, to: triggersPulse },
          pulseDelayDays: { from: moment.pulseDelayDays, to: pulseDelayDays },
        },
      });
      return { ok: true, id: moment.id };
    });
  });
}
