// The scope of detractor follow-ups: the whole organisation for ADMIN/HR/CX, a MANAGER's subtree.
// Customer comments are not anonymous, but they stay inside the scope (the filter is in the query,
// not after it). The list itself is list-follow-ups-page.ts.
import type { Actor } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import type { Prisma } from "../generated/client";
import { withOrganisation } from "../tenant-context";

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
  return withOrganisation(actor.organisationId, () => {
    if (!can(actor, "followUps:manage")) return null;
    const base = { organisationId: actor.organisationId };
    if (actor.role === "ADMIN" || actor.role === "HR" || actor.role === "CX") return base;
    if (actor.role === "MANAGER" && actor.managedPaths.length > 0)
      return { ...base, OR: actor.managedPaths.map((root) => ({ team: { path: { startsWith: root } } })) };
    return null;
  });
}
