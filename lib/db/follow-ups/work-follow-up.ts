// Working a detractor follow-up (issue 14 §4): assign or reassign it, add a note, set its due date,
// move its status (closing needs a note: what was done for the customer), attach a published action,
// and reveal the customer's email (assignee and CX only). Each write is in one transaction with its
// history event and audit row (and the `followup.assigned` / `followup.closed` webhook when the
// organisation has one); bad input is a field error with nothing stored.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor-types";
import { parisToday } from "@/lib/actions/action-schema";
import { ForbiddenError } from "@/lib/errors";
import { db } from "../client";
import type { Prisma } from "../generated/client";
import { writeAudit } from "../internal/audit/write-audit";
import { mayReveal } from "@/lib/follow-ups/may-reveal";
import { findFollowUpInScope, followUpAssignees } from "../internal/follow-ups/follow-up-scope";
import { withOrganisation } from "../tenant-context";

export const FOLLOW_UP_NOTE_MAX = 2000;

const ZNote = z
  .string({ error: "noteRequired" })
  .trim()
  .min(1, { error: "noteRequired" })
  .max(FOLLOW_UP_NOTE_MAX, { error: "noteTooLong" });

export const ZWorkFollowUp = z.discriminatedUnion(
  "op",
  [
    z.object({ op: z.literal("assign"), assigneeId: z.uuid({ error: "assigneeUnknown" }) }),
    z.object({ op: z.literal("note"), body: ZNote }),
    z.object({
      op: z.literal("due"),
      dueOn: z
        .string({ error: "dueInvalid" })
        .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "dueInvalid" })
        .refine(
          (value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
          {
            error: "dueInvalid",
          },
        )
        .refine((value) => value >= parisToday(), { error: "duePast" }),
    }),
    z.object({
      op: z.literal("status"),
      status: z.enum(["OPEN", "IN_PROGRESS", "CLOSED"], { error: "statusInvalid" }),
      note: z.string().optional(),
    }),
    z.object({ op: z.literal("attach"), actionId: z.uuid({ error: "actionUnknown" }) }),
  ],
  { error: "opInvalid" },
);

export type FollowUpWorkCode =
  "noteRequired" | "noteTooLong" | "assigneeUnknown" | "dueInvalid" | "duePast" | "statusInvalid" | "actionUnknown" | "opInvalid";
export type FollowUpWorkResult = { ok: true } | { ok: false; field: string; code: FollowUpWorkCode };

const refused = (field: string, code: FollowUpWorkCode): FollowUpWorkResult => ({ ok: false, field, code });

type Tx = Prisma.TransactionClient;
type Found = Awaited<ReturnType<typeof findFollowUpInScope>>;

async function trace(
  tx: Tx,
  actor: Actor,
  found: Found,
  event: Omit<Prisma.FollowUpEventUncheckedCreateInput, "organisationId" | "followUpId" | "actorId">,
  audit: { action: string; metadata: Prisma.InputJsonObject },
  webhook?: { event: "followup.assigned" | "followup.closed"; assigneeId: string | null },
) {
  const organisationId = actor.organisationId;
  await tx.followUpEvent.create({ data: { ...event, organisationId, followUpId: found.id, actorId: actor.membershipId } });
  await writeAudit(tx, {
    organisationId,
    actorId: actor.membershipId,
    action: audit.action,
    targetType: "FollowUp",
    targetId: found.id,
    metadata: audit.metadata,
  });
  if (!webhook) return;
  const hooked = await tx.organisation.count({ where: { id: organisationId, webhookUrl: { not: null } } });
  if (hooked)
    await tx.webhookDelivery.create({
      data: {
        organisationId,
        event: webhook.event,
        payload: { followUpId: found.id, teamId: found.teamId, assigneeId: webhook.assigneeId, occurredAt: new Date().toISOString() },
      },
    });
}

export async function workFollowUp(actor: Actor, id: string, input: unknown): Promise<FollowUpWorkResult> {
  return withOrganisation(actor.organisationId, async () => {
    const found = await findFollowUpInScope(actor, id);
    const parsed = ZWorkFollowUp.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.length > 0 ? String(issue.path[0]) : "op";
      const code = (issue.message as FollowUpWorkCode) ?? "opInvalid";
      return refused(field === "op" ? "form" : field, code);
    }
    const work = parsed.data;
    return db().$transaction(async (tx): Promise<FollowUpWorkResult> => {
      await tx.$queryRaw`SELECT 1 FROM "FollowUp" WHERE id = ${found.id}::uuid FOR UPDATE`;
      const current = await tx.followUp.findUniqueOrThrow({ where: { id: found.id }, select: { status: true, assigneeId: true } });
      switch (work.op) {
        case "assign": {
          const allowed = await followUpAssignees(actor.organisationId, found.team.path);
          if (!allowed.some((person) => person.membershipId === work.assigneeId)) return refused("assigneeId", "assigneeUnknown");
          if (current.assigneeId === work.assigneeId) return { ok: true };
          await tx.followUp.update({
            where: { id: found.id },
            data: { assigneeId: work.assigneeId, ...(current.status === "OPEN" ? { status: "IN_PROGRESS" } : {}) },
          });
          await trace(
            tx,
            actor,
            found,
            { kind: "ASSIGNED", assigneeId: work.assigneeId },
            { action: "followUp.assign", metadata: { from: current.assigneeId, to: work.assigneeId } },
            { event: "followup.assigned", assigneeId: work.assigneeId },
          );
          return { ok: true };
        }
        case "note":
          await tx.followUp.update({ where: { id: found.id }, data: { updatedAt: new Date() } });
          await trace(
            tx,
            actor,
            found,
            { kind: "NOTE", body: work.body },
            { action: "followUp.note", metadata: { length: work.body.length } },
          );
          return { ok: true };
        case "due":
          await tx.followUp.update({
            where: { id: found.id },
            data: { dueOn: new Date(`${work.dueOn}T00:00:00Z`), overdueRemindedAt: null },
          });
          await trace(
            tx,
            actor,
            found,
            { kind: "DUE", dueOn: new Date(`${work.dueOn}T00:00:00Z`) },
            { action: "followUp.due", metadata: { dueOn: work.dueOn } },
          );
          return { ok: true };
        case "status": {
          if (current.status === work.status) return { ok: true };
          const closing = work.status === "CLOSED";
          const note = closing ? ZNote.safeParse(work.note ?? "") : null;
          if (note && !note.success) return refused("note", note.error.issues[0]!.message as FollowUpWorkCode);
          const assigneeId = current.assigneeId ?? (work.status === "OPEN" ? null : actor.membershipId);
          await tx.followUp.update({
            where: { id: found.id },
            data: closing
              ? { status: "CLOSED", closedAt: new Date(), note: note!.data!, assigneeId }
              : { status: work.status, closedAt: null, assigneeId },
          });
          if (note?.success)
            await trace(
              tx,
              actor,
              found,
              { kind: "NOTE", body: note.data },
              { action: "followUp.note", metadata: { length: note.data.length } },
            );
          await trace(
            tx,
            actor,
            found,
            { kind: "STATUS", status: work.status },
            { action: "followUp.status", metadata: { from: current.status, to: work.status } },
            closing ? { event: "followup.closed", assigneeId } : undefined,
          );
          return { ok: true };
        }
        case "attach": {
          const action = await tx.action.findFirst({
            where: {
              id: work.actionId,
              organisationId: actor.organisationId,
              publishedAt: { not: null },
              teams: { some: { teamId: found.teamId } },
            },
            select: { id: true },
          });
          if (!action) return refused("actionId", "actionUnknown");
          const created = await tx.followUpAction.createMany({
            data: [{ organisationId: actor.organisationId, followUpId: found.id, actionId: action.id }],
            skipDuplicates: true,
          });
          if (created.count > 0)
            await trace(
              tx,
              actor,
              found,
              { kind: "ACTION_LINKED", actionId: action.id },
              { action: "followUp.attachAction", metadata: { actionId: action.id } },
            );
          return { ok: true };
        }
      }
    });
  });
}

/** The customer's address, for the assignee and CX only; each reveal is audited and kept in the history. */
export async function revealFollowUpEmail(actor: Actor, id: string): Promise<string | null> {
  return withOrganisation(actor.organisationId, async () => {
    const found = await findFollowUpInScope(actor, id);
    if (!mayReveal(actor, found.assigneeId))
      throw new ForbiddenError("only the follow-up's assignee and the customer-experience lead see the address");
    return db().$transaction(async (tx) => {
      const row = await tx.followUp.findUniqueOrThrow({
        where: { id: found.id },
        select: { response: { select: { contact: { select: { customerEmail: true } } } } },
      });
      const email = row.response.contact?.customerEmail ?? null;
      if (email === null) return null;
      await trace(tx, actor, found, { kind: "EMAIL_REVEALED" }, { action: "followUp.revealEmail", metadata: {} });
      return email;
    });
  });
}
