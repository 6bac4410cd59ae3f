// HR edits or deletes a draft pulse (issue 19 §4). Once launched a pulse is neither edited nor
// deleted (its invitations are out, its answers may exist): CONFLICT, nothing written. The
// state check is the write's own WHERE (launchedAt IS NULL), so a launch racing an edit or a
// delete leaves exactly one of them done. Audited in the transaction of the write.
import type { Actor } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ExpectedError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/patterns";
import { pulseAuditFields, validReminderPlan, type CreatePulseInput } from "@/lib/pulses/pulse-schema";
import { db } from "../client";
import type { Prisma } from "../generated/client";
import { writeAudit } from "../internal/audit/write-audit";
import { refuseDuplicateName, replacePulseTeams, targetTeamIds } from "../internal/pulses/pulse-target";
import { withOrganisation } from "../tenant-context";

/** Why a write matched no draft: another organisation's (or no) pulse is not found, a launched one is a conflict. */
async function notADraft(tx: Prisma.TransactionClient, actor: Actor, pulseId: string): Promise<ExpectedError> {
  const found = await tx.pulse.count({ where: { id: pulseId, organisationId: actor.organisationId } });
  return found ? new ExpectedError("CONFLICT", "launched") : new NotFoundError("pulse");
}

export async function updateDraftPulse(actor: Actor, pulseId: string, input: CreatePulseInput): Promise<void> {
  return withOrganisation(actor.organisationId, async () => {
    if (!can(actor, "pulses:manage")) throw new ForbiddenError();
    if (!isUuid(pulseId)) throw new NotFoundError("pulse");
    if (!validReminderPlan(input)) throw new ExpectedError("INVALID_INPUT", "reminderDays");
    await db().$transaction(async (tx) => {
      const { teamId, allowDuplicateName, ...fields } = input;
      const updated = await tx.pulse.updateMany({
        where: { id: pulseId, organisationId: actor.organisationId, launchedAt: null },
        data: { ...fields, wholeOrganisation: teamId === null },
      });
      if (updated.count === 0) throw await notADraft(tx, actor, pulseId);
      const teams = await targetTeamIds(tx, actor.organisationId, teamId);
      if (!teams) throw new ExpectedError("INVALID_INPUT", "teamId");
      if (!allowDuplicateName) await refuseDuplicateName(tx, actor.organisationId, input.name, pulseId);
      await replacePulseTeams(tx, actor.organisationId, pulseId, teams);
      await writeAudit(tx, {
        organisationId: actor.organisationId,
        actorId: actor.membershipId,
        action: "pulse.update",
        targetType: "Pulse",
        targetId: pulseId,
        metadata: pulseAuditFields(input, teams.length),
      });
    });
  });
}

export async function deleteDraftPulse(actor: Actor, pulseId: string): Promise<void> {
  return withOrganisation(actor.organisationId, async () => {
    if (!can(actor, "pulses:manage")) throw new ForbiddenError();
    if (!isUuid(pulseId)) throw new NotFoundError("pulse");
    await db().$transaction(async (tx) => {
      const pulse = await tx.pulse.findFirst({ where: { id: pulseId, organisationId: actor.organisationId }, select: { name: true } });
      // Its PulseTeam rows go with it (ON DELETE CASCADE); a draft has no participation nor answer.
      const deleted = await tx.pulse.deleteMany({ where: { id: pulseId, organisationId: actor.organisationId, launchedAt: null } });
      if (deleted.count === 0) throw await notADraft(tx, actor, pulseId);
      await writeAudit(tx, {
        organisationId: actor.organisationId,
        actorId: actor.membershipId,
        action: "pulse.delete",
        targetType: "Pulse",
        targetId: pulseId,
        metadata: { name: pulse?.name ?? null },
      });
    });
  });
}
