// The building blocks of the action writes (lib/db/actions/write-actions.ts), each inside the
// caller's transaction: resolving the ids an input names against the organisation (and the
// principal's scope), locking an action, and the three traces of every change — its history
// event, its audit row and, when the organisation has a webhook, its outbox delivery.
import type { Principal } from "@/lib/auth/actor-types";
import { teamInScope } from "@/lib/auth/policy";
import { type ActionFieldErrors, refusal } from "@/lib/actions/action-schema";
import { Prisma } from "../../generated/client";
import { auditedBy, writeAudit } from "../audit/write-audit";
import { withOrganisation } from "../../tenant-context";

type Tx = Prisma.TransactionClient;
type Refusal = { ok: false } & ActionFieldErrors;

export const OWNER_OUTSIDE = "owner outside the organisation";

/** The action's row, locked, with what its rights need; null when not in the organisation. */
export async function lockAction(tx: Tx, organisationId: string, id: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM "Action" WHERE id = ${id}::uuid AND "organisationId" = ${organisationId}::uuid FOR UPDATE`;
  if (rows.length === 0) return null;
  return tx.action.findUniqueOrThrow({
    where: { id },
    include: { team: { select: { id: true, path: true, organisationId: true } }, teams: { select: { teamId: true } } },
  });
}

/** Teams of the organisation, live, in the principal's scope; a refusal naming `field` otherwise. */
export async function resolveTeams(tx: Tx, principal: Principal, ids: string[], field: string): Promise<Refusal | null> {
  return withOrganisation(principal.organisationId, async () => {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return null;
    const teams = await tx.team.findMany({
      where: { organisationId: principal.organisationId, id: { in: unique }, archivedAt: null },
      select: { id: true, path: true, organisationId: true },
    });
    if (teams.length !== unique.length || !teams.every((team) => teamInScope(principal, team)))
      return refusal(field, "teamOutOfScope", "must be a team of the organisation within your scope");
    return null;
  });
}

/** An active person of the same organisation (any team); null for "no owner". */
export async function resolveOwner(tx: Tx, organisationId: string, ownerId: string | null | undefined): Promise<Refusal | null> {
  if (!ownerId) return null;
  const found = await tx.membership.count({ where: { id: ownerId, organisationId, active: true } });
  return found === 1 ? null : refusal("ownerId", "ownerOutside", OWNER_OUTSIDE);
}

/** Active irritants and item pairs of the organisation's catalogue. */
export async function resolveCatalogue(
  tx: Tx,
  organisationId: string,
  refs: { irritantIds?: string[]; itemIds?: string[] },
): Promise<Refusal | null> {
  const irritantIds = [...new Set(refs.irritantIds ?? [])];
  const itemIds = [...new Set(refs.itemIds ?? [])];
  if (
    irritantIds.length &&
    (await tx.irritant.count({ where: { organisationId, active: true, id: { in: irritantIds } } })) !== irritantIds.length
  )
    return refusal("irritantIds", "irritantUnknown", "must be active irritants of the organisation's catalogue");
  if (itemIds.length && (await tx.mirroredItem.count({ where: { organisationId, active: true, id: { in: itemIds } } })) !== itemIds.length)
    return refusal("itemIds", "itemUnknown", "must be active item pairs of the organisation's catalogue");
  return null;
}

/** A follow-up the principal handles: the whole organisation, or a MANAGER's subtrees. */
export async function resolveFollowUp(tx: Tx, principal: Principal, followUpId: string | null | undefined): Promise<Refusal | null> {
  return withOrganisation(principal.organisationId, async () => {
    if (!followUpId) return null;
    const followUp = await tx.followUp.findFirst({
      where: { id: followUpId, organisationId: principal.organisationId },
      select: { team: { select: { id: true, path: true, organisationId: true } } },
    });
    return followUp && teamInScope(principal, followUp.team)
      ? null
      : refusal("followUpId", "followUpUnknown", "must be a follow-up within your scope");
  });
}

/** Replaces one of the action's link tables with exactly these ids. */
export async function replaceLinks(tx: Tx, organisationId: string, actionId: string, kind: "teams" | "irritants" | "items", ids: string[]) {
  const unique = [...new Set(ids)];
  if (kind === "teams") {
    await tx.actionTeam.deleteMany({ where: { actionId, teamId: { notIn: unique } } });
    await tx.actionTeam.createMany({ data: unique.map((teamId) => ({ organisationId, actionId, teamId })), skipDuplicates: true });
  } else if (kind === "irritants") {
    await tx.actionIrritant.deleteMany({ where: { actionId, irritantId: { notIn: unique } } });
    await tx.actionIrritant.createMany({
      data: unique.map((irritantId) => ({ organisationId, actionId, irritantId })),
      skipDuplicates: true,
    });
  } else {
    await tx.actionItem.deleteMany({ where: { actionId, itemId: { notIn: unique } } });
    await tx.actionItem.createMany({ data: unique.map((itemId) => ({ organisationId, actionId, itemId })), skipDuplicates: true });
  }
}

export interface ActionTrace {
  organisationId: string;
  actionId: string;
  /** The audit log's action name, e.g. "action.create". */
  audit: string;
  fromStatus?: Prisma.ActionEventCreateManyInput["fromStatus"];
  toStatus?: Prisma.ActionEventCreateManyInput["toStatus"];
  /** field → [before, after]. */
  changes?: Prisma.InputJsonObject;
  /** An outbox delivery for the organisation's webhook, if it has one. */
  webhook?: { event: "action.created" | "action.status_changed"; payload: Prisma.InputJsonObject };
}

/** The history event, the audit row and the webhook delivery of one change, in its transaction. */
export async function traceAction(tx: Tx, principal: Principal, trace: ActionTrace): Promise<void> {
  return withOrganisation(principal.organisationId, async () => {
    const { actorId, via } = auditedBy(principal);
    const { organisationId, actionId } = trace;
    await tx.actionEvent.create({
      data: {
        organisationId,
        actionId,
        actorId,
        fromStatus: trace.fromStatus ?? null,
        toStatus: trace.toStatus ?? null,
        changes: trace.changes ? { ...trace.changes, ...via } : Object.keys(via).length ? via : Prisma.DbNull,
      },
    });
    await writeAudit(tx, {
      organisationId,
      actorId,
      action: trace.audit,
      targetType: "Action",
      targetId: actionId,
      metadata: {
        ...(trace.fromStatus ? { from: trace.fromStatus } : {}),
        ...(trace.toStatus ? { to: trace.toStatus } : {}),
        ...trace.changes,
        ...via,
      },
    });
    if (!trace.webhook) return;
    const hooked = await tx.organisation.count({ where: { id: organisationId, webhookUrl: { not: null } } });
    if (hooked) await tx.webhookDelivery.create({ data: { organisationId, event: trace.webhook.event, payload: trace.webhook.payload } });
  });
}

/** What a webhook says of an action: ids, no personal data. */
export function actionPayload(action: {
  id: string;
  title: string;
  teamId: string;
  ownerId: string | null;
  dueDate: Date | null;
  budgetCents: number | null;
  spentCents: number;
}): Prisma.InputJsonObject {
  return {
    id: action.id,
    title: action.title,
    teamId: action.teamId,
    ownerId: action.ownerId,
    dueDate: action.dueDate ? action.dueDate.toISOString().slice(0, 10) : null,
    budgetCents: action.budgetCents,
    spentCents: action.spentCents,
    occurredAt: new Date().toISOString(),
  };
}
