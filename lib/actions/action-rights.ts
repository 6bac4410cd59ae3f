// Who may change an action (issue 14 §1), pure: editing (fields, teams, links, publishing) needs
// `actions:manage` with the owning team in scope; working it (status, spending, comments) is for
// the editors and its owner, who may sit in another department (IT or HR serving the front line).
import type { Principal } from "@/lib/auth/actor-types";
import { can, type TeamRef } from "@/lib/auth/policy";

/** An action as far as its rights go: its owning team and its owner. */
export interface ActionRights {
  team: TeamRef;
  ownerId: string | null;
}

export const canEditAction = (principal: Principal, action: ActionRights): boolean => can(principal, "actions:manage", action.team);

export function canWorkAction(principal: Principal, action: ActionRights): boolean {
  if (canEditAction(principal, action)) return true;
  return principal.kind === "user" && action.ownerId !== null && action.ownerId === principal.membershipId;
}
