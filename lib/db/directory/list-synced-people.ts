// GET /api/v1/people: the people as the HR sync sees them (HR id, address, name, role, team's HR
// id, active), 500 a page in membership-id order with a keyset cursor. People without an HR id
// are listed too (externalId null) so an integrator sees everyone.
import type { Principal } from "@/lib/auth/actor-types";
import type { Role } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ExpectedError, ForbiddenError } from "@/lib/errors";
import { isUuid } from "@/lib/patterns";
import { db } from "../client";
import { withOrganisation } from "../tenant-context";

export const SYNCED_PEOPLE_PAGE = 500;

export interface SyncedPersonDto {
  id: string;
  externalId: string | null;
  email: string;
  name: string;
  role: Role;
  teamExternalId: string | null;
  teamId: string | null;
  active: boolean;
}

export async function listSyncedPeople(
  principal: Principal,
  after: string | undefined,
): Promise<{ people: SyncedPersonDto[]; next: string | null }> {
  return withOrganisation(principal.organisationId, async () => {
    if (!can(principal, "directory:sync")) throw new ForbiddenError();
    if (after !== undefined && !isUuid(after)) throw new ExpectedError("INVALID_INPUT", "after must be the next cursor of a previous page");
    const rows = await db().$queryRaw<SyncedPersonDto[]>`
    SELECT m.id::text, m."externalId", u.email, u.name, m.role::text AS role, t."externalId" AS "teamExternalId", m."teamId"::text AS "teamId", m.active
    FROM "Membership" m JOIN "User" u ON u.id = m."userId" LEFT JOIN "Team" t ON t.id = m."teamId"
    WHERE m."organisationId" = ${principal.organisationId}::uuid AND (${after ?? null}::uuid IS NULL OR m.id > ${after ?? null}::uuid)
    ORDER BY m.id LIMIT ${SYNCED_PEOPLE_PAGE + 1}`;
    const people = rows.slice(0, SYNCED_PEOPLE_PAGE);
    return { people, next: rows.length > SYNCED_PEOPLE_PAGE ? people[people.length - 1]!.id : null };
  });
}
