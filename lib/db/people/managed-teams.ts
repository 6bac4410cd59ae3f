// The further subtrees a MANAGER manages beside their own team's (issue 12 §3): listed on their
// page, added and removed by ADMIN and HR. Only a manager gets them; a team of another
// organisation or garbage is "not found", an archived team or one already inside what they manage
// is refused with a reason; every change is audited. The manager's view (dashboard, team pages,
// follow-ups) follows through the policy's scope (Actor.managedPaths), on their next request.
import type { Actor } from "@/lib/auth/actor-types";
import { can, canAssignRole } from "@/lib/auth/policy";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/patterns";
import { db } from "../client";
import type { Prisma } from "../generated/client";
import { withOrganisation } from "../tenant-context";

export interface ManagedTeamDto {
  teamId: string;
  name: string;
  archived: boolean;
}

export type ManagedTeamResult = { ok: true } | { ok: false; reason: "notManager" | "archived" | "covered" };

type Tx = Prisma.TransactionClient;

async function findManager(tx: Tx, actor: Actor, membershipId: string) {
  if (!can(actor, "people:manage")) throw new ForbiddenError();
  if (!isUuid(membershipId)) throw new NotFoundError("person");
  const membership = await tx.membership.findFirst({
    where: { id: membershipId.toLowerCase(), organisationId: actor.organisationId },
    select: { id: true, role: true, team: { select: { path: true } }, managedTeams: { select: { team: { select: { path: true } } } } },
  });
  if (!membership) throw new NotFoundError("person");
  if (!canAssignRole(actor, membership.role)) throw new ForbiddenError();
  return membership;
}

async function findTeam(tx: Tx, actor: Actor, teamId: string) {
  if (!isUuid(teamId)) throw new NotFoundError("team");
  const team = await tx.team.findFirst({
    where: { id: teamId.toLowerCase(), organisationId: actor.organisationId },
    select: { id: true, path: true, archivedAt: true },
  });
  if (!team) throw new NotFoundError("team");
  return team;
}

export async function listManagedTeams(actor: Actor, membershipId: string): Promise<ManagedTeamDto[]> {
  return withOrganisation(actor.organisationId, async () => {
    await findManager(db(), actor, membershipId);
    const rows = await db().managedTeam.findMany({
      where: { organisationId: actor.organisationId, membershipId: membershipId.toLowerCase() },
      select: { team: { select: { id: true, name: true, archivedAt: true } } },
      orderBy: { team: { path: "asc" } },
    });
    return rows.map(({ team }) => ({ teamId: team.id, name: team.name, archived: team.archivedAt !== null }));
  });
}

export async function addManagedTeam(actor: Actor, membershipId: string, teamId: string): Promise<ManagedTeamResult> {
  return withOrganisation(actor.organisationId, async () => {
    return db().$transaction(async (tx): Promise<ManagedTeamResult> => {
      const manager = await findManager(tx, actor, membershipId);
      const team = await findTeam(tx, actor, teamId);
      if (manager.role !== "MANAGER") return { ok: false, reason: "notManager" };
      if (team.archivedAt) return { ok: false, reason: "archived" };
      const roots = [manager.team?.path, ...manager.managedTeams.map((managed) => managed.team.path)].filter((root) => root !== undefined);
      if (roots.some((root) => team.path.startsWith(root))) return { ok: false, reason: "covered" };
      // A subtree inside the new one is now redundant: the new root covers it.
      await tx.managedTeam.deleteMany({
        where: { organisationId: actor.organisationId, membershipId: manager.id, team: { path: { startsWith: team.path } } },
      });
      await tx.managedTeam.create({ data: { organisationId: actor.organisationId, membershipId: manager.id, teamId: team.id } });
      await tx.auditLog.create({
        data: {
          organisationId: actor.organisationId,
          actorId: actor.membershipId,
          action: "person.managedTeam.add",
          targetType: "Membership",
          targetId: manager.id,
          metadata: { teamId: team.id },
        },
      });
      return { ok: true };
    });
  });
}

export async function removeManagedTeam(actor: Actor, membershipId: string, teamId: string): Promise<void> {
  return withOrganisation(actor.organisationId, async () => {
    await db().$transaction(async (tx) => {
      const manager = await findManager(tx, actor, membershipId);
      const team = await findTeam(tx, actor, teamId);
      const removed = await tx.managedTeam.deleteMany({
        where: { organisationId: actor.organisationId, membershipId: manager.id, teamId: team.id },
      });
      if (removed.count > 0)
        await tx.auditLog.create({
          data: {
            organisationId: actor.organisationId,
            actorId: actor.membershipId,
            action: "person.managedTeam.remove",
            targetType: "Membership",
            targetId: manager.id,
            metadata: { teamId: team.id },
          },
        });
    });
  });
}
