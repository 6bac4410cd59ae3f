// The organisation's teams as choices for a new pulse (HR, ADMIN), in tree order; archived
// teams take no new pulse.
import type { Actor } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ForbiddenError } from "@/lib/errors";
import { db } from "../client";
import { withOrganisation } from "../tenant-context";

export async function listTeamOptions(actor: Actor): Promise<Array<{ id: string; name: string; depth: number }>> {
  return withOrganisation(actor.organisationId, async () => {
    if (!can(actor, "pulses:manage")) throw new ForbiddenError();
    return db().team.findMany({
      where: { organisationId: actor.organisationId, archivedAt: null },
      orderBy: { path: "asc" },
      select: { id: true, name: true, depth: true },
    });
  });
}
