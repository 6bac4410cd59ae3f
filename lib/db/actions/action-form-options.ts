// What the action form offers (issue 14 §1): the live teams the principal may name (owning or
// concerned), in tree order; the organisation's active people for the owner (any team: IT or HR
// may own a front-line action); the active irritants of both sides with their mirrors; the active
// item pairs.
import type { Principal, Role } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ForbiddenError } from "@/lib/errors";
import { db } from "../client";
import { withOrganisation } from "../tenant-context";

export interface ActionFormOptionsDto {
  teams: { id: string; name: string; depth: number }[];
  people: { membershipId: string; name: string; teamName: string | null; role: Role }[];
  irritants: { id: string; side: "CUSTOMER" | "EMPLOYEE"; labelFr: string; labelEn: string; mirrorId: string | null }[];
  items: {
    id: string;
    dimension: string;
    customerTextFr: string;
    customerTextEn: string;
    employeeTextFr: string;
    employeeTextEn: string;
  }[];
}

export async function actionFormOptions(principal: Principal): Promise<ActionFormOptionsDto> {
  return withOrganisation(principal.organisationId, async () => {
    if (!can(principal, "actions:manage")) throw new ForbiddenError();
    const organisationId = principal.organisationId;
    const subtrees =
      principal.kind === "user" && principal.role === "MANAGER"
        ? { OR: principal.managedPaths.map((root) => ({ path: { startsWith: root } })) }
        : {};
    const [teams, people, irritants, items] = await Promise.all([
      db().team.findMany({
        where: { organisationId, archivedAt: null, ...subtrees },
        orderBy: { path: "asc" },
        select: { id: true, name: true, depth: true },
      }),
      db().membership.findMany({
        where: { organisationId, active: true },
        orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
        select: { id: true, role: true, user: { select: { name: true } }, team: { select: { name: true } } },
      }),
      db().irritant.findMany({
        where: { organisationId, active: true },
        orderBy: [{ side: "asc" }, { position: "asc" }, { key: "asc" }],
        select: { id: true, side: true, labelFr: true, labelEn: true, mirrorId: true },
      }),
      db().mirroredItem.findMany({
        where: { organisationId, active: true },
        orderBy: [{ position: "asc" }, { dimension: "asc" }],
        select: { id: true, dimension: true, customerTextFr: true, customerTextEn: true, employeeTextFr: true, employeeTextEn: true },
      }),
    ]);
    return {
      teams,
      people: people.map((person) => ({
        membershipId: person.id,
        name: person.user.name,
        teamName: person.team?.name ?? null,
        role: person.role,
      })),
      irritants,
      items,
    };
  });
}
