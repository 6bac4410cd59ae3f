// PATCH /api/v1/actions/{id} (issue 14 §6): fields, and/or `status` one step, and/or the total
// `spentEuros`, in that order and in ONE transaction on the locked action: any refusal rolls the
// whole call back, so nothing of it is stored.
import type { Principal } from "@/lib/auth/actor-types";
import { canEditAction, canWorkAction } from "@/lib/actions/action-rights";
import { actionFieldErrors, type ActionFieldErrors, type ActionWriteResult, ZPatchActionInput } from "@/lib/actions/action-schema";
import { db } from "../client";
import { lockAction } from "../internal/actions/action-writes";
import { openActionForWrite } from "../internal/actions/open-action";
import { updateStep } from "../internal/actions/update-step";
import { spendingStep, statusStep } from "../internal/actions/work-steps";
import { withOrganisation } from "../tenant-context";

/** Carries a step's refusal out of the transaction, which it rolls back. */
class PatchRefused extends Error {
  constructor(readonly refusal: { ok: false } & ActionFieldErrors) {
    super("patch refused");
  }
}

const settled = (result: ActionWriteResult) => {
  if (!result.ok) throw new PatchRefused(result);
};

export async function patchAction(principal: Principal, id: string, input: unknown): Promise<ActionWriteResult> {
  return withOrganisation(principal.organisationId, async () => {
    const parsed = ZPatchActionInput.safeParse(input ?? {});
    const { status, spentEuros, ...fields } = parsed.success ? parsed.data : {};
    const editing = Object.values(fields).some((value) => value !== undefined);
    try {
      return await db().$transaction(async (tx): Promise<ActionWriteResult> => {
        const allowed = editing ? canEditAction : canWorkAction;
        const opened = await openActionForWrite(tx, principal, id, (found) => allowed(principal, found));
        if (!parsed.success) return actionFieldErrors(parsed.error);
        if (editing) settled(await updateStep(tx, principal, opened, fields));
        // Each step reads the action as the previous one left it (the row stays locked).
        const current = async () => (await lockAction(tx, principal.organisationId, opened.id))!;
        if (status && status !== opened.status) settled(await statusStep(tx, principal, await current(), status));
        if (spentEuros !== undefined) settled(await spendingStep(tx, principal, await current(), spentEuros));
        return { ok: true, id: opened.id };
      });
    } catch (error) {
      if (error instanceof PatchRefused) return error.refusal;
      throw error;
    }
  });
}
