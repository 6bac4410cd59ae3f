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
  "organisation:read", // the team tree and its people counts (ADMIN edits it, HR and CX read it)
  "directory:sync", // the HR-system sync of the team tree and the people (and reading them back)
  "people:manage", // the people directory: add, edit, move, change role, deactivate, invite (never above one's own role)
  "settings:manage", // organisation settings (name, colour, thresholds, link expiry) and its webhook
  "pulses:manage",
  "contacts:manage",
  "pulses:answer",
  "responses:read", // raw customer responses (integrator export)
  "responses:import", // historical answers of both sides from a previous tool, and their undo
  "employeeEvents:create", // employee moments of truth pushed by the HR system
  "followUps:manage", // detractor follow-ups of a team (customer comments, scope-restricted)
  "audit:read", // the organisation's audit log: who changed what, when (ADMIN only)
  // The organisation's own instrument (issue 13): its catalogues (item pairs, irritants, moments of
  // truth), survey wording and email templates. Reading it is for the three organisation-wide roles
  // and for an integrator's key; each side is edited by its owner, both by the ADMIN.
  "catalogue:read",
  "catalogue:customer", // the customer side: customer items, irritants and moments, survey wording, the survey-link email
  "catalogue:employee", // the employee side: employee items, irritants, moments and triggers, pulse wording and emails
  // The action loop (issue 14). Reading and creating actions is scoped to the teams an actor sees; the
  // person who owns an action works it wherever they sit (the data layer adds that to the scope).
  "actions:read",
  "actions:manage", // create and edit actions of teams in scope, publish them, mark a team's irritants
  "actions:published", // "you said, we did": the published actions of one's team and organisation
  "budget:manage", // the organisation's toolbox budget and its allocation to teams
  "followUps:reveal", // a detractor's email address, on demand and audited (the assignee may too, on theirs)
  // Evidence of impact (issue 15): operational KPIs of teams in scope beside NPS and eNPS, and the
  // organisation's KPI definitions, imports and money values; the verbatim themes and their keywords.
  "kpis:read",
  "kpis:manage",
  "themes:manage",
] as const;
export type Action = (typeof actions)[number];

const wholeOrganisation: ReadonlySet<Role> = new Set(["ADMIN", "HR", "CX"]);

const roleActions: Record<Role, ReadonlySet<Action>> = {
  ADMIN: new Set([
    "results:read",
    "team:read",
    "organisation:manage",
    "organisation:read",
    "directory:sync",
    "people:manage",
    "settings:manage",
    "pulses:manage",
    "contacts:manage",
    "pulses:answer",
    "followUps:manage",
    "audit:read",
    "catalogue:read",
    "catalogue:customer",
    "catalogue:employee",
    "actions:read",
    "actions:manage",
    "actions:published",
    "budget:manage",
    "kpis:read",
    "kpis:manage",
    "themes:manage",
  ]),
  HR: new Set([
    "results:read",
    "team:read",
    "organisation:read",
    "directory:sync",
    "people:manage",
    "pulses:manage",
    "pulses:answer",
    "followUps:manage",
    "catalogue:read",
    "catalogue:employee",
    "actions:read",
    "actions:manage",
    "actions:published",
    "budget:manage",
    "kpis:read",
    "kpis:manage",
    "themes:manage",
  ]),
  CX: new Set([
    "results:read",
    "team:read",
    "organisation:read",
    "contacts:manage",
    "pulses:answer",
    "followUps:manage",
    "catalogue:read",
    "catalogue:customer",
    "actions:read",
    "actions:manage",
    "actions:published",
    "budget:manage",
    "followUps:reveal",
    "kpis:read",
    "kpis:manage",
    "themes:manage",
  ]),
  MANAGER: new Set([
    "results:read",
    "team:read",
    "pulses:answer",
    "followUps:manage",
    "actions:read",
    "actions:manage",
    "actions:published",
    "kpis:read",
  ]),
  // An employee reads the actions they own (IT or HR serving the front line) and the published ones.
  EMPLOYEE: new Set(["results:read", "team:read", "pulses:answer", "actions:read", "actions:published"]),
};

// An API key acts for its whole organisation, on the integration actions its scopes unlock only.
const apiKeyAllows = (actor: Principal & { kind: "apiKey" }, action: Action) =>
  actor.scopes.some((scope) => scopeActions[scope] === action);

/** Does the principal's view of the tree include this team? */
export function teamInScope(actor: Principal, team: TeamRef): boolean {
  if (team.organisationId !== actor.organisationId) return false;
  if (actor.kind === "apiKey") return true;
  if (wholeOrganisation.has(actor.role)) return true;
  if (actor.role === "MANAGER") return actor.managedPaths.some((root) => team.path.startsWith(root));
  return actor.teamId === team.id;
}

export function can(actor: Principal, action: Action, team?: TeamRef): boolean {
  const allowed = actor.kind === "apiKey" ? apiKeyAllows(actor, action) : roleActions[actor.role].has(action);
  if (!allowed) return false;
  if (team) return teamInScope(actor, team);
  return true;
}

/** How far a role reaches when it assigns roles: nobody gives (or edits) a role above their own. */
export const ROLE_RANK: Record<Role, number> = { ADMIN: 3, HR: 2, CX: 2, MANAGER: 1, EMPLOYEE: 0 };

export function canAssignRole(actor: Principal, role: Role): boolean {
  return actor.kind === "user" && roleActions[actor.role].has("people:manage") && ROLE_RANK[role] <= ROLE_RANK[actor.role];
}

/** Navigation entries shown to a role (the pages check `can` again themselves). */
export type NavEntry =
  | "dashboard"
  | "pulses"
  | "pulses/manage"
  | "actions"
  | "follow-ups"
  | "contacts"
  | "organisation"
  | "organisation/audit"
  | "catalogue"
  | "settings";

export function navigationFor(role: Role): NavEntry[] {
  const entries: NavEntry[] = ["dashboard", "pulses"];
  // Managing pulses is its own entry, apart from the employee's own « Mes baromètres » (issue 19 §4).
  if (roleActions[role].has("pulses:manage")) entries.push("pulses/manage");
  // An employee who owns an action reaches it from their home page, not from the navigation.
  if (roleActions[role].has("actions:manage")) entries.push("actions");
  if (roleActions[role].has("followUps:manage")) entries.push("follow-ups");
  if (roleActions[role].has("contacts:manage")) entries.push("contacts");
  if (roleActions[role].has("organisation:read")) entries.push("organisation");
  if (roleActions[role].has("audit:read")) entries.push("organisation/audit");
  if (roleActions[role].has("catalogue:read")) entries.push("catalogue");
  if (roleActions[role].has("settings:manage")) entries.push("settings");
  return entries;
}
