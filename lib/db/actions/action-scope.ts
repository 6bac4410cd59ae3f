// Who sees and who may change an action (issue 14 §1). Seeing: ADMIN, HR, CX and API keys the
// whole organisation; a MANAGER the actions whose owning or concerned team lies in their subtrees,
// plus those they own; an EMPLOYEE only those they own. Editing (fields, teams, links, publishing):
// `actions:manage` with the owning team in scope. Working (status, spending, comments): the editors
// and the owner, who may sit in another department (IT or HR serving the front line): those two
// rules are pure, in lib/actions/action-rights.ts.
import type { Principal } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import type { Prisma } from "../generated/client";
import { withOrganisation } from "../tenant-context";

const WHOLE_ORGANISATION = new Set(["ADMIN", "HR", "CX"]);

/** The where clause of the actions the principal sees; null when they may see none. */
export function actionReadScope(principal: Principal): Prisma.ActionWhereInput | null {
  return withOrganisation(principal.organisationId, () => {
    // A key holding only actions:write still reaches the actions it writes to.
    if (!can(principal, "actions:read") && !can(principal, "actions:manage")) return null;
    const organisationId = principal.organisationId;
    if (principal.kind === "apiKey" || WHOLE_ORGANISATION.has(principal.role)) return { organisationId };
    const own: Prisma.ActionWhereInput = { ownerId: principal.membershipId };
    if (principal.role !== "MANAGER" || principal.managedPaths.length === 0) return { organisationId, ...own };
    const inSubtree = principal.managedPaths.map((root) => ({ path: { startsWith: root } }));
    return {
      organisationId,
      OR: [{ team: { OR: inSubtree } }, { teams: { some: { team: { OR: inSubtree } } } }, own],
    };
  });
}
