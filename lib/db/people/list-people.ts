// The people directory (ADMIN, HR; issue 12 §3): search by name, address or HR id, filter by
// team subtree, role and status, 50 a page in name order with a keyset cursor (stable under
// inserts, no OFFSET). Each person says where their account stands: password set, invited
// (open link), invitation expired, or nothing sent yet.
import type { Actor } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ExpectedError, ForbiddenError, NotFoundError } from "@/lib/errors";
import type { PeopleFilters } from "@/lib/organisations/person-schema";
import { isUuid } from "@/lib/patterns";
import { db } from "../client";
import { Prisma } from "../generated/client";
import { withOrganisation } from "../tenant-context";

export const PEOPLE_PAGE = 50;

export type AccountState = "password" | "invited" | "expired" | "none";

export interface PersonRow {
  membershipId: string;
  userId: string;
  name: string;
  email: string;
  role: "ADMIN" | "HR" | "CX" | "MANAGER" | "EMPLOYEE";
  teamId: string | null;
  teamName: string | null;
  externalId: string | null;
  active: boolean;
  locale: "fr" | "en";
  account: AccountState;
  invitedAt: Date | null;
  invitationExpiresAt: Date | null;
}

export interface PeoplePage {
  rows: PersonRow[];
  /** The cursor of the next page, null on the last. */
  next: string | null;
}

const cursorOf = (row: PersonRow) => Buffer.from(JSON.stringify([row.name.toLowerCase(), row.membershipId])).toString("base64url");

function readCursor(raw: string | undefined): [string, string] | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === "string" && isUuid(value[1])) return [value[0], value[1]];
  } catch {
    // Falls through to the refusal below.
  }
  throw new ExpectedError("INVALID_INPUT", "the page cursor is not one this directory gave");
}

function requirePeopleManager(actor: Actor) {
  if (!can(actor, "people:manage")) throw new ForbiddenError();
}

const SELECT = Prisma.sql`
  SELECT m.id::text AS "membershipId", u.id::text AS "userId", u.name, u.email, m.role::text AS role, m."teamId"::text AS "teamId",
         t.name AS "teamName", m."externalId", m.active, u.locale::text AS locale,
         CASE WHEN u."passwordHash" IS NOT NULL THEN 'password'
              WHEN inv."expiresAt" > now() THEN 'invited'
              WHEN inv."expiresAt" IS NOT NULL THEN 'expired'
              ELSE 'none' END AS account,
         inv."createdAt" AS "invitedAt", inv."expiresAt" AS "invitationExpiresAt"
  FROM "Membership" m
  JOIN "User" u ON u.id = m."userId"
  LEFT JOIN "Team" t ON t.id = m."teamId"
  LEFT JOIN LATERAL (
    SELECT a."createdAt", a."expiresAt" FROM "AccountToken" a
    WHERE a."organisationId" = m."organisationId" AND a."userId" = m."userId" AND a.purpose IN ('INVITATION', 'SETUP') AND a."usedAt" IS NULL
    ORDER BY a."createdAt" DESC LIMIT 1
  ) inv ON true`;

/**
 * The directory filter (search, team subtree, role, status) as SQL conditions on m (Membership),
 * u (User) and t (Team); shared with the bulk invitation so both mean the same people. The page
 * cursor is not part of it. An unknown team is "not found".
 */
export async function peopleFilterConditions(actor: Actor, filters: PeopleFilters): Promise<Prisma.Sql[]> {
  return withOrganisation(actor.organisationId, async () => {
    const conditions = [Prisma.sql`m."organisationId" = ${actor.organisationId}::uuid`];
    if (filters.status !== "all") conditions.push(Prisma.sql`m.active = ${filters.status === "active"}`);
    if (filters.role) conditions.push(Prisma.sql`m.role = ${filters.role}::"Role"`);
    if (filters.teamId) {
      const team = await db().team.findFirst({
        where: { id: filters.teamId, organisationId: actor.organisationId },
        select: { path: true },
      });
      if (!team) throw new NotFoundError("team");
      conditions.push(Prisma.sql`left(t.path, ${team.path.length}) = ${team.path}`);
    }
    if (filters.q) {
      const like = `%${filters.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      conditions.push(Prisma.sql`(lower(u.name) LIKE ${like} OR u.email LIKE ${like} OR lower(coalesce(m."externalId", '')) LIKE ${like})`);
    }
    return conditions;
  });
}

export async function listPeople(actor: Actor, filters: PeopleFilters): Promise<PeoplePage> {
  return withOrganisation(actor.organisationId, async () => {
    requirePeopleManager(actor);
    const after = readCursor(filters.after);
    const conditions = await peopleFilterConditions(actor, filters);
    if (after) conditions.push(Prisma.sql`(lower(u.name), m.id) > (${after[0]}, ${after[1]}::uuid)`);
    const rows = await db().$queryRaw<PersonRow[]>`
    ${SELECT} WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY lower(u.name), m.id LIMIT ${PEOPLE_PAGE + 1}`;
    const page = rows.slice(0, PEOPLE_PAGE);
    return { rows: page, next: rows.length > PEOPLE_PAGE ? cursorOf(page[page.length - 1]!) : null };
  });
}

/** One person of the directory, or NotFound (another organisation's id, garbage). */
export async function getPerson(actor: Actor, membershipId: string): Promise<PersonRow> {
  return withOrganisation(actor.organisationId, async () => {
    requirePeopleManager(actor);
    if (!isUuid(membershipId)) throw new NotFoundError("person");
    const [row] = await db().$queryRaw<PersonRow[]>`
    ${SELECT} WHERE m."organisationId" = ${actor.organisationId}::uuid AND m.id = ${membershipId.toLowerCase()}::uuid`;
    if (!row) throw new NotFoundError("person");
    return row;
  });
}
