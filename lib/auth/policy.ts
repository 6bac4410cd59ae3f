// Pure authorization policy: can(actor, action, resource). No I/O; the data layer asks it
// before every read or write and turns a "no" into a 404 (foreign ids) or 403.
import type { Principal, Role } from "./actor-types";
import { scopeActions } from "./api-scopes";

/** A team as far as the policy cares: its tenant and its place in the tree. */
export interface TeamRef {
  organisationId: string;
  id: string;
  path: string;
}

// Listed as values, not only as a type, so the policy test can require a row for each.
export const actions = [
  "results:read", // mirrored results (scores, counts) of a team or the organisation
  "team:read", // a team's page
  "organisation:manage", // users, teams, API keys
  "settings:manage", // organisation settings (name, colour, thresholds, link expiry) and its webhook
  "pulses:manage",
  "contacts:manage",
  "pulses:answer",
  "responses:read", // raw customer responses (integrator export)
  "responses:import", // historical answers of both sides from a previous tool, and their undo
  "employeeEvents:create", // employee moments of truth pushed by the HR system
  "followUps:manage", // detractor follow-ups of a team (customer comments, scope-restricted)
] as const;
export type Action = (typeof actions)[number];

const wholeOrganisation: ReadonlySet<Role> = new Set(["ADMIN", "HR", "CX"]);

const roleActions: Record<Role, ReadonlySet<Action>> = {
  ADMIN: new Set([
    "results:read",
    "team:read",
    "organisation:manage",
    "settings:manage",
    "pulses:manage",
    "contacts:manage",
    "pulses:answer",
    "followUps:manage",
  ]),
  HR: new Set(["results:read", "team:read", "pulses:manage", "pulses:answer", "followUps:manage"]),
  CX: new Set(["results:read", "team:read", "contacts:manage", "pulses:answer", "followUps:manage"]),
  MANAGER: new Set(["results:read", "team:read", "pulses:answer", "followUps:manage"]),
  EMPLOYEE: new Set(["results:read", "team:read", "pulses:answer"]),
};

// An API key acts for its whole organisation, on the integration actions its scopes unlock only.
const apiKeyAllows = (actor: Principal & { kind: "apiKey" }, action: Action) =>
  actor.scopes.some((scope) => scopeActions[scope] === action);

/** Does the principal's view of the tree include this team? */
export function teamInScope(actor: Principal, team: TeamRef): boolean {
  if (team.organisationId !== actor.organisationId) return false;
  if (actor.kind === "apiKey") return true;
  if (wholeOrganisation.has(actor.role)) return true;
  if (actor.role === "MANAGER") return actor.teamPath !== null && team.path.startsWith(actor.teamPath);
  return actor.teamId === team.id;
}

export function can(actor: Principal, action: Action, team?: TeamRef): boolean {
  const allowed = actor.kind === "apiKey" ? apiKeyAllows(actor, action) : roleActions[actor.role].has(action);
  if (!allowed) return false;
  if (team) return teamInScope(actor, team);
  return true;
}

/** Navigation entries shown to a role (the pages check `can` again themselves). */
export function navigationFor(role: Role): Array<"dashboard" | "pulses" | "follow-ups" | "contacts" | "settings"> {
  const entries: Array<"dashboard" | "pulses" | "follow-ups" | "contacts" | "settings"> = ["dashboard", "pulses"];
  if (roleActions[role].has("followUps:manage")) entries.push("follow-ups");
  if (roleActions[role].has("contacts:manage")) entries.push("contacts");
  if (roleActions[role].has("settings:manage")) entries.push("settings");
  return entries;
}
