// HR creates a pulse (a draft: nothing is sent until launch) for a team and its whole subtree,
// audited in the same transaction (issue 12 §7).
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ExpectedError, ForbiddenError } from "@/lib/errors";
import type { CreatePulseInput } from "@/lib/pulses/pulse-schema";
import { db } from "../client";
import { writeAudit } from "../internal/audit/write-audit";

export async function createPulse(actor: Actor, input: CreatePulseInput, seriesId: string = randomUUID()): Promise<{ id: string }> {
  if (!can(actor, "pulses:manage")) throw new ForbiddenError();
  return db().$transaction(async (tx) => {
    // An archived team (and its archived subtree) gets no new pulse.
    const root = await tx.team.findFirst({
      where: { id: input.teamId, organisationId: actor.organisationId, archivedAt: null },
      select: { path: true },
    });
    if (!root) throw new ExpectedError("INVALID_INPUT", "teamId");
    const teams = await tx.team.findMany({
      where: { organisationId: actor.organisationId, path: { startsWith: root.path }, archivedAt: null },
      select: { id: true },
    });
    const { teamId: _root, ...fields } = input;
    const pulse = await tx.pulse.create({ data: { ...fields, organisationId: actor.organisationId, seriesId }, select: { id: true } });
    await tx.pulseTeam.createMany({ data: teams.map((t) => ({ organisationId: actor.organisationId, pulseId: pulse.id, teamId: t.id })) });
    await writeAudit(tx, {
      organisationId: actor.organisationId,
      actorId: actor.membershipId,
      action: "pulse.create",
      targetType: "Pulse",
      targetId: pulse.id,
      metadata: {
        name: input.name,
        teamId: input.teamId,
        teams: teams.length,
        cadence: input.cadence,
        opensAt: input.opensAt.toISOString(),
        closesAt: input.closesAt.toISOString(),
      },
    });
    return pulse;
  });
}
