// SCIM 2.0 Groups for an identity provider holding the organisation's SCIM token (docs/scim.md):
// a Group is a team (its id the team's), its members the active people working in it. New groups
// are root teams; delete = the members leave the team and it is archived (its history stays).
// Writes run in one directory-sync transaction under the tree lock, audited; any refusal stores
// nothing. Another organisation's id is "not found".
import type { ScimPrincipal } from "@/lib/auth/actor-types";
import { NotFoundError } from "@/lib/errors";
import { ScimError } from "@/lib/scim/scim-error";
import type { ScimFilter, ScimPage } from "@/lib/scim/scim-filter";
import { applyScimPatch, ZScimPatch, type MembersDelta } from "@/lib/scim/scim-patch";
import { groupResourceBody } from "@/lib/scim/scim-resources";
import { parseScimGroup, type ScimGroupInput } from "@/lib/scim/scim-schemas";
import { db } from "../client";
import type { Prisma } from "../generated/client";
import { auditDirectorySync, inDirectorySync } from "../internal/directory/directory-sync-transaction";
import { applyMembersDelta, checkTeamUnique, findScimTeam, loadScimTeams, type ScimTeamDto } from "../internal/scim/scim-teams";
import { withOrganisation } from "../tenant-context";

export type { ScimTeamDto };
type Tx = Prisma.TransactionClient;

const notFound = () => new NotFoundError("Group");

async function setTeam(tx: Tx, organisationId: string, id: string, group: Pick<ScimGroupInput, "displayName" | "externalId">) {
  await checkTeamUnique(tx, organisationId, id, group.displayName, group.externalId ?? null);
  await tx.team.updateMany({
    where: { id, organisationId },
    data: { name: group.displayName, ...(group.externalId ? { externalId: group.externalId } : {}) },
  });
}

export async function createScimGroup(principal: ScimPrincipal, body: unknown): Promise<ScimTeamDto> {
  return withOrganisation(principal.organisationId, async () => {
    const group = parseScimGroup(body);
    const organisationId = principal.organisationId;
    return inDirectorySync(principal, async (tx) => {
      await checkTeamUnique(tx, organisationId, null, group.displayName, group.externalId ?? null);
      const id = crypto.randomUUID();
      // A root team, as the teams sync creates one (lib/db/directory/sync-teams.ts).
      await tx.team.create({
        data: {
          id,
          organisationId,
          name: group.displayName,
          kind: "TEAM",
          externalId: group.externalId ?? null,
          path: `/${id}/`,
          depth: 0,
        },
      });
      const counts = await applyMembersDelta(tx, organisationId, id, {
        added: (group.members ?? []).map((member) => member.value),
        removed: [],
        clear: false,
      });
      await auditDirectorySync(tx, principal, "scim.group.create", { name: group.displayName, ...counts }, { type: "Team", id });
      return (await findScimTeam(tx, organisationId, id, true))!;
    });
  });
}

export async function getScimGroup(principal: ScimPrincipal, id: string, withMembers: boolean): Promise<ScimTeamDto> {
  return withOrganisation(principal.organisationId, async () => {
    const team = await findScimTeam(db(), principal.organisationId, id, withMembers);
    if (!team) throw notFound();
    return team;
  });
}

export async function listScimGroups(
  principal: ScimPrincipal,
  filter: ScimFilter | null,
  page: ScimPage,
  withMembers: boolean,
): Promise<{ totalResults: number; resources: ScimTeamDto[] }> {
  return withOrganisation(principal.organisationId, async () => {
    if (filter?.attribute === "userName") throw new ScimError(400, "Groups are filtered by displayName or externalId", "invalidFilter");
    const where = filter ? { [filter.attribute]: filter.value } : {};
    const { total, teams } = await loadScimTeams(
      db(),
      principal.organisationId,
      where,
      { offset: page.startIndex - 1, limit: page.count },
      withMembers,
    );
    return { totalResults: total, resources: teams };
  });
}

async function change(
  principal: ScimPrincipal,
  id: string,
  group: Pick<ScimGroupInput, "displayName" | "externalId">,
  members: MembersDelta,
) {
  const organisationId = principal.organisationId;
  return inDirectorySync(principal, async (tx) => {
    const current = await findScimTeam(tx, organisationId, id, false);
    if (!current) throw notFound();
    if (current.name !== group.displayName || (group.externalId && group.externalId !== current.externalId))
      await setTeam(tx, organisationId, id, group);
    const counts = await applyMembersDelta(tx, organisationId, id, members);
    await auditDirectorySync(tx, principal, "scim.group.update", { name: group.displayName, ...counts }, { type: "Team", id });
    return (await findScimTeam(tx, organisationId, id, true))!;
  });
}

/** PUT: name and HR id replaced; members, when given, become the whole list (left out: unchanged). */
export async function replaceScimGroup(principal: ScimPrincipal, id: string, body: unknown): Promise<ScimTeamDto> {
  return withOrganisation(principal.organisationId, async () => {
    const group = parseScimGroup(body);
    const members = group.members
      ? { clear: true, added: group.members.map((member) => member.value), removed: [] }
      : { clear: false, added: [], removed: [] };
    return change(principal, id, group, members);
  });
}

export async function patchScimGroup(principal: ScimPrincipal, id: string, body: unknown): Promise<ScimTeamDto> {
  return withOrganisation(principal.organisationId, async () => {
    const parsed = ZScimPatch.safeParse(body);
    if (!parsed.success)
      throw new ScimError(400, `${parsed.error.issues[0]!.path.join(".") || "body"} ${parsed.error.issues[0]!.message}`, "invalidSyntax");
    const current = await getScimGroup(principal, id, false);
    const { resource, members } = applyScimPatch(groupResourceBody(current), parsed.data.Operations);
    return change(principal, id, parseScimGroup(resource), members);
  });
}

/** DELETE: the members leave the team, which is archived (answers and history kept); a team with sub-teams is refused. */
export async function deleteScimGroup(principal: ScimPrincipal, id: string): Promise<void> {
  return withOrganisation(principal.organisationId, async () => {
    const organisationId = principal.organisationId;
    await inDirectorySync(principal, async (tx) => {
      const current = await findScimTeam(tx, organisationId, id, false);
      if (!current) throw notFound();
      if ((await tx.team.count({ where: { organisationId, parentId: id, archivedAt: null } })) > 0)
        throw new ScimError(400, "this team has sub-teams: archive them in Symétrie first", "mutability");
      const counts = await applyMembersDelta(tx, organisationId, id, { clear: true, added: [], removed: [] });
      await tx.team.updateMany({ where: { id, organisationId }, data: { archivedAt: new Date() } });
      await auditDirectorySync(tx, principal, "scim.group.delete", { name: current.name, ...counts }, { type: "Team", id });
    });
  });
}
