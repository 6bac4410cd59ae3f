// The update of an action's fields inside a transaction on the locked action (lib/db/actions/
// write-actions.ts and patch-action.ts): the new values' refusals first, then the changes as
// [before, after], written with their history event and audit row.
import type { z } from "zod";
import type { Principal } from "@/lib/auth/actor-types";
import { type ActionWriteResult, parisToday, refusal, toCents, ZUpdateActionInput } from "@/lib/actions/action-schema";
import type { Prisma } from "../../generated/client";
import { dayOf } from "./action-rows";
import { replaceLinks, resolveCatalogue, resolveOwner, resolveTeams, traceAction } from "./action-writes";
import type { LockedAction } from "./open-action";
import { withOrganisation } from "../../tenant-context";

type Tx = Prisma.TransactionClient;
export type UpdateData = z.output<typeof ZUpdateActionInput>;

export const PAST = "must be today or later";
export const dateOf = (day: string | null | undefined) => (day ? new Date(`${day}T00:00:00Z`) : null);
const sorted = (ids: string[]) => [...new Set(ids)].sort();
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The first refusal of an update's new values: a past due date, a team, owner or catalogue entry not allowed. */
async function refusedUpdate(tx: Tx, principal: Principal, action: LockedAction, data: UpdateData, nextTeams: string[]) {
  const beforeDue = dayOf(action.dueDate);
  if (data.dueDate && data.dueDate !== beforeDue && data.dueDate < parisToday()) return refusal("dueDate", "dueDatePast", PAST);
  const movedTo = data.teamId && data.teamId !== action.teamId ? data.teamId : null;
  const added = nextTeams.filter((team) => team !== movedTo && !action.teams.some((known) => known.teamId === team));
  return (
    (movedTo ? await resolveTeams(tx, principal, [movedTo], "teamId") : null) ??
    (await resolveTeams(tx, principal, added, "teamIds")) ??
    (data.ownerId !== undefined && data.ownerId !== action.ownerId
      ? await resolveOwner(tx, principal.organisationId, data.ownerId)
      : null) ??
    (await resolveCatalogue(tx, principal.organisationId, data))
  );
}

/** field → [before, after] for each scalar field sent that differs. */
function scalarChanges(action: LockedAction, data: UpdateData): Record<string, [unknown, unknown]> {
  const after = {
    title: data.title,
    description: data.description,
    teamId: data.teamId,
    ownerId: data.ownerId,
    dueDate: data.dueDate,
    budgetCents: data.budgetEuros === undefined ? undefined : data.budgetEuros === null ? null : toCents(data.budgetEuros),
  };
  const before: Record<keyof typeof after, unknown> = { ...action, dueDate: dayOf(action.dueDate) };
  const changes: Record<string, [unknown, unknown]> = {};
  for (const [field, value] of Object.entries(after) as [keyof typeof after, unknown][])
    if (value !== undefined && !same(value, before[field])) changes[field] = [before[field], value];
  return changes;
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

/** Applies `data` (parsed) to the locked action; a refusal writes nothing. */
export async function updateStep(tx: Tx, principal: Principal, action: LockedAction, data: UpdateData): Promise<ActionWriteResult> {
  return withOrganisation(principal.organisationId, async () => {
    const beforeTeams = sorted(action.teams.map((team) => team.teamId));
    const nextTeams = sorted([data.teamId ?? action.teamId, ...(data.teamIds ?? beforeTeams)]);
    const refused = await refusedUpdate(tx, principal, action, data, nextTeams);
    if (refused) return refused;
    const changes = scalarChanges(action, data);
    if (!same(nextTeams, beforeTeams)) changes.teamIds = [beforeTeams, nextTeams];
    const irritantChange = await linkChange(tx, action.id, "irritants", data.irritantIds);
    const itemChange = await linkChange(tx, action.id, "items", data.itemIds);
    if (irritantChange) changes.irritantIds = irritantChange;
    if (itemChange) changes.itemIds = itemChange;
    if (Object.keys(changes).length === 0) return { ok: true, id: action.id };
    const after = (field: string) => (changes[field] ? { [field]: changes[field]![1] } : {});
    await tx.action.update({
      where: { id: action.id },
      data: {
        ...after("title"),
        ...after("description"),
        ...after("teamId"),
        ...after("ownerId"),
        ...after("budgetCents"),
        ...(changes.dueDate ? { dueDate: dateOf(data.dueDate) } : {}),
      },
    });
    const organisationId = principal.organisationId;
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
