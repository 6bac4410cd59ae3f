// GET /api/v1/teams: the team tree as the HR sync sees it (HR id, name, kind, parent's HR id,
// archived), 500 a page in HR-id order with a keyset cursor. Teams without an HR id are listed
// too (externalId null) so an integrator sees the whole tree.
import type { Principal } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ExpectedError, ForbiddenError } from "@/lib/errors";
import { isUuid } from "@/lib/patterns";
import { db } from "../client";
import { withOrganisation } from "../tenant-context";

export const SYNCED_TEAMS_PAGE = 500;

export interface SyncedTeamDto {
  id: string;
  externalId: string | null;
  name: string;
  kind: "DIRECTION" | "SERVICE" | "TEAM";
  parentExternalId: string | null;
  parentId: string | null;
  archived: boolean;
}

export async function listSyncedTeams(
  principal: Principal,
  after: string | undefined,
): Promise<{ teams: SyncedTeamDto[]; next: string | null }> {
  return withOrganisation(principal.organisationId, async () => {
    if (!can(principal, "directory:sync")) throw new ForbiddenError();
    if (after !== undefined && !isUuid(after)) throw new ExpectedError("INVALID_INPUT", "after must be the next cursor of a previous page");
    const rows = await db().$queryRaw<SyncedTeamDto[]>`
    SELECT t.id::text, t."externalId", t.name, t.kind::text AS kind, p."externalId" AS "parentExternalId", t."parentId"::text AS "parentId",
           t."archivedAt" IS NOT NULL AS archived
    FROM "Team" t LEFT JOIN "Team" p ON p.id = t."parentId"
    WHERE t."organisationId" = ${principal.organisationId}::uuid AND (${after ?? null}::uuid IS NULL OR t.id > ${after ?? null}::uuid)
    ORDER BY t.id LIMIT ${SYNCED_TEAMS_PAGE + 1}`;
    const teams = rows.slice(0, SYNCED_TEAMS_PAGE);
    return { teams, next: rows.length > SYNCED_TEAMS_PAGE ? teams[teams.length - 1]!.id : null };
  });
}
