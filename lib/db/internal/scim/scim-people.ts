// What the SCIM User operations share inside a directory-sync transaction (docs/scim.md): the
// people a request can touch (by id, HR id or address: never the whole directory), the person as a
// DTO, and one person's change worked out by the people sync's own planner and applied by its own
// writer (lib/db/internal/directory/apply-people-plan.ts), so moves emit moments of truth and
// deactivation keeps anonymous answers exactly as the HR-system sync does.
import { planPeopleSync, syncRoles, type ExistingPerson, type PeopleSyncPlan } from "@/lib/organisations/people-sync";
import { NotFoundError } from "@/lib/errors";
import { ScimError } from "@/lib/scim/scim-error";
import type { DesiredPerson } from "@/lib/scim/scim-schemas";
import type { Prisma } from "../../generated/client";
import { applyPeoplePlan } from "../directory/apply-people-plan";

type Tx = Prisma.TransactionClient;

export interface ScimPersonDto {
  id: string;
  externalId: string | null;
  email: string;
  name: string;
  active: boolean;
  teamId: string | null;
  createdAt: string;
}

export const PERSON_COLUMNS = `m.id::text, m."externalId", u.email, u.name, m.active, m."teamId"::text AS "teamId", to_char(m."createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt"`;

export async function findScimPerson(tx: Tx, organisationId: string, id: string): Promise<ScimPersonDto | null> {
  const rows = await tx.$queryRawUnsafe<ScimPersonDto[]>(
    `SELECT ${PERSON_COLUMNS} FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE m."organisationId" = $1::uuid AND m.id = $2::uuid`,
    organisationId,
    id,
  );
  return rows[0] ?? null;
}

/** The people one User request may touch: the one addressed, and whoever holds its HR id or address. */
async function loadCandidates(tx: Tx, organisationId: string, id: string | null, externalId: string | null, email: string) {
  return tx.$queryRaw<ExistingPerson[]>`
    SELECT m.id::text AS "membershipId", m."userId"::text AS "userId", m."externalId", u.email, u.name, m.role::text AS role,
           m."teamId"::text AS "teamId", m.active,
           public.symetrie_user_in_other_organisation(m."userId", m."organisationId") AS "sharedUser"
    FROM "Membership" m JOIN "User" u ON u.id = m."userId"
    WHERE m."organisationId" = ${organisationId}::uuid
      AND (m.id = ${id}::uuid OR m."externalId" = ${externalId} OR u.email = ${email})`;
}

async function setExternalId(tx: Tx, organisationId: string, person: ExistingPerson, externalId: string, others: ExistingPerson[]) {
  if (others.some((other) => other !== person && other.externalId === externalId))
    throw new ScimError(409, `externalId "${externalId}" is already another person's`, "uniqueness");
  await tx.$executeRaw`UPDATE "Membership" SET "externalId" = ${externalId} WHERE id = ${person.membershipId}::uuid AND "organisationId" = ${organisationId}::uuid`;
  person.externalId = externalId;
}

function refusal(plan: PeopleSyncPlan): ScimError {
  const error = plan.errors[0]!;
  const field = error.field === "email" ? "userName" : error.field;
  if (/already the address|appears twice/.test(error.message)) return new ScimError(409, `${field} ${error.message}`, "uniqueness");
  if (/another organisation/.test(error.message)) return new ScimError(400, `${field}: ${error.message}`, "mutability");
  return new ScimError(400, `${field} ${error.message}`, "invalidValue");
}

/**
 * Creates (id null) or changes one person to match a User resource; returns the membership id and
 * the moments of truth created. Any refusal throws before anything is written that would survive
 * (the caller's transaction rolls back).
 */
export async function writeScimPerson(tx: Tx, organisationId: string, id: string | null, desired: DesiredPerson) {
  const people = await loadCandidates(tx, organisationId, id, desired.externalId, desired.email);
  const current = id === null ? null : (people.find((person) => person.membershipId === id) ?? null);
  if (id !== null && !current) throw new NotFoundError("User");
  if (!current) {
    if (people.some((person) => person.email === desired.email))
      throw new ScimError(409, "userName is already a person's address", "uniqueness");
    if (people.some((person) => person.externalId === desired.externalId))
      throw new ScimError(409, `externalId "${desired.externalId}" is already a person's`, "uniqueness");
  }
  // The HR id is what the sync matches on: settle it first, so the plan matches this very person.
  if (current && (current.externalId === null || (desired.externalId !== null && desired.externalId !== current.externalId)))
    await setExternalId(tx, organisationId, current, desired.externalId ?? desired.email, people);
  if (current?.role === "ADMIN" && !desired.active)
    throw new ScimError(400, "an administrator is not deactivated by SCIM: change their role in Symétrie first", "mutability");
  const outside = await tx.$queryRaw<Array<{ id: string }>>`SELECT id::text FROM "User" WHERE email = ${desired.email}`;
  const row = {
    externalId: current?.externalId ?? desired.externalId ?? desired.email,
    email: desired.email,
    givenName: desired.givenName,
    familyName: desired.familyName,
    teamExternalId: current?.teamId ?? null,
    role: current && (syncRoles as readonly string[]).includes(current.role) ? current.role : "EMPLOYEE",
  };
  const plan = planPeopleSync([row], {
    people: current ? [current, ...people.filter((person) => person !== current && person.email === desired.email)] : people,
    // SCIM never changes a person's team through a User: the current team is named by its id.
    teams: current?.teamId ? [{ id: current.teamId, externalId: current.teamId, archived: false }] : [],
    outsideUsers: new Map(outside[0] && !people.some((person) => person.email === desired.email) ? [[desired.email, outside[0].id]] : []),
    mirror: false,
    mayEditAdmins: true,
    selfMembershipId: null,
  });
  if (plan.errors.length > 0) throw refusal(plan);
  if (!desired.active) {
    plan.reactivated = [];
    if (current?.active) plan.deactivated.push({ membershipId: current.membershipId, userId: current.userId, externalId: row.externalId });
  }
  const events = await applyPeoplePlan(tx, organisationId, plan);
  const [written] = await tx.$queryRaw<Array<{ id: string }>>`
    SELECT id::text FROM "Membership" WHERE "organisationId" = ${organisationId}::uuid AND "externalId" = ${row.externalId}`;
  // A person created inactive (rare: an IdP provisioning a suspended account).
  if (!current && !desired.active) await tx.$executeRaw`UPDATE "Membership" SET active = false WHERE id = ${written!.id}::uuid`;
  return { id: written!.id, events, created: !current, deactivated: plan.deactivated.length > 0, reactivated: plan.reactivated.length > 0 };
}
