// Loads a pulse as an employee may answer it: same organisation, the actor's team among the
// pulse's teams, else "notFound" (another team's or organisation's pulse says nothing more).
import type { Actor } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { pulseStatus, type PulseStatus } from "@/lib/pulses/pulse-status";
import type { Prisma } from "../generated/client";
import { isUuid } from "@/lib/patterns";
import { withOrganisation } from "../tenant-context";

export interface AnswerablePulse {
  id: string;
  name: string;
  organisationId: string;
  closesAt: Date;
  status: PulseStatus;
  includeItems: boolean;
  includeIrritants: boolean;
  includeSuggestion: boolean;
}

/** `preview` (HR, ADMIN) skips the team and state checks: the page stores nothing then. */
export async function loadPulseForActor(
  tx: Prisma.TransactionClient,
  actor: Actor,
  pulseId: string,
  preview = false,
): Promise<AnswerablePulse | null> {
  return withOrganisation(actor.organisationId, async () => {
    if (!isUuid(pulseId)) return null;
    if (!can(actor, preview ? "pulses:manage" : "pulses:answer")) return null;
    const pulse = await tx.pulse.findFirst({
      where: { id: pulseId, organisationId: actor.organisationId },
      select: {
        id: true,
        name: true,
        organisationId: true,
        opensAt: true,
        closesAt: true,
        launchedAt: true,
        closedEarlyAt: true,
        includeItems: true,
        includeIrritants: true,
        includeSuggestion: true,
        teams: { where: { teamId: actor.teamId ?? "00000000-0000-0000-0000-000000000000" }, select: { teamId: true } },
      },
    });
    if (!pulse) return null;
    if (!preview && pulse.teams.length === 0) return null;
    const { teams: _teams, opensAt: _o, launchedAt: _l, closedEarlyAt: _c, ...rest } = pulse;
    return { ...rest, status: pulseStatus(pulse) };
  });
}
