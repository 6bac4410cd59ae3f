// A pulse's target and name, organisation-first (called by createPulse, updatePulse, launchPulse
// and the next-wave job after their own checks): the active teams of a subtree or of the whole
// organisation, the PulseTeam rows that list them, and the duplicate-name check.
import { DuplicatePulseNameError } from "@/lib/pulses/pulse-schema";
import type { Prisma } from "../../generated/client";

/**
 * The active teams of `teamId`'s subtree, or of the whole organisation when it is null; null
 * when `teamId` is not an active team of this organisation (archived teams take no new pulse).
 */
export async function targetTeamIds(tx: Prisma.TransactionClient, organisationId: string, teamId: string | null): Promise<string[] | null> {
  let subtree: { path: { startsWith: string } } | object = {};
  if (teamId !== null) {
    const root = await tx.team.findFirst({ where: { id: teamId, organisationId, archivedAt: null }, select: { path: true } });
    if (!root) return null;
    subtree = { path: { startsWith: root.path } };
  }
  const teams = await tx.team.findMany({ where: { organisationId, archivedAt: null, ...subtree }, select: { id: true } });
  return teams.map((team) => team.id);
}

export async function replacePulseTeams(
  tx: Prisma.TransactionClient,
  organisationId: string,
  pulseId: string,
  teamIds: readonly string[],
): Promise<void> {
  await tx.pulseTeam.deleteMany({ where: { organisationId, pulseId } });
  await tx.pulseTeam.createMany({ data: teamIds.map((teamId) => ({ organisationId, pulseId, teamId })) });
}

/** A whole-organisation pulse covers the organisation's active teams as they are now (teams made since the draft included). */
export async function refreshWholeOrganisation(tx: Prisma.TransactionClient, organisationId: string, pulseId: string): Promise<void> {
  const pulse = await tx.pulse.findUniqueOrThrow({ where: { id: pulseId }, select: { wholeOrganisation: true } });
  if (pulse.wholeOrganisation) await replacePulseTeams(tx, organisationId, pulseId, (await targetTeamIds(tx, organisationId, null)) ?? []);
}

/** Another pulse of the organisation already has this name (case and outer spaces aside): a warning HR may override. */
export async function refuseDuplicateName(
  tx: Prisma.TransactionClient,
  organisationId: string,
  name: string,
  exceptPulseId: string | null,
): Promise<void> {
  const same = await tx.pulse.count({
    where: { organisationId, name: { equals: name.trim(), mode: "insensitive" }, ...(exceptPulseId ? { id: { not: exceptPulseId } } : {}) },
  });
  if (same > 0) throw new DuplicatePulseNameError();
}
