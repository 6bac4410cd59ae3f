// HR creates a pulse (a draft: nothing is sent until launch) for a team and its whole subtree,
// or for the whole organisation, audited in the same transaction (issue 12 §7). A name another
// pulse has is refused with DuplicatePulseNameError unless HR confirmed it (issue 19 §4).
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ExpectedError, ForbiddenError } from "@/lib/errors";
import { pulseAuditFields, validReminderPlan, type CreatePulseInput } from "@/lib/pulses/pulse-schema";
import { db } from "../client";
import { writeAudit } from "../internal/audit/write-audit";
import { refuseDuplicateName, replacePulseTeams, targetTeamIds } from "../internal/pulses/pulse-target";
import { withOrganisation } from "../tenant-context";

export async function createPulse(actor: Actor, input: CreatePulseInput, seriesId: string = randomUUID()): Promise<{ id: string }> {
  return withOrganisation(actor.organisationId, async () => {
    if (!can(actor, "pulses:manage")) throw new ForbiddenError();
    if (!validReminderPlan(input)) throw new ExpectedError("INVALID_INPUT", "reminderDays");
    return db().$transaction(async (tx) => {
      const teams = await targetTeamIds(tx, actor.organisationId, input.teamId);
      if (!teams) throw new ExpectedError("INVALID_INPUT", "teamId");
      if (!input.allowDuplicateName) await refuseDuplicateName(tx, actor.organisationId, input.name, null);
      const { teamId, allowDuplicateName: _allow, ...fields } = input;
      const pulse = await tx.pulse.create({
        data: { ...fields, wholeOrganisation: teamId === null, organisationId: actor.organisationId, seriesId },
        select: { id: true },
      });
      await replacePulseTeams(tx, actor.organisationId, pulse.id, teams);
      await writeAudit(tx, {
        organisationId: actor.organisationId,
        actorId: actor.membershipId,
        action: "pulse.create",
        targetType: "Pulse",
        targetId: pulse.id,
        metadata: pulseAuditFields(input, teams.length),
      });
      return pulse;
    });
  });
}
