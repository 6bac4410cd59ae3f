// Working an action (issue 14 §1, §3): moving its status one step (action-status.ts), recording
// what was spent, commenting — for its editors and its owner — and publishing it to the employees
// of its teams ("you said, we did"), for its editors. Each write locks the action and leaves its
// history event and audit row in the same transaction; a status change also the
// `action.status_changed` webhook delivery. Re-exported by write-actions.ts.
import type { Principal } from "@/lib/auth/actor-types";
import { canEditAction, canWorkAction } from "@/lib/actions/action-rights";
import {
  actionFieldErrors,
  type ActionWriteResult,
  refusal,
  ZActionComment,
  ZPublishedSummary,
  ZSpentEuros,
} from "@/lib/actions/action-schema";
import { z } from "zod";
import { db } from "../client";
import type { Prisma } from "../generated/client";
import { traceAction } from "../internal/actions/action-writes";
import { spendingStep, statusStep } from "../internal/actions/work-steps";
import { type LockedAction, openActionForWrite } from "../internal/actions/open-action";
import { ACTION_STATUSES } from "./action-status";
import { withOrganisation } from "../tenant-context";

type Tx = Prisma.TransactionClient;
const rights = (action: LockedAction) => ({ team: action.team, ownerId: action.ownerId });
const ZStatus = z.enum(ACTION_STATUSES, { error: `must be one of ${ACTION_STATUSES.join(", ")}` });

/** Runs `write` on the action, locked, when the principal may work it (or edit it, for `edit`). */
function onAction(
  principal: Principal,
  id: string,
  need: "work" | "edit",
  write: (tx: Tx, action: LockedAction) => Promise<ActionWriteResult>,
): Promise<ActionWriteResult> {
  const allowed = need === "edit" ? canEditAction : canWorkAction;
  return db().$transaction(async (tx) =>
    write(tx, await openActionForWrite(tx, principal, id, (action) => allowed(principal, rights(action)))),
  );
}

export function changeActionStatus(principal: Principal, id: string, status: unknown): Promise<ActionWriteResult> {
  return withOrganisation(principal.organisationId, () => {
    return onAction(principal, id, "work", async (tx, action) => {
      const parsed = ZStatus.safeParse(status);
      if (!parsed.success) return refusal("status", "invalid", parsed.error.issues[0]!.message);
      return statusStep(tx, principal, action, parsed.data);
    });
  });
}

/** The total spent so far (not an increment), in euros. */
export function recordActionSpending(principal: Principal, id: string, spentEuros: unknown): Promise<ActionWriteResult> {
  return withOrganisation(principal.organisationId, () => {
    return onAction(principal, id, "work", async (tx, action) => {
      const parsed = z.object({ spentEuros: ZSpentEuros }).safeParse({ spentEuros });
      if (!parsed.success) return actionFieldErrors(parsed.error);
      return spendingStep(tx, principal, action, parsed.data.spentEuros);
    });
  });
}

/** A comment on the action; the result's id is the comment's. */
export function addActionComment(principal: Principal, id: string, body: unknown): Promise<ActionWriteResult> {
  return withOrganisation(principal.organisationId, () => {
    return onAction(principal, id, "work", async (tx, action) => {
      const parsed = z.object({ body: ZActionComment }).safeParse({ body });
      if (!parsed.success) return actionFieldErrors(parsed.error);
      const comment = await tx.actionComment.create({
        data: {
          organisationId: action.organisationId,
          actionId: action.id,
          authorId: principal.kind === "user" ? principal.membershipId : null,
          body: parsed.data.body,
        },
      });
      await traceAction(tx, principal, {
        organisationId: action.organisationId,
        actionId: action.id,
        audit: "action.comment",
        changes: { comment: [null, comment.id] },
      });
      return { ok: true, id: comment.id };
    });
  });
}

/** Shows the action to the employees of its teams with what was done, in their words. */
export function publishAction(principal: Principal, id: string, summary: unknown): Promise<ActionWriteResult> {
  return withOrganisation(principal.organisationId, () => {
    return onAction(principal, id, "edit", async (tx, action) => {
      const parsed = z.object({ summary: ZPublishedSummary }).safeParse({ summary });
      if (!parsed.success) return actionFieldErrors(parsed.error);
      if (action.publishedAt && action.publishedSummary === parsed.data.summary) return { ok: true, id: action.id };
      await tx.action.update({
        where: { id: action.id },
        data: { publishedAt: action.publishedAt ?? new Date(), publishedSummary: parsed.data.summary },
      });
      await traceAction(tx, principal, {
        organisationId: action.organisationId,
        actionId: action.id,
        audit: "action.publish",
        changes: { publishedSummary: [action.publishedSummary, parsed.data.summary] },
      });
      return { ok: true, id: action.id };
    });
  });
}

export function unpublishAction(principal: Principal, id: string): Promise<ActionWriteResult> {
  return withOrganisation(principal.organisationId, () => {
    return onAction(principal, id, "edit", async (tx, action) => {
      if (!action.publishedAt) return { ok: true, id: action.id };
      await tx.action.update({ where: { id: action.id }, data: { publishedAt: null, publishedSummary: null } });
      await traceAction(tx, principal, {
        organisationId: action.organisationId,
        actionId: action.id,
        audit: "action.unpublish",
        changes: { publishedSummary: [action.publishedSummary, null] },
      });
      return { ok: true, id: action.id };
    });
  });
}
