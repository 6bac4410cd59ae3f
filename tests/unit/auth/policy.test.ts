// The pure policy, table-driven: role × action × own/other team × own/other organisation.
import { describe, expect, it } from "vitest";
import type { Actor, Role } from "@/lib/auth/actor-types";
import { apiScopes, scopeActions } from "@/lib/auth/api-scopes";
import { can, navigationFor, type Action, type TeamRef } from "@/lib/auth/policy";

const ORG_A = "00000000-0000-4000-8000-00000000000a";
const ORG_B = "00000000-0000-4000-8000-00000000000b";
// Tree of A: direction D ⊃ service S ⊃ team T1 (the actor's) and T2; sibling service S2 ⊃ T3.
const teams = {
  D: { organisationId: ORG_A, id: "D", path: "/D/" },
  S: { organisationId: ORG_A, id: "S", path: "/D/S/" },
  T1: { organisationId: ORG_A, id: "T1", path: "/D/S/T1/" },
  T2: { organisationId: ORG_A, id: "T2", path: "/D/S/T2/" },
  T3: { organisationId: ORG_A, id: "T3", path: "/D/S2/T3/" },
  foreign: { organisationId: ORG_B, id: "X", path: "/X/" },
  foreignSamePath: { organisationId: ORG_B, id: "T1", path: "/D/S/T1/" },
} satisfies Record<string, TeamRef>;

function actor(role: Role): Actor {
  const team = role === "MANAGER" ? teams.S : teams.T1;
  return {
    kind: "user", userId: "u", membershipId: "m", name: "N", email: "n@a.fr", locale: "fr",
    organisationId: ORG_A, organisationName: "A", role, teamId: team.id, teamPath: team.path, minGroupSize: 5,
  };
}

// Which teams each role may read results of (team-scoped actions).
const visible: Record<Role, Array<keyof typeof teams>> = {
  ADMIN: ["D", "S", "T1", "T2", "T3"],
  HR: ["D", "S", "T1", "T2", "T3"],
  CX: ["D", "S", "T1", "T2", "T3"],
  MANAGER: ["S", "T1", "T2"],
  EMPLOYEE: ["T1"],
};

const orgActions: Record<Role, Action[]> = {
  ADMIN: ["organisation:manage", "settings:manage", "pulses:manage", "contacts:manage", "results:read", "pulses:answer"],
  HR: ["pulses:manage", "results:read", "pulses:answer"],
  CX: ["contacts:manage", "results:read", "pulses:answer"],
  MANAGER: ["results:read", "pulses:answer"],
  EMPLOYEE: ["results:read", "pulses:answer"],
};
const allActions: Action[] = ["organisation:manage", "settings:manage", "pulses:manage", "contacts:manage", "responses:import", "results:read", "team:read", "pulses:answer"];

describe.each(Object.keys(visible) as Role[])("%s", (role) => {
  it.each(Object.keys(teams) as Array<keyof typeof teams>)("team %s", (name) => {
    const expected = visible[role].includes(name);
    expect(can(actor(role), "team:read", teams[name])).toBe(expected);
    expect(can(actor(role), "results:read", teams[name])).toBe(expected);
  });

  it("organisation-wide actions", () => {
    for (const action of allActions.filter((a) => a !== "team:read")) {
      expect(can(actor(role), action), action).toBe(orgActions[role].includes(action));
    }
  });

  it("never reaches another organisation, even with an identical id and path", () => {
    for (const action of allActions) {
      expect(can(actor(role), action, teams.foreign)).toBe(false);
      expect(can(actor(role), action, teams.foreignSamePath)).toBe(false);
    }
  });
});

describe("API keys", () => {
  const key = { kind: "apiKey", organisationId: ORG_A, apiKeyId: "k", name: "CRM", scopes: apiScopes } as const;
  it("act on their whole organisation, for integration actions only", () => {
    for (const action of ["contacts:manage", "responses:read", "responses:import", "results:read", "employeeEvents:create"] as Action[]) {
      expect(can(key, action), action).toBe(true);
      expect(can(key, action, teams.T3), action).toBe(true);
      expect(can(key, action, teams.foreign), action).toBe(false);
    }
    for (const action of ["organisation:manage", "settings:manage", "pulses:manage", "pulses:answer", "team:read"] as Action[]) {
      expect(can(key, action), action).toBe(false);
    }
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
  it("shows settings to ADMIN only", () => {
    expect(navigationFor("ADMIN")).toContain("settings");
    for (const role of ["HR", "CX", "MANAGER", "EMPLOYEE"] as Role[]) expect(navigationFor(role)).not.toContain("settings");
  });
});
