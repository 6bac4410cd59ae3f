// Creating and editing actions (issue 14 §1): the input is validated with zod, every id it names
// is resolved against the organisation and the principal's scope, and a refusal comes back per
// field (an English sentence and a code the pages translate) with nothing stored. Each write locks
// the action, then leaves its history event, its audit row and, for a creation, the
// `action.created` webhook delivery in the same transaction. Status, spending, comments and
// publishing are in work-actions.ts.
import type { Principal } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { canEditAction } from "@/lib/actions/action-rights";
import {
  actionFieldErrors,
  type ActionWriteResult,
  parisToday,
  refusal,
  toCents,
  ZCreateActionInput,
  ZUpdateActionInput,
} from "@/lib/actions/action-schema";
import { ForbiddenError } from "@/lib/errors";
import { db } from "../client";
import {
  actionPayload,
  replaceLinks,
  resolveCatalogue,
  resolveFollowUp,
  resolveOwner,
  resolveTeams,
  traceAction,
} from "../internal/actions/action-writes";
import { openActionForWrite } from "../internal/actions/open-action";
import { dateOf, PAST, updateStep } from "../internal/actions/update-step";
import { withOrganisation } from "../tenant-context";

export async function createAction(principal: Principal, input: unknown): Promise<ActionWriteResult> {
  return withOrganisation(principal.organisationId, async () => {
    if (!can(principal, "actions:manage")) throw new ForbiddenError();
    const parsed = ZCreateActionInput.safeParse(input);
    if (!parsed.success) return actionFieldErrors(parsed.error);
    const data = parsed.data;
    if (data.dueDate && data.dueDate < parisToday()) return refusal("dueDate", "dueDatePast", PAST);
    const organisationId = principal.organisationId;
    const teamIds = [...new Set([data.teamId, ...data.teamIds])];
    return db().$transaction(async (tx): Promise<ActionWriteResult> => {
      const refused =
        (await resolveTeams(tx, principal, [data.teamId], "teamId")) ??
        (await resolveTeams(tx, principal, data.teamIds, "teamIds")) ??
        (await resolveOwner(tx, organisationId, data.ownerId)) ??
        (await resolveCatalogue(tx, organisationId, data)) ??
        (await resolveFollowUp(tx, principal, data.followUpId));
      if (refused) return refused;
      const action = await tx.action.create({
        data: {
          organisationId,
          teamId: data.teamId,
          ownerId: data.ownerId ?? null,
          createdById: principal.kind === "user" ? principal.membershipId : null,
          origin: data.origin,
          title: data.title,
          description: data.description ?? null,
          dueDate: dateOf(data.dueDate),
          budgetCents: data.budgetEuros == null ? null : toCents(data.budgetEuros),
        },
      });
      await replaceLinks(tx, organisationId, action.id, "teams", teamIds);
      await replaceLinks(tx, organisationId, action.id, "irritants", data.irritantIds);
      await replaceLinks(tx, organisationId, action.id, "items", data.itemIds);
      const payload = actionPayload(action);
      await traceAction(tx, principal, {
        organisationId,
        actionId: action.id,
        audit: "action.create",
        toStatus: action.status,
        changes: { origin: action.origin, ...(data.followUpId ? { followUpId: data.followUpId } : {}) },
        webhook: { event: "action.created", payload: { ...payload, status: action.status } },
      });
      return { ok: true, id: action.id };
    });
  });
}

/** Changes the fields sent (all optional); the history keeps each change as [before, after]. */
export async function updateAction(principal: Principal, id: string, input: unknown): Promise<ActionWriteResult> {
  return withOrganisation(principal.organisationId, async () => {
    const parsed = ZUpdateActionInput.safeParse(input);
    return db().$transaction(async (tx): Promise<ActionWriteResult> => {
      const action = await openActionForWrite(tx, principal, id, (found) => canEditAction(principal, found));
      if (!parsed.success) return actionFieldErrors(parsed.error);
      return updateStep(tx, principal, action, parsed.data);
    });
  });
}

export { addActionComment, changeActionStatus, publishAction, recordActionSpending, unpublishAction } from "./work-actions";
