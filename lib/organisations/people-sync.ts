// The HR-system sync of the people (issue 12 §4): the body's shape, and the plan — who would be
// created, updated (name, address, role, HR id linked), moved to another team, deactivated or
// reactivated, and every row error — worked out from the organisation's current people and teams
// without writing anything. Pure: the data layer applies a plan only when it has no error.
// People are matched by HR id, then by address (someone added by hand gets linked to their HR id).
// The sync never gives ADMIN and never takes it away: an administrator keeps that role, and only
// an administrator (or an API key) may change an administrator's name, address or team. Mirror
// mode deactivates only synced people (with an HR id), never an administrator.
import { z } from "zod";
import type { Role } from "@/lib/auth/actor-types";
import { parseSyncRows, type SyncRowError } from "./team-sync";

export const MAX_SYNC_PEOPLE = 200_000;
export const syncRoles = ["HR", "CX", "MANAGER", "EMPLOYEE"] as const;

const text = (max: number) =>
  z.string({ error: "is required" }).trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);

export const ZPeopleSyncRow = z.strictObject({
  externalId: text(100),
  email: z.string({ error: "is required" }).trim().toLowerCase().pipe(z.email("must be an email address").max(320)),
  givenName: text(60),
  familyName: text(60),
  teamExternalId: z
    .string({ error: "must be the HR id of a team, or null for none" })
    .trim()
    .max(100, "must be at most 100 characters")
    .transform((value) => (value === "" ? null : value))
    .nullable(),
  role: z.enum(syncRoles, { error: "must be HR, CX, MANAGER or EMPLOYEE (ADMIN is given in Symétrie, never by the sync)" }),
});
export type PeopleSyncRow = z.infer<typeof ZPeopleSyncRow>;

export const ZPeopleSyncBody = z.strictObject({
  people: z.array(z.unknown()).max(MAX_SYNC_PEOPLE, `at most ${MAX_SYNC_PEOPLE} people per request`),
});

export interface ExistingPerson {
  membershipId: string;
  userId: string;
  externalId: string | null;
  email: string;
  name: string;
  role: Role;
  teamId: string | null;
  active: boolean;
  /** The person's account also belongs to another organisation: its name and address are not ours to change. */
  sharedUser: boolean;
}

export interface SyncTeamRef {
  id: string;
  externalId: string | null;
  archived: boolean;
}

export interface PeopleSyncContext {
  people: readonly ExistingPerson[];
  teams: readonly SyncTeamRef[];
  /** Accounts outside the organisation holding one of the body's addresses (address → user id). */
  outsideUsers: ReadonlyMap<string, string>;
  mirror: boolean;
  /** Whoever syncs may change an administrator (an ADMIN or an API key). */
  mayEditAdmins: boolean;
  /** The syncing person's membership (never deactivated nor given another role by their own sync). */
  selfMembershipId: string | null;
}

export interface PersonUpdate {
  membershipId: string;
  userId: string;
  externalId: string;
  name: string | null;
  email: string | null;
  role: Role | null;
  linkExternalId: boolean;
}

export interface PeopleSyncPlan {
  errors: SyncRowError[];
  rows: PeopleSyncRow[];
  /** New people: a new membership, for a new account or one known in another organisation. */
  created: Array<{ row: PeopleSyncRow; name: string; teamId: string | null; userId: string | null }>;
  updated: PersonUpdate[];
  moved: Array<{ membershipId: string; externalId: string; teamId: string | null; fromTeamId: string | null }>;
  deactivated: Array<{ membershipId: string; userId: string; externalId: string }>;
  reactivated: Array<{ membershipId: string; externalId: string }>;
  unchanged: number;
}

export const fullName = (row: Pick<PeopleSyncRow, "givenName" | "familyName">) => `${row.givenName} ${row.familyName}`;

function duplicates(rows: ReadonlyArray<{ index: number; row: PeopleSyncRow }>, field: "externalId" | "email", errors: SyncRowError[]) {
  const first = new Map<string, number>();
  for (const { index, row } of rows) {
    const seen = first.get(row[field]);
    if (seen !== undefined) errors.push({ index, field, message: `appears twice in the body (also at index ${seen})` });
    else first.set(row[field], index);
  }
}

export function planPeopleSync(rawRows: readonly unknown[], context: PeopleSyncContext): PeopleSyncPlan {
  const plan: PeopleSyncPlan = {
    errors: [],
    rows: [],
    created: [],
    updated: [],
    moved: [],
    deactivated: [],
    reactivated: [],
    unchanged: 0,
  };
  const rows = parseSyncRows(ZPeopleSyncRow, rawRows, "person", plan.errors);
  plan.rows = rows.map(({ row }) => row);
  duplicates(rows, "externalId", plan.errors);
  duplicates(rows, "email", plan.errors);
  const byExternalId = new Map(context.people.flatMap((person) => (person.externalId ? [[person.externalId, person] as const] : [])));
  const byEmail = new Map(context.people.map((person) => [person.email, person]));
  const teams = new Map(context.teams.flatMap((team) => (team.externalId ? [[team.externalId, team] as const] : [])));
  const inBody = new Set(rows.map(({ row }) => row.externalId));

  const matched: Array<{ index: number; row: PeopleSyncRow; person: ExistingPerson | null; teamId: string | null }> = [];
  for (const { index, row } of rows) {
    const error = (field: string, message: string) => plan.errors.push({ index, field, message });
    let teamId: string | null = null;
    if (row.teamExternalId !== null) {
      const team = teams.get(row.teamExternalId);
      if (!team) error("teamExternalId", `unknown team "${row.teamExternalId}": sync the teams first`);
      else if (team.archived) error("teamExternalId", `"${row.teamExternalId}" is archived: it takes no people`);
      else teamId = team.id;
    }
    let person = byExternalId.get(row.externalId) ?? null;
    const holder = byEmail.get(row.email);
    if (!person && holder) {
      if (holder.externalId === null) person = holder;
      else error("email", `is already the address of "${holder.externalId}" in Symétrie`);
    } else if (person && holder && holder !== person) error("email", `is already the address of another person in Symétrie`);
    else if (person && person.email !== row.email && context.outsideUsers.has(row.email))
      error("email", "is already the address of an account outside this organisation");
    else if (person && person.email !== row.email && person.sharedUser)
      error("email", "this person's account also belongs to another organisation: its address is not changed by a sync");
    if (person && person.role === "ADMIN" && !context.mayEditAdmins) {
      const changes = personChanges(person, row, teamId, context);
      if (changes.update || changes.moved || changes.reactivated)
        error("externalId", "is an administrator: only an administrator may change them");
    }
    if (person && person.membershipId === context.selfMembershipId && person.role !== row.role && person.role !== "ADMIN")
      error("role", "is your own: it cannot be changed by your own sync");
    matched.push({ index, row, person, teamId });
  }
  if (context.mirror) {
    const kept = new Set(matched.map(({ person }) => person));
    for (const person of context.people) {
      if (!person.active || person.externalId === null || person.role === "ADMIN" || inBody.has(person.externalId)) continue;
      if (kept.has(person)) continue;
      if (person.membershipId === context.selfMembershipId)
        plan.errors.push({
          index: -1,
          field: "people",
          message: `you ("${person.externalId}") are missing from the body: mirroring would deactivate you`,
        });
      else plan.deactivated.push({ membershipId: person.membershipId, userId: person.userId, externalId: person.externalId });
    }
  }
  if (plan.errors.length > 0) return plan;

  for (const { row, person, teamId } of matched) {
    if (!person) {
      plan.created.push({ row, name: fullName(row), teamId, userId: context.outsideUsers.get(row.email) ?? null });
      continue;
    }
    const changes = personChanges(person, row, teamId, context);
    if (changes.update) plan.updated.push(changes.update);
    if (changes.moved)
      plan.moved.push({ membershipId: person.membershipId, externalId: row.externalId, teamId, fromTeamId: person.teamId });
    if (changes.reactivated) plan.reactivated.push({ membershipId: person.membershipId, externalId: row.externalId });
    if (!changes.update && !changes.moved && !changes.reactivated) plan.unchanged++;
  }
  return plan;
}

function personChanges(person: ExistingPerson, row: PeopleSyncRow, teamId: string | null, context: PeopleSyncContext) {
  const name = !person.sharedUser && person.name !== fullName(row) ? fullName(row) : null;
  const email = person.email !== row.email ? row.email : null;
  // An administrator stays one; nobody's own role changes through their own sync.
  const keepsRole = person.role === "ADMIN" || person.membershipId === context.selfMembershipId;
  const role = !keepsRole && person.role !== row.role ? row.role : null;
  const linkExternalId = person.externalId === null;
  const update: PersonUpdate | null =
    name !== null || email !== null || role !== null || linkExternalId
      ? { membershipId: person.membershipId, userId: person.userId, externalId: row.externalId, name, email, role, linkExternalId }
      : null;
  return { update, moved: person.teamId !== teamId, reactivated: !person.active };
}

/** The counts a sync answers with. */
export function peopleSyncCounts(plan: PeopleSyncPlan) {
  return {
    created: plan.created.length,
    updated: plan.updated.length,
    moved: plan.moved.length,
    deactivated: plan.deactivated.length,
    reactivated: plan.reactivated.length,
    unchanged: plan.unchanged,
  };
}
