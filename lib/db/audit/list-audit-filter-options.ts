// The choices of the audit log viewer's filters (`audit:read`): the people who appear in the
// organisation's log as actors, and the actions it holds. Both come from the log itself, so the
// lists stay short however many people the organisation has.
import type { Principal } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import { withOrganisation } from "../tenant-context";

export interface AuditFilterOptionsDto {
  people: { membershipId: string; name: string; email: string }[];
  actions: string[];
}

export async function listAuditFilterOptions(principal: Principal): Promise<AuditFilterOptionsDto> {
  return withOrganisation(principal.organisationId, async () => {
    if (!can(principal, "audit:read")) throw new ForbiddenError();
    const organisationId = principal.organisationId;
    const [actions, people] = await Promise.all([
      db().auditLog.findMany({ where: { organisationId }, distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
      db().membership.findMany({
        where: { organisationId, auditLogs: { some: { organisationId } } },
        select: { id: true, user: { select: { name: true, email: true } } },
        orderBy: { user: { name: "asc" } },
      }),
    ]);
    return {
      actions: actions.map((row) => row.action),
      people: people.map((person) => ({ membershipId: person.id, name: person.user.name, email: person.user.email })),
    };
  });
}
