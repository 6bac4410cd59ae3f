// Detractor follow-ups still to handle (OPEN, IN_PROGRESS) in the actor's scope: the whole
// organisation for ADMIN/HR/CX, a MANAGER's subtree. Customer comments are not anonymous,
// but they stay inside the scope (the filter is in the query, not after it).
import type { Actor } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ForbiddenError } from "@/lib/errors";
import { db } from "../client";
import type { Prisma } from "../generated/client";

export const FOLLOW_UPS_PAGE_SIZE = 100;

export interface FollowUpDto {
  id: string;
  status: "OPEN" | "IN_PROGRESS" | "CLOSED";
  createdAt: Date;
  teamId: string;
  teamName: string;
  score: number;
  comment: string | null;
  submittedAt: Date;
}

/** The where clause of the actor's scope; null when the actor may see no follow-up at all. */
export function followUpScope(actor: Actor): Prisma.FollowUpWhereInput | null {
  if (!can(actor, "followUps:manage")) return null;
  const base = { organisationId: actor.organisationId };
  if (actor.role === "ADMIN" || actor.role === "HR" || actor.role === "CX") return base;
  if (actor.role === "MANAGER" && actor.managedPaths.length > 0)
    return { ...base, OR: actor.managedPaths.map((root) => ({ team: { path: { startsWith: root } } })) };
  return null;
}

export async function listOpenFollowUps(actor: Actor, limit = FOLLOW_UPS_PAGE_SIZE): Promise<FollowUpDto[]> {
  const scope = followUpScope(actor);
  if (!scope) throw new ForbiddenError();
  const rows = await db().followUp.findMany({
    where: { ...scope, status: { in: ["OPEN", "IN_PROGRESS"] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(1, limit), FOLLOW_UPS_PAGE_SIZE),
    select: {
      id: true,
      status: true,
      createdAt: true,
      teamId: true,
      team: { select: { name: true } },
      response: { select: { score: true, comment: true, submittedAt: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    createdAt: row.createdAt,
    teamId: row.teamId,
    teamName: row.team.name,
    score: row.response.score,
    comment: row.response.comment,
    submittedAt: row.response.submittedAt,
  }));
}
