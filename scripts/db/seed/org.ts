// Builds the demo's team rows (materialised paths) and people (users, memberships, demo
// accounts) from org-plan.ts, with ids drawn from the seeded generator.
import type { Prisma } from "@/lib/db/generated/client";
import { DEMO_ACCOUNTS } from "../demo-accounts";
import { FIRST_NAMES, LAST_NAMES, uniqueEmailLocalPart } from "./names";
import { DEMO_EMPLOYEE_TEAM, DEMO_MANAGER_SERVICE, TEAM_TREE, type LeafPlan } from "./org-plan";
import type { Rng } from "./prng";

export type LeafTeam = { id: string; plan: LeafPlan; serviceExternalId: string };

export type OrgRows = {
  teams: Prisma.TeamCreateManyInput[];
  leaves: LeafTeam[];
  users: Prisma.UserCreateManyInput[];
  memberships: Prisma.MembershipCreateManyInput[];
  /** Employee membership ids per leaf team external id. */
  employeesByLeaf: Map<string, string[]>;
  /** Team id per service external id. */
  serviceIds: Map<string, string>;
  /** Manager membership id per service external id. */
  managerByService: Map<string, string>;
};

const DEMO_NAMES: Record<string, string> = {
  ADMIN: "Claire Dubois",
  HR: "Sophie Lefèvre",
  CX: "Julien Moreau",
  MANAGER: "Karim Benali",
  EMPLOYEE: "Léa Fontaine",
};

export function buildOrg(rng: Rng, organisationId: string, passwordHash: string, createdAt: Date): OrgRows {
  const rows: OrgRows = {
    teams: [],
    leaves: [],
    users: [],
    memberships: [],
    employeesByLeaf: new Map(),
    serviceIds: new Map(),
    managerByService: new Map(),
  };
  const node = (
    name: string,
    externalId: string,
    kind: "DIRECTION" | "SERVICE" | "TEAM",
    parent?: { id: string; path: string; depth: number },
  ) => {
    const id = rng.uuid();
    const team = { id, path: `${parent?.path ?? "/"}${id}/`, depth: parent ? parent.depth + 1 : 0 };
    rows.teams.push({ ...team, organisationId, parentId: parent?.id ?? null, name, kind, externalId, createdAt });
    return team;
  };
  for (const direction of TEAM_TREE) {
    const d = node(direction.name, direction.externalId, "DIRECTION");
    for (const service of direction.services) {
      const s = node(service.name, service.externalId, "SERVICE", d);
      rows.serviceIds.set(service.externalId, s.id);
      for (const leaf of service.leaves)
        rows.leaves.push({ id: node(leaf.name, leaf.externalId, "TEAM", s).id, plan: leaf, serviceExternalId: service.externalId });
    }
  }
  addPeople(rng, rows, organisationId, passwordHash, createdAt);
  return rows;
}

function addPeople(rng: Rng, rows: OrgRows, organisationId: string, passwordHash: string, createdAt: Date) {
  const taken = new Set<string>(DEMO_ACCOUNTS.map((account) => account.email.split("@")[0]!));
  let hrNumber = 0;
  const person = (name: string, email: string, role: OrgRows["memberships"][number]["role"], teamId: string | null) => {
    const userId = rng.uuid();
    const membershipId = rng.uuid();
    rows.users.push({ id: userId, email, name, passwordHash, locale: "fr", createdAt });
    rows.memberships.push({
      id: membershipId,
      organisationId,
      userId,
      role,
      teamId,
      createdAt,
      externalId: `RH-${String(++hrNumber).padStart(5, "0")}`,
    });
    return membershipId;
  };
  const demoEmail = (role: string) => DEMO_ACCOUNTS.find((account) => account.role === role)!.email;

  for (const role of ["ADMIN", "HR", "CX"] as const) person(DEMO_NAMES[role]!, demoEmail(role), role, null);
  for (const direction of TEAM_TREE) {
    for (const service of direction.services) {
      const teamId = rows.serviceIds.get(service.externalId)!;
      const email =
        service.externalId === DEMO_MANAGER_SERVICE
          ? demoEmail("MANAGER")
          : `${uniqueEmailLocalPart(service.manager, taken)}@demo.symetrie.fr`;
      rows.managerByService.set(service.externalId, person(service.manager, email, "MANAGER", teamId));
    }
  }
  for (const leaf of rows.leaves) {
    const ids: string[] = [];
    for (let i = 0; i < leaf.plan.size; i++) {
      const isDemo = leaf.plan.externalId === DEMO_EMPLOYEE_TEAM && i === 0;
      const name = isDemo ? DEMO_NAMES.EMPLOYEE! : `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
      const email = isDemo ? demoEmail("EMPLOYEE") : `${uniqueEmailLocalPart(name, taken)}@demo.symetrie.fr`;
      ids.push(person(name, email, "EMPLOYEE", leaf.id));
    }
    rows.employeesByLeaf.set(leaf.plan.externalId, ids);
  }
}
