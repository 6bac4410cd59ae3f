// Pulses as each role sees them: an employee's open pulses (their team's, with whether they
// have answered), and HR's list of the organisation's pulses with their state.
import type { Actor } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ForbiddenError } from "@/lib/errors";
import { pulseStatus, type PulseStatus } from "@/lib/pulses/pulse-status";
import { db } from "../client";
import { withOrganisation } from "../tenant-context";

export interface MyPulseDto {
  id: string;
  name: string;
  closesAt: Date;
  answered: boolean;
}

export async function listMyOpenPulses(actor: Actor): Promise<MyPulseDto[]> {
  return withOrganisation(actor.organisationId, async () => {
    if (!can(actor, "pulses:answer") || !actor.teamId) return [];
    const now = new Date();
    const pulses = await db().pulse.findMany({
      where: {
        organisationId: actor.organisationId,
        launchedAt: { not: null },
        closedEarlyAt: null,
        opensAt: { lte: now },
        closesAt: { gt: now },
        teams: { some: { teamId: actor.teamId } },
      },
      orderBy: { closesAt: "asc" },
      select: {
        id: true,
        name: true,
        closesAt: true,
        participations: { where: { membershipId: actor.membershipId }, select: { answered: true } },
      },
    });
    return pulses.map(({ participations, ...p }) => ({ ...p, answered: participations[0]?.answered ?? false }));
  });
}

export interface ManagedPulseDto {
  id: string;
  name: string;
  opensAt: Date;
  closesAt: Date;
  cadence: "ONE_OFF" | "MONTHLY" | "QUARTERLY";
  status: PulseStatus;
}

export async function listManagedPulses(actor: Actor): Promise<ManagedPulseDto[]> {
  return withOrganisation(actor.organisationId, async () => {
    if (!can(actor, "pulses:manage")) throw new ForbiddenError();
    const pulses = await db().pulse.findMany({
      where: { organisationId: actor.organisationId },
      orderBy: { opensAt: "desc" },
      take: 100,
      select: { id: true, name: true, opensAt: true, closesAt: true, cadence: true, launchedAt: true, closedEarlyAt: true },
    });
    return pulses.map(({ launchedAt, closedEarlyAt, ...p }) => ({ ...p, status: pulseStatus({ ...p, launchedAt, closedEarlyAt }) }));
  });
}
