// Marking a team's irritant pair (issue 14 §2): added from a team workshop, eliminated, reopened.
// actions:manage on the team (a manager's subtree, HR/CX/ADMIN everywhere); each write covers both
// sides of the pair in one transaction and leaves an audit row; bad input stores nothing.
import { z } from "zod";
import type { Principal } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/patterns";
import { db } from "../client";
import type { Prisma } from "../generated/client";
import { readScopedTeam } from "../internal/team-irritants/scoped-team";
import { withOrganisation } from "../tenant-context";

export const NOTE_MAX = 1000;
const ZNote = z.object({
  note: z
    .string()
    .trim()
    .max(NOTE_MAX, `La note dépasse ${NOTE_MAX} caractères.`)
    .optional()
    .transform((value) => value || null),
});

export type TeamIrritantWriteResult = { ok: true } | { ok: false; fieldErrors: { note?: string } };
type Kind = "workshop" | "eliminated" | "reopened";

async function pairIds(tx: Prisma.TransactionClient, organisationId: string, irritantId: string): Promise<string[]> {
  const row = isUuid(irritantId)
    ? await tx.irritant.findFirst({
        where: { id: irritantId, organisationId },
        select: { id: true, mirrorId: true, mirroredBy: { select: { id: true } } },
      })
    : null;
  if (!row) throw new NotFoundError("irritant");
  return [row.id, row.mirrorId ?? row.mirroredBy?.id].filter((id): id is string => Boolean(id));
}

async function write(
  principal: Principal,
  teamId: string,
  irritantId: string,
  note: unknown,
  kind: Kind,
): Promise<TeamIrritantWriteResult> {
  if (!can(principal, "actions:manage")) throw new ForbiddenError();
  const team = await readScopedTeam(principal, teamId, "actions:manage");
  const parsed = ZNote.safeParse({ note: note ?? undefined });
  if (!parsed.success) return { ok: false, fieldErrors: { note: parsed.error.issues[0]?.message ?? "Note invalide." } };
  const org = principal.organisationId;
  const actorId = principal.kind === "user" ? principal.membershipId : null;
  await db().$transaction(async (tx) => {
    const ids = await pairIds(tx, org, irritantId);
    const now = new Date();
    for (const id of ids) {
      const key = { teamId_irritantId: { teamId: team.id, irritantId: id } };
      const existing = await tx.teamIrritant.findUnique({ where: key });
      const withNote = parsed.data.note !== null ? { note: parsed.data.note } : {};
      if (kind === "reopened") {
        if (existing) await tx.teamIrritant.update({ where: key, data: { eliminatedAt: null, updatedById: actorId, ...withNote } });
        continue;
      }
      const change =
        kind === "workshop"
          ? existing?.source === "WORKSHOP"
            ? {}
            : { source: "WORKSHOP" as const }
          : { eliminatedAt: existing?.eliminatedAt ?? now };
      await tx.teamIrritant.upsert({
        where: key,
        create: {
          organisationId: org,
          teamId: team.id,
          irritantId: id,
          source: kind === "workshop" ? "WORKSHOP" : "SURVEY",
          updatedById: actorId,
          ...withNote,
          ...change,
        },
        update: { updatedById: actorId, ...withNote, ...change },
      });
    }
    await tx.auditLog.create({
      data: {
        organisationId: org,
        actorId,
        action: `teamIrritant.${kind}`,
        targetType: "Team",
        targetId: team.id,
        metadata: { irritantIds: ids, ...(parsed.data.note !== null ? { note: parsed.data.note } : {}) },
      },
    });
  });
  return { ok: true };
}

/** Adds the pair to the team's list from a workshop (source WORKSHOP); an eliminated pair stays eliminated. */
export function addWorkshopIrritant(principal: Principal, teamId: string, irritantId: string, note?: unknown) {
  return withOrganisation(principal.organisationId, () => {
    return write(principal, teamId, irritantId, note, "workshop");
  });
}

/** Marks both sides of the pair eliminated now (an earlier elimination date is kept). */
export function markIrritantEliminated(principal: Principal, teamId: string, irritantId: string, note?: unknown) {
  return withOrganisation(principal.organisationId, () => {
    return write(principal, teamId, irritantId, note, "eliminated");
  });
}

/** Clears the elimination of both sides: the state is read again from the surveys, the workshop and the actions. */
export function reopenIrritant(principal: Principal, teamId: string, irritantId: string, note?: unknown) {
  return withOrganisation(principal.organisationId, () => {
    return write(principal, teamId, irritantId, note, "reopened");
  });
}
