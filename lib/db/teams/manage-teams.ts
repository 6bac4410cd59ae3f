// The team tree editor's writes (ADMIN, issue 12 §2): create, edit (name, kind, HR-system id),
// move with its whole subtree (paths and depths rewritten in one statement, in one transaction;
// a cycle refused), archive and restore a subtree (answers and history kept; an archived team
// takes no new contacts, pulses or people). One organisation's tree edits run one at a time
// (an advisory lock), every change is audited, bad input writes nothing.
import type { Actor } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/patterns";
import { teamFieldErrors, ZCreateTeam, ZMoveTeam, ZTeamFields, type TeamFieldErrors } from "@/lib/organisations/team-schema";
import { db } from "../client";
import { Prisma } from "../generated/client";
import { lockTree } from "../internal/directory/tree-lock";
import { withOrganisation } from "../tenant-context";

export type TeamWriteResult = { ok: true; id: string } | { ok: false; fieldErrors: TeamFieldErrors };

type Tx = Prisma.TransactionClient;

function requireAdmin(actor: Actor) {
  if (!can(actor, "organisation:manage")) throw new ForbiddenError();
}

async function findTeam(tx: Tx, organisationId: string, id: unknown) {
  if (!isUuid(id)) return null;
  return tx.team.findFirst({
    where: { id: id.toLowerCase(), organisationId },
    select: { id: true, path: true, depth: true, archivedAt: true, name: true },
  });
}

async function externalIdTaken(tx: Tx, organisationId: string, externalId: string | null, except?: string) {
  if (externalId === null) return false;
  return (await tx.team.count({ where: { organisationId, externalId, ...(except ? { NOT: { id: except } } : {}) } })) > 0;
}

async function audit(tx: Tx, actor: Actor, action: string, teamId: string, metadata: Prisma.InputJsonObject) {
  await tx.auditLog.create({
    data: { organisationId: actor.organisationId, actorId: actor.membershipId, action, targetType: "Team", targetId: teamId, metadata },
  });
}

const TAKEN = { externalId: "is already used by another team" };

export async function createTeam(actor: Actor, input: unknown): Promise<TeamWriteResult> {
  return withOrganisation(actor.organisationId, async () => {
    requireAdmin(actor);
    const parsed = ZCreateTeam.safeParse(input);
    if (!parsed.success) return { ok: false, fieldErrors: teamFieldErrors(parsed.error) };
    const { parentId, ...fields } = parsed.data;
    return db().$transaction(async (tx): Promise<TeamWriteResult> => {
      await lockTree(tx, actor.organisationId);
      const parent = parentId ? await findTeam(tx, actor.organisationId, parentId) : null;
      if (parentId && !parent) return { ok: false, fieldErrors: { parentId: "must be a team of the organisation" } };
      if (parent?.archivedAt) return { ok: false, fieldErrors: { parentId: "is archived: it takes no new teams" } };
      if (await externalIdTaken(tx, actor.organisationId, fields.externalId)) return { ok: false, fieldErrors: TAKEN };
      const id = crypto.randomUUID();
      await tx.team.create({
        data: {
          id,
          organisationId: actor.organisationId,
          parentId: parent?.id ?? null,
          ...fields,
          path: `${parent?.path ?? "/"}${id}/`,
          depth: parent ? parent.depth + 1 : 0,
        },
      });
      await audit(tx, actor, "team.create", id, { name: fields.name, parentId: parent?.id ?? null });
      return { ok: true, id };
    });
  });
}

export async function updateTeam(actor: Actor, teamId: string, input: unknown): Promise<TeamWriteResult> {
  return withOrganisation(actor.organisationId, async () => {
    requireAdmin(actor);
    const parsed = ZTeamFields.safeParse(input);
    return db().$transaction(async (tx): Promise<TeamWriteResult> => {
      await lockTree(tx, actor.organisationId);
      const team = await findTeam(tx, actor.organisationId, teamId);
      if (!team) throw new NotFoundError("team");
      if (!parsed.success) return { ok: false, fieldErrors: teamFieldErrors(parsed.error) };
      if (await externalIdTaken(tx, actor.organisationId, parsed.data.externalId, team.id)) return { ok: false, fieldErrors: TAKEN };
      const before = await tx.team.findUniqueOrThrow({ where: { id: team.id }, select: { name: true, kind: true, externalId: true } });
      await tx.team.update({ where: { id: team.id }, data: parsed.data });
      const changes = Object.fromEntries(
        (["name", "kind", "externalId"] as const)
          .filter((field) => before[field] !== parsed.data[field])
          .map((field) => [field, { from: before[field], to: parsed.data[field] }]),
      );
      if (Object.keys(changes).length > 0) await audit(tx, actor, "team.update", team.id, { changes });
      return { ok: true, id: team.id };
    });
  });
}

export async function moveTeam(actor: Actor, teamId: string, input: unknown): Promise<TeamWriteResult> {
  return withOrganisation(actor.organisationId, async () => {
    requireAdmin(actor);
    const parsed = ZMoveTeam.safeParse(input);
    return db().$transaction(async (tx): Promise<TeamWriteResult> => {
      await lockTree(tx, actor.organisationId);
      const team = await findTeam(tx, actor.organisationId, teamId);
      if (!team) throw new NotFoundError("team");
      if (!parsed.success) return { ok: false, fieldErrors: teamFieldErrors(parsed.error) };
      const parentId = parsed.data.parentId;
      const parent = parentId ? await findTeam(tx, actor.organisationId, parentId) : null;
      if (parentId && !parent) return { ok: false, fieldErrors: { parentId: "must be a team of the organisation" } };
      if (parent && parent.path.startsWith(team.path))
        return { ok: false, fieldErrors: { parentId: "cannot be the team itself or one of its subteams" } };
      if (parent?.archivedAt) return { ok: false, fieldErrors: { parentId: "is archived: it takes no new teams" } };
      const oldPath = team.path;
      const newPath = `${parent?.path ?? "/"}${team.id}/`;
      if (newPath === oldPath) return { ok: true, id: team.id };
      const shift = (parent ? parent.depth + 1 : 0) - team.depth;
      // The team and every team below it, in one statement: their paths start with the old one.
      await tx.$executeRaw`
      UPDATE "Team" SET path = ${newPath} || substr(path, ${oldPath.length + 1}), depth = depth + ${shift}
      WHERE "organisationId" = ${actor.organisationId}::uuid AND left(path, ${oldPath.length}) = ${oldPath}`;
      await tx.team.update({ where: { id: team.id }, data: { parentId: parent?.id ?? null } });
      await audit(tx, actor, "team.move", team.id, { from: oldPath, to: newPath });
      return { ok: true, id: team.id };
    });
  });
}

/** Archives the team and every team below it (or restores them); history is kept either way. */
export async function setTeamArchived(actor: Actor, teamId: string, archived: boolean): Promise<TeamWriteResult> {
  return withOrganisation(actor.organisationId, async () => {
    requireAdmin(actor);
    return db().$transaction(async (tx): Promise<TeamWriteResult> => {
      await lockTree(tx, actor.organisationId);
      const team = await findTeam(tx, actor.organisationId, teamId);
      if (!team) throw new NotFoundError("team");
      if (!archived) {
        const parent = await tx.team.findFirst({ where: { children: { some: { id: team.id } } }, select: { archivedAt: true } });
        if (parent?.archivedAt) return { ok: false, fieldErrors: { form: "its parent team is archived: restore or move that first" } };
      }
      if (archived) {
        const people = await tx.membership.count({
          where: { organisationId: actor.organisationId, active: true, team: { path: { startsWith: team.path } } },
        });
        if (people > 0) return { ok: false, fieldErrors: { form: `still has ${people} active people: move or deactivate them first` } };
      }
      const count = await tx.team.updateMany({
        where: { organisationId: actor.organisationId, path: { startsWith: team.path }, archivedAt: archived ? null : { not: null } },
        data: { archivedAt: archived ? new Date() : null },
      });
      await audit(tx, actor, archived ? "team.archive" : "team.restore", team.id, { teams: count.count });
      return { ok: true, id: team.id };
    });
  });
}
