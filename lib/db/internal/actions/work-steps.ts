// The status and spending steps of working an action, inside a transaction on the locked action
// (lib/db/actions/work-actions.ts and patch-action.ts): each checks its value, writes, and leaves
// its history event and audit row (a status change also its `action.status_changed` delivery).
import type { Principal } from "@/lib/auth/actor-types";
import { type ActionWriteResult, refusal, toCents } from "@/lib/actions/action-schema";
import type { Prisma } from "../../generated/client";
import { checkTransition, doneAtFor, type ActionStatusValue } from "../../actions/action-status";
import { actionPayload, traceAction } from "./action-writes";
import type { LockedAction } from "./open-action";
import { withOrganisation } from "../../tenant-context";

type Tx = Prisma.TransactionClient;

/** Moves the status one step (action-status.ts); doneAt follows (Action_done_check). */
export async function statusStep(tx: Tx, principal: Principal, action: LockedAction, to: ActionStatusValue): Promise<ActionWriteResult> {
  return withOrganisation(principal.organisationId, async () => {
    const check = checkTransition(action.status, to);
    if (!check.ok) return refusal("status", check.code, check.message);
    const doneAt = doneAtFor(to, action.doneAt, new Date());
    await tx.action.update({ where: { id: action.id }, data: { status: to, doneAt } });
    await traceAction(tx, principal, {
      organisationId: action.organisationId,
      actionId: action.id,
      audit: "action.status",
      fromStatus: action.status,
      toStatus: to,
      webhook: { event: "action.status_changed", payload: { ...actionPayload(action), from: action.status, to } },
    });
    return { ok: true, id: action.id };
  });
}

/** Sets the total spent (euros, already validated). */
export async function spendingStep(tx: Tx, principal: Principal, action: LockedAction, spentEuros: number): Promise<ActionWriteResult> {
  return withOrganisation(principal.organisationId, async () => {
    const spentCents = toCents(spentEuros);
    if (spentCents === action.spentCents) return { ok: true, id: action.id };
    await tx.action.update({ where: { id: action.id }, data: { spentCents } });
    await traceAction(tx, principal, {
      organisationId: action.organisationId,
      actionId: action.id,
      audit: "action.spending",
      changes: { spentCents: [action.spentCents, spentCents] },
    });
    return { ok: true, id: action.id };
  });
}
