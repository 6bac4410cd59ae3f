// « Mes actions » on the home page: the actions a person owns (an IT or HR colleague serving the
// front line may own actions of teams they do not belong to), still to be carried out first.
import type { Actor } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ForbiddenError } from "@/lib/errors";
import { db } from "../client";
import { withOrganisation } from "../tenant-context";

export interface OwnedActionDto {
  id: string;
  title: string;
  status: "PROPOSED" | "PLANNED" | "IN_PROGRESS" | "DONE" | "MEASURED" | "DROPPED";
  dueDate: string | null;
  teamName: string;
}

export const OWNED_ACTIONS_LIMIT = 20;
const ORDER = ["IN_PROGRESS", "PLANNED", "PROPOSED", "DONE", "MEASURED", "DROPPED"];

export async function listMyOwnedActions(actor: Actor): Promise<OwnedActionDto[]> {
  return withOrganisation(actor.organisationId, async () => {
    if (!can(actor, "actions:read")) throw new ForbiddenError();
    const rows = await db().action.findMany({
      where: { organisationId: actor.organisationId, ownerId: actor.membershipId, status: { notIn: ["MEASURED", "DROPPED"] } },
      select: { id: true, title: true, status: true, dueDate: true, team: { select: { name: true } } },
      orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      take: OWNED_ACTIONS_LIMIT,
    });
    return rows
      .map((row) => ({
        id: row.id,
        title: row.title,
        status: row.status,
        dueDate: row.dueDate ? row.dueDate.toISOString().slice(0, 10) : null,
        teamName: row.team.name,
      }))
      .sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status));
  });
}
