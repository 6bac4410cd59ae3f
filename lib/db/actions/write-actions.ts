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
import type { Prisma } from "../generated/client";
import { dayOf } from "../internal/actions/action-rows";
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

type Tx = Prisma.TransactionClient;

const PAST = "must be today or later";
const dateOf = (day: string | null | undefined) => (day ? new Date(`${day}T00:00:00Z`) : null);

export async function createAction(principal: Principal, input: unknown): Promise<ActionWriteResult> {
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
}

const sorted = (ids: string[]) => [...new Set(ids)].sort();
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Changes the fields sent (all optional); the history keeps each change as [before, after]. */
export async function updateAction(principal: Principal, id: string, input: unknown): Promise<ActionWriteResult> {
  const parsed = ZUpdateActionInput.safeParse(input);
  return db().$transaction(async (tx): Promise<ActionWriteResult> => {
    const action = await openActionForWrite(tx, principal, id, (found) =>
      canEditAction(principal, { team: found.team, ownerId: found.ownerId }),
    );
    if (!parsed.success) return actionFieldErrors(parsed.error);
    const data = parsed.data;
    const organisationId = principal.organisationId;
    const beforeDue = dayOf(action.dueDate);
    if (data.dueDate && data.dueDate !== beforeDue && data.dueDate < parisToday()) return refusal("dueDate", "dueDatePast", PAST);
    const beforeTeams = sorted(action.teams.map((team) => team.teamId));
    const teamId = data.teamId ?? action.teamId;
    const nextTeams = sorted([teamId, ...(data.teamIds ?? beforeTeams)]);
    const added = nextTeams.filter((team) => !beforeTeams.includes(team));
    const refused =
      (data.teamId && data.teamId !== action.teamId ? await resolveTeams(tx, principal, [data.teamId], "teamId") : null) ??
      (await resolveTeams(
        tx,
        principal,
        added.filter((team) => team !== data.teamId),
        "teamIds",
      )) ??
      (data.ownerId !== undefined && data.ownerId !== action.ownerId ? await resolveOwner(tx, organisationId, data.ownerId) : null) ??
      (await resolveCatalogue(tx, organisationId, data));
    if (refused) return refused;
    const changes: Record<string, [unknown, unknown]> = {};
    const scalar = {
      title: data.title,
      description: data.description,
      teamId: data.teamId,
      ownerId: data.ownerId,
      dueDate: data.dueDate,
      budgetCents: data.budgetEuros === undefined ? undefined : data.budgetEuros === null ? null : toCents(data.budgetEuros),
    };
    const before = { ...action, dueDate: beforeDue };
    for (const [field, value] of Object.entries(scalar))
      if (value !== undefined && !same(value, before[field as keyof typeof scalar]))
        changes[field] = [before[field as keyof typeof scalar], value];
    if (!same(nextTeams, beforeTeams)) changes.teamIds = [beforeTeams, nextTeams];
    const irritantChange = await linkChange(tx, action.id, "irritants", data.irritantIds);
    const itemChange = await linkChange(tx, action.id, "items", data.itemIds);
    if (irritantChange) changes.irritantIds = irritantChange;
    if (itemChange) changes.itemIds = itemChange;
    if (Object.keys(changes).length === 0) return { ok: true, id: action.id };
    await tx.action.update({
      where: { id: action.id },
      data: {
        ...(changes.title ? { title: data.title } : {}),
        ...(changes.description ? { description: data.description } : {}),
        ...(changes.teamId ? { teamId } : {}),
        ...(changes.ownerId ? { ownerId: data.ownerId } : {}),
        ...(changes.dueDate ? { dueDate: dateOf(data.dueDate) } : {}),
        ...(changes.budgetCents ? { budgetCents: scalar.budgetCents } : {}),
      },
    });
    if (changes.teamIds) await replaceLinks(tx, organisationId, action.id, "teams", nextTeams);
    if (changes.irritantIds) await replaceLinks(tx, organisationId, action.id, "irritants", data.irritantIds!);
    if (changes.itemIds) await replaceLinks(tx, organisationId, action.id, "items", data.itemIds!);
    await traceAction(tx, principal, {
      organisationId,
      actionId: action.id,
      audit: "action.update",
      changes: changes as Prisma.InputJsonObject,
    });
    return { ok: true, id: action.id };
  });
}

/** [before, after] of one link list when the input names it and it differs; undefined otherwise. */
async function linkChange(tx: Tx, actionId: string, kind: "irritants" | "items", ids: string[] | undefined) {
  if (ids === undefined) return undefined;
  const before =
    kind === "irritants"
      ? (await tx.actionIrritant.findMany({ where: { actionId }, select: { irritantId: true } })).map((row) => row.irritantId)
      : (await tx.actionItem.findMany({ where: { actionId }, select: { itemId: true } })).map((row) => row.itemId);
  return same(sorted(before), sorted(ids)) ? undefined : ([sorted(before), sorted(ids)] as [string[], string[]]);
}

export { addActionComment, changeActionStatus, publishAction, recordActionSpending, unpublishAction } from "./work-actions";
