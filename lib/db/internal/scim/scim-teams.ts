// What the SCIM Group operations share inside a directory-sync transaction (docs/scim.md): a team
// as a DTO with its members (the active people whose team it is), and membership changes applied
// through the people sync's writer as moves, so a person who changes team gets the job-change
// moment of truth exactly as with the HR-system sync. A person works in one team: a group that
// adds them takes them from their previous team; removing them leaves them without a team.
import type { PeopleSyncPlan } from "@/lib/organisations/people-sync";
import { isUuid } from "@/lib/patterns";
import { ScimError } from "@/lib/scim/scim-error";
import type { MembersDelta } from "@/lib/scim/scim-patch";
import type { ScimTeamView } from "@/lib/scim/scim-resources";
import type { Prisma } from "../../generated/client";
import { applyPeoplePlan } from "../directory/apply-people-plan";

type Tx = Prisma.TransactionClient;
export type ScimTeamDto = ScimTeamView;

const TEAM_COLUMNS = `t.id::text, t."externalId", t.name, to_char(t."createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt"`;

/** Teams of the organisation that are groups: every team not archived. */
export async function loadScimTeams(
  tx: Tx,
  organisationId: string,
  where: { id?: string; externalId?: string; displayName?: string },
  page: { offset: number; limit: number },
  withMembers: boolean,
): Promise<{ total: number; teams: ScimTeamDto[] }> {
  const [condition, value] =
    where.id !== undefined
      ? [`AND t.id = $2::uuid`, where.id]
      : where.externalId !== undefined
        ? [`AND t."externalId" = $2`, where.externalId]
        : where.displayName !== undefined
          ? [`AND t.name = $2`, where.displayName]
          : ["", null];
  const params = [organisationId, ...(value === null ? [] : [value])];
  const from = `FROM "Team" t WHERE t."organisationId" = $1::uuid AND t."archivedAt" IS NULL ${condition}`;
  const [{ total }] = (await tx.$queryRawUnsafe<Array<{ total: number }>>(`SELECT count(*)::int AS total ${from}`, ...params)) as [
    { total: number },
  ];
  const rows =
    page.limit === 0
      ? []
      : await tx.$queryRawUnsafe<Array<Omit<ScimTeamDto, "members">>>(
          `SELECT ${TEAM_COLUMNS} ${from} ORDER BY t.id OFFSET ${page.offset} LIMIT ${page.limit}`,
          ...params,
        );
  if (!withMembers) return { total, teams: rows.map((row) => ({ ...row, members: null })) };
  const members = await tx.$queryRaw<Array<{ teamId: string; id: string; name: string }>>`
    SELECT m."teamId"::text AS "teamId", m.id::text, u.name FROM "Membership" m JOIN "User" u ON u.id = m."userId"
    WHERE m."organisationId" = ${organisationId}::uuid AND m.active AND m."teamId" = ANY(${rows.map((row) => row.id)}::uuid[]) ORDER BY m.id`;
  return {
    total,
    teams: rows.map((row) => ({
      ...row,
      members: members.filter((member) => member.teamId === row.id).map(({ id, name }) => ({ id, name })),
    })),
  };
}

export async function findScimTeam(tx: Tx, organisationId: string, id: string, withMembers: boolean): Promise<ScimTeamDto | null> {
  if (!isUuid(id)) return null;
  return (await loadScimTeams(tx, organisationId, { id }, { offset: 0, limit: 1 }, withMembers)).teams[0] ?? null;
}

/** Applies a members delta to the team: moves in the people sync's plan shape. Returns the counts and events. */
export async function applyMembersDelta(tx: Tx, organisationId: string, teamId: string, delta: MembersDelta) {
  const ids = [...new Set([...delta.added, ...delta.removed])];
  const bad = ids.find((id) => !isUuid(id));
  if (bad !== undefined) throw new ScimError(400, `members: "${bad}" is not a user of this organisation`, "invalidValue");
  const people = await tx.$queryRaw<Array<{ id: string; externalId: string | null; teamId: string | null; active: boolean }>>`
    SELECT m.id::text, m."externalId", m."teamId"::text AS "teamId", m.active FROM "Membership" m
    WHERE m."organisationId" = ${organisationId}::uuid AND (m.id = ANY(${ids}::uuid[]) OR (${delta.clear} AND m.active AND m."teamId" = ${teamId}::uuid))`;
  const byId = new Map(people.map((person) => [person.id, person]));
  const unknown = ids.find((id) => !byId.has(id));
  if (unknown !== undefined) throw new ScimError(400, `members: "${unknown}" is not a user of this organisation`, "invalidValue");
  const target = new Map<string, string | null>();
  // "All members" are the ones a group lists: the active people (a deactivated person keeps their team).
  if (delta.clear) for (const person of people) if (person.active && person.teamId === teamId) target.set(person.id, null);
  for (const id of delta.removed) if (byId.get(id)!.teamId === teamId) target.set(id, null);
  for (const id of delta.added) target.set(id, teamId);
  const moved = [...target]
    .filter(([id, to]) => byId.get(id)!.teamId !== to)
    .map(([id, to]) => ({ membershipId: id, externalId: byId.get(id)!.externalId ?? id, teamId: to, fromTeamId: byId.get(id)!.teamId }));
  const plan: PeopleSyncPlan = { errors: [], rows: [], created: [], updated: [], moved, deactivated: [], reactivated: [], unchanged: 0 };
  const events = moved.length > 0 ? await applyPeoplePlan(tx, organisationId, plan) : 0;
  return { joined: moved.filter((move) => move.teamId !== null).length, left: moved.filter((move) => move.teamId === null).length, events };
}

/** A displayName or externalId already used by another team (not archived, for names) is a uniqueness conflict. */
export async function checkTeamUnique(tx: Tx, organisationId: string, selfId: string | null, name: string, externalId: string | null) {
  const clash = await tx.$queryRaw<Array<{ field: string }>>`
    SELECT CASE WHEN t."externalId" = ${externalId} THEN 'externalId' ELSE 'displayName' END AS field FROM "Team" t
    WHERE t."organisationId" = ${organisationId}::uuid AND t.id IS DISTINCT FROM ${selfId}::uuid
      AND (t."externalId" = ${externalId} OR (t.name = ${name} AND t."archivedAt" IS NULL)) LIMIT 1`;
  if (clash[0]) throw new ScimError(409, `${clash[0].field} is already another team's`, "uniqueness");
}
