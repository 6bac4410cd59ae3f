// Pure authorization policy: can(actor, action, resource). No I/O; the data layer asks it
// before every read or write and turns a "no" into a 404 (foreign ids) or 403.
import type { Actor, Role } from "./actor-types";

/** A team as far as the policy cares: its tenant and its place in the tree. */
export interface TeamRef {
  organisationId: string;
  id: string;
  path: string;
}

export type Action =
  | "results:read" // mirrored results (scores, counts) of a team or the organisation
  | "team:read" // a team's page
  | "organisation:manage" // settings, users, teams, API keys
  | "pulses:manage"
  | "contacts:manage"
  | "pulses:answer";

const wholeOrganisation: ReadonlySet<Role> = new Set(["ADMIN", "HR", "CX"]);

const roleActions: Record<Role, ReadonlySet<Action>> = {
  ADMIN: new Set(["results:read", "team:read", "organisation:manage", "pulses:manage", "contacts:manage", "pulses:answer"]),
  HR: new Set(["results:read", "team:read", "pulses:manage", "pulses:answer"]),
  CX: new Set(["results:read", "team:read", "contacts:manage", "pulses:answer"]),
  MANAGER: new Set(["results:read", "team:read", "pulses:answer"]),
  EMPLOYEE: new Set(["results:read", "team:read", "pulses:answer"]),
};

/** Does the actor's view of the tree include this team? */
export function teamInScope(actor: Actor, team: TeamRef): boolean {
  if (team.organisationId !== actor.organisationId) return false;
  if (wholeOrganisation.has(actor.role)) return true;
  if (actor.role === "MANAGER") return actor.teamPath !== null && team.path.startsWith(actor.teamPath);
  return actor.teamId === team.id;
}

export function can(actor: Actor, action: Action, team?: TeamRef): boolean {
  if (!roleActions[actor.role].has(action)) return false;
  if (team) return teamInScope(actor, team);
  return true;
}

/** Navigation entries shown to a role (the pages check `can` again themselves). */
export function navigationFor(role: Role): Array<"dashboard" | "pulses" | "settings"> {
  const entries: Array<"dashboard" | "pulses" | "settings"> = ["dashboard", "pulses"];
  if (roleActions[role].has("organisation:manage")) entries.push("settings");
  return entries;
}
