// The organisation's teams as choices for the contacts page's team filter (`contacts:manage`),
// in tree order with their depth; names only.
import type { Principal } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ForbiddenError } from "@/lib/errors";
import { db } from "../client";
import { withOrganisation } from "../tenant-context";

export interface ContactTeamOptionDto {
  id: string;
  name: string;
  depth: number;
}

export async function listContactTeamOptions(principal: Principal): Promise<ContactTeamOptionDto[]> {
  return withOrganisation(principal.organisationId, async () => {
    if (!can(principal, "contacts:manage")) throw new ForbiddenError();
    return db().team.findMany({
      where: { organisationId: principal.organisationId },
      orderBy: { path: "asc" },
      select: { id: true, name: true, depth: true },
    });
  });
}
