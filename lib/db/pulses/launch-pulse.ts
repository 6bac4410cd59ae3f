// Launch and early close (HR, ADMIN). Launch records who is invited (one participation per
// active membership of the pulse's teams — for a whole-organisation pulse, the organisation's
// active teams at launch — answered = false); the caller then queues the mail
// jobs (lib/jobs/pulse-queue.ts). The jobs are idempotent, so a retried launch or a lost job
// only costs a later sweep. Both are audited in the transaction of their write (issue 12 §7).
import type { Actor } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ExpectedError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { db } from "../client";
import type { Prisma } from "../generated/client";
import { writeAudit } from "../internal/audit/write-audit";
import { refreshWholeOrganisation } from "../internal/pulses/pulse-target";
import { withOrganisation } from "../tenant-context";

export async function launchPulse(actor: Actor, pulseId: string): Promise<void> {
  return withOrganisation(actor.organisationId, async () => {
    if (!can(actor, "pulses:manage")) throw new ForbiddenError();
    await db().$transaction(async (tx) => {
      const launched = await tx.pulse.updateMany({
        where: { id: pulseId, organisationId: actor.organisationId, launchedAt: null },
        data: { launchedAt: new Date() },
      });
      if (launched.count === 0)
        throw (await exists(tx, actor, pulseId)) ? new ExpectedError("CONFLICT", "state") : new NotFoundError("pulse");
      await refreshWholeOrganisation(tx, actor.organisationId, pulseId);
      const invited = await inviteMembers(tx, actor.organisationId, pulseId);
      await audit(tx, actor, "pulse.launch", pulseId, { invited });
    });
  });
}

/** Participation rows for every active member of the pulse's teams (also used by next waves); how many were added. */
export async function inviteMembers(tx: Prisma.TransactionClient, organisationId: string, pulseId: string): Promise<number> {
  return tx.$executeRaw`
    INSERT INTO "PulseParticipation" ("organisationId", "pulseId", "membershipId", answered)
    SELECT m."organisationId", pt."pulseId", m.id, false
    FROM "PulseTeam" pt JOIN "Membership" m ON m."organisationId" = pt."organisationId" AND m."teamId" = pt."teamId"
    WHERE pt."organisationId" = ${organisationId}::uuid AND pt."pulseId" = ${pulseId}::uuid AND m.active
    ON CONFLICT DO NOTHING`;
}

/**
 * How many invitations a launch of this draft sends now (the confirmation's « 95 invitations
 * vont partir »): the active members of its teams, counted as inviteMembers inserts them, the
 * whole organisation's active teams for a whole-organisation pulse. Read in a transaction
 * that is rolled back, so the count and the launch share one definition and nothing is kept.
 */
export async function countLaunchInvitations(actor: Actor, pulseId: string): Promise<number> {
  return withOrganisation(actor.organisationId, async () => {
    if (!can(actor, "pulses:manage")) throw new ForbiddenError();
    let invited = 0;
    await db()
      .$transaction(async (tx) => {
        if (!(await exists(tx, actor, pulseId))) throw new NotFoundError("pulse");
        await refreshWholeOrganisation(tx, actor.organisationId, pulseId);
        invited = await inviteMembers(tx, actor.organisationId, pulseId);
        throw new DryRun();
      })
      .catch((error: unknown) => {
        if (!(error instanceof DryRun)) throw error;
      });
    return invited;
  });
}

class DryRun extends Error {}

export async function closePulseEarly(actor: Actor, pulseId: string): Promise<void> {
  return withOrganisation(actor.organisationId, async () => {
    if (!can(actor, "pulses:manage")) throw new ForbiddenError();
    const now = new Date();
    await db().$transaction(async (tx) => {
      const closed = await tx.pulse.updateMany({
        where: { id: pulseId, organisationId: actor.organisationId, launchedAt: { not: null }, closedEarlyAt: null, closesAt: { gt: now } },
        data: { closedEarlyAt: now },
      });
      if (closed.count === 0)
        throw (await exists(tx, actor, pulseId)) ? new ExpectedError("CONFLICT", "state") : new NotFoundError("pulse");
      const pulse = await tx.pulse.findUniqueOrThrow({ where: { id: pulseId }, select: { closesAt: true } });
      await audit(tx, actor, "pulse.close", pulseId, { plannedClosesAt: pulse.closesAt.toISOString() });
    });
  });
}

function audit(tx: Prisma.TransactionClient, actor: Actor, action: string, pulseId: string, metadata: Prisma.InputJsonObject) {
  return writeAudit(tx, {
    organisationId: actor.organisationId,
    actorId: actor.membershipId,
    action,
    targetType: "Pulse",
    targetId: pulseId,
    metadata,
  });
}

async function exists(tx: Prisma.TransactionClient, actor: Actor, pulseId: string): Promise<boolean> {
  if (!/^[0-9a-f-]{36}$/i.test(pulseId)) return false;
  return (await tx.pulse.count({ where: { id: pulseId, organisationId: actor.organisationId } })) > 0;
}
