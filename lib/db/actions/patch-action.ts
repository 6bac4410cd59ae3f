// PATCH /api/v1/actions/{id} (issue 14 §6): fields, and/or `status` one step, and/or the total
// `spentEuros`, in that order. The whole body is validated, and the status step checked against
// the action's current status, before anything is written: a refusal stores nothing. (Each part
// then commits in its own transaction; only a concurrent change between them could split them.)
import type { Principal } from "@/lib/auth/actor-types";
import { actionFieldErrors, type ActionWriteResult, refusal, ZPatchActionInput } from "@/lib/actions/action-schema";
import { checkTransition } from "./action-status";
import { getAction } from "./get-action";
import { changeActionStatus, recordActionSpending, updateAction } from "./write-actions";

export async function patchAction(principal: Principal, id: string, input: unknown): Promise<ActionWriteResult> {
  const current = await getAction(principal, id);
  const parsed = ZPatchActionInput.safeParse(input ?? {});
  if (!parsed.success) return actionFieldErrors(parsed.error);
  const { status, spentEuros, ...fields } = parsed.data;
  if (status && status !== current.status) {
    const check = checkTransition(current.status, status);
    if (!check.ok) return refusal("status", check.code, check.message);
  }
  const raw = (input ?? {}) as Record<string, unknown>;
  const sentFields = Object.keys(fields).filter((field) => raw[field] !== undefined);
  if (sentFields.length > 0) {
    const updated = await updateAction(principal, id, Object.fromEntries(sentFields.map((field) => [field, raw[field]])));
    if (!updated.ok) return updated;
  }
  if (status && status !== current.status) {
    const changed = await changeActionStatus(principal, id, status);
    if (!changed.ok) return changed;
  }
  if (spentEuros !== undefined) return recordActionSpending(principal, id, spentEuros);
  return { ok: true, id: current.id };
}
