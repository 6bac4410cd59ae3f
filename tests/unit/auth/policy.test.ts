// The pure policy, table-driven: every action of the policy × every principal × home team
// (leaf and non-leaf) × target team, own and foreign organisation. The tables below are
// written by hand from docs/product.md, not derived from the code they judge.
import { describe, expect, it } from "vitest";
import { roles, type Actor, type Role } from "@/lib/auth/actor-types";
import { apiScopes, scopeActions } from "@/lib/auth/api-scopes";
import { actions, can, canAssignRole, navigationFor, teamInScope, type Action, type TeamRef } from "@/lib/auth/policy";

const ORG_A = "00000000-0000-4000-8000-00000000000a";
const ORG_B = "00000000-0000-4000-8000-00000000000b";
// Tree of A: direction D ⊃ service S ⊃ teams T1, T2; sibling service S2 ⊃ T3.
// S2's path starts with S's id as a string ("/D/S" + "2/"): a prefix test without the
// trailing slash would wrongly put it under S.
const teams = {
  D: { organisationId: ORG_A, id: "D", path: "/D/" },
  S: { organisationId: ORG_A, id: "S", path: "/D/S/" },
  T1: { organisationId: ORG_A, id: "T1", path: "/D/S/T1/" },
  T2: { organisationId: ORG_A, id: "T2", path: "/D/S/T2/" },
  S2: { organisationId: ORG_A, id: "S2", path: "/D/S2/" },
  T3: { organisationId: ORG_A, id: "T3", path: "/D/S2/T3/" },
  foreign: { organisationId: ORG_B, id: "X", path: "/X/" },
  foreignSamePath: { organisationId: ORG_B, id: "S", path: "/D/S/" },
} satisfies Record<string, TeamRef>;
type TeamName = keyof typeof teams;
const teamNames = Object.keys(teams) as TeamName[];
const ownTeams: TeamName[] = ["D", "S", "T1", "T2", "S2", "T3"];

type Who = Role | "apiKey";
// Every action must have a row (the type forces it, the first test checks it at run time).
const allowed: Record<Action, Who[]> = {
  "results:read": ["ADMIN", "HR", "CX", "MANAGER", "EMPLOYEE", "apiKey"],
  "team:read": ["ADMIN", "HR", "CX", "MANAGER", "EMPLOYEE"],
  "organisation:manage": ["ADMIN"],
  "organisation:read": ["ADMIN", "HR", "CX"],
  "people:manage": ["ADMIN", "HR"],
  "directory:sync": ["ADMIN", "HR", "apiKey"],
  "settings:manage": ["ADMIN"],
  "pulses:manage": ["ADMIN", "HR"],
  "audit:read": ["ADMIN"],
  "contacts:manage": ["ADMIN", "CX", "apiKey"],
  "pulses:answer": ["ADMIN", "HR", "CX", "MANAGER", "EMPLOYEE"],
  "responses:read": ["apiKey"],
  "responses:import": ["apiKey"],
  "employeeEvents:create": ["apiKey"],
  "followUps:manage": ["ADMIN", "HR", "CX", "MANAGER"],
  "catalogue:read": ["ADMIN", "HR", "CX", "apiKey"],
  "catalogue:customer": ["ADMIN", "CX"],
  "catalogue:employee": ["ADMIN", "HR"],
  "actions:read": ["ADMIN", "HR", "CX", "MANAGER", "EMPLOYEE", "apiKey"],
  "actions:manage": ["ADMIN", "HR", "CX", "MANAGER", "apiKey"],
  "actions:published": ["ADMIN", "HR", "CX", "MANAGER", "EMPLOYEE"],
  "budget:manage": ["ADMIN", "HR", "CX"],
  "followUps:reveal": ["CX"],
  "kpis:read": ["ADMIN", "HR", "CX", "MANAGER", "apiKey"],
  "kpis:manage": ["ADMIN", "HR", "CX", "apiKey"],
  "themes:manage": ["ADMIN", "HR", "CX"],
};

// The teams of A a user sees, by role and by the team they belong to.
const subtree: Record<"D" | "S" | "T1", TeamName[]> = { D: ownTeams, S: ["S", "T1", "T2"], T1: ["T1"] };
function expectedScope(role: Role, home: "D" | "S" | "T1" | null): TeamName[] {
  if (role === "ADMIN" || role === "HR" || role === "CX") return ownTeams;
  if (home === null) return [];
  if (role === "MANAGER") return subtree[home];
  return [home]; // an employee sees their own team, never the teams below it
}

function user(role: Role, home: "D" | "S" | "T1" | null, alsoManages: TeamName[] = []): Actor {
  const team = home === null ? null : teams[home];
  return {
    kind: "user",
    userId: "u",
    membershipId: "m",
    name: "N",
    email: "n@a.fr",
    locale: "fr",
    organisationId: ORG_A,
    organisationName: "A",
    role,
    teamId: team?.id ?? null,
    teamPath: team?.path ?? null,
    managedPaths: role === "MANAGER" ? [...(team ? [team.path] : []), ...alsoManages.map((name) => teams[name].path)] : [],
    minGroupSize: 5,
  };
}
const key = { kind: "apiKey", organisationId: ORG_A, apiKeyId: "k", name: "CRM", scopes: apiScopes } as const;

it("has a row for every action of the policy, and no row for an action it does not know", () => {
  expect(Object.keys(allowed).sort()).toEqual([...actions].sort());
});

describe.each(roles.flatMap((role) => (["T1", "S", "D", null] as const).map((home) => [role, home] as const)))(
  "%s on team %s",
  (role, home) => {
    const actor = user(role, home);
    const scope = expectedScope(role, home);

    it.each([...actions])("%s: organisation-wide", (action) => {
      expect(can(actor, action)).toBe(allowed[action].includes(role));
    });

    it.each([...actions])("%s: on each team", (action) => {
      for (const name of teamNames) {
        const expected = allowed[action].includes(role) && scope.includes(name);
        expect(can(actor, action, teams[name]), `${action} on ${name}`).toBe(expected);
      }
    });

    it("scope: the teams it sees, never another organisation's (even with the same id and path)", () => {
      expect(teamNames.filter((name) => teamInScope(actor, teams[name]))).toEqual(scope);
    });
  },
);

describe("a manager of several subtrees (issue 12 §3)", () => {
  it("sees their own team's subtree and every further one they manage, nothing else, never another organisation's", () => {
    const manager = user("MANAGER", "T1", ["S2"]);
    expect(teamNames.filter((name) => teamInScope(manager, teams[name]))).toEqual(["T1", "S2", "T3"]);
    expect(can(manager, "followUps:manage", teams.T3)).toBe(true);
    expect(can(manager, "followUps:manage", teams.T2)).toBe(false);
    const twoServices = user("MANAGER", "S", ["S2"]);
    expect(teamNames.filter((name) => teamInScope(twoServices, teams[name]))).toEqual(["S", "T1", "T2", "S2", "T3"]);
  });

  it("a manager without a team still sees the subtrees they manage; other roles ignore managed subtrees", () => {
    expect(teamNames.filter((name) => teamInScope(user("MANAGER", null, ["S2"]), teams[name]))).toEqual(["S2", "T3"]);
    const employee = { ...user("EMPLOYEE", "T1"), managedPaths: [teams.S2.path] };
    expect(teamNames.filter((name) => teamInScope(employee, teams[name]))).toEqual(["T1"]);
  });
});

describe("API keys", () => {
  it.each([...actions])("%s: whole organisation when allowed, never another one", (action) => {
    const expected = allowed[action].includes("apiKey");
    expect(can(key, action)).toBe(expected);
    for (const name of ownTeams) expect(can(key, action, teams[name]), name).toBe(expected);
    expect(can(key, action, teams.foreign)).toBe(false);
    expect(can(key, action, teams.foreignSamePath)).toBe(false);
  });

  it("may do only what their scopes unlock (issue 11 §5)", () => {
    for (const scope of apiScopes) {
      const narrow = { ...key, scopes: [scope] };
      for (const [other, action] of Object.entries(scopeActions)) expect(can(narrow, action), `${scope} → ${action}`).toBe(other === scope);
    }
    expect(can({ ...key, scopes: [] }, "results:read")).toBe(false);
  });
});

describe("navigation", () => {
  const expected: Record<Role, string[]> = {
    ADMIN: [
      "dashboard",
      "pulses",
      "pulses/manage",
      "actions",
      "follow-ups",
      "contacts",
      "organisation",
      "organisation/audit",
      "catalogue",
      "settings",
    ],
    HR: ["dashboard", "pulses", "pulses/manage", "actions", "follow-ups", "organisation", "catalogue"],
    CX: ["dashboard", "pulses", "actions", "follow-ups", "contacts", "organisation", "catalogue"],
    MANAGER: ["dashboard", "pulses", "actions", "follow-ups"],
    EMPLOYEE: ["dashboard", "pulses"],
  };
  it.each([...roles])("%s", (role) => {
    expect(navigationFor(role)).toEqual(expected[role]);
  });
});

describe("assigning roles (issue 12: never above one's own)", () => {
  const expected: Record<Role, Role[]> = {
    ADMIN: ["ADMIN", "HR", "CX", "MANAGER", "EMPLOYEE"],
    HR: ["HR", "CX", "MANAGER", "EMPLOYEE"],
    CX: [],
    MANAGER: [],
    EMPLOYEE: [],
  };
  it.each([...roles])("%s", (role) => {
    const actor = user(role, "D");
    expect(roles.filter((target) => canAssignRole(actor, target))).toEqual(expected[role]);
  });
  it("an API key assigns none", () => {
    const key = { kind: "apiKey" as const, organisationId: ORG_A, apiKeyId: "k", name: "k", scopes: [...apiScopes] };
    expect(roles.filter((target) => canAssignRole(key, target))).toEqual([]);
  });
});
