// One audit row, written with the caller's transaction client so the change and its trace commit
// (or roll back) together. Who acted: a person's membership, or nobody for an API key, whose id and
// name then go into the metadata (the log's actor column points at memberships only).
import type { Principal } from "@/lib/auth/actor-types";
import type { Prisma } from "../../generated/client";
import { withOrganisation } from "../../tenant-context";

export interface AuditEntry {
  organisationId: string;
  actorId: string | null;
  action: string;
  targetType: string;
  targetId?: string | null;
  metadata?: Prisma.InputJsonObject;
}

export async function writeAudit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({ data: { ...entry, targetId: entry.targetId ?? null, metadata: entry.metadata ?? {} } });
}

/** The actor column and the metadata naming an API key, for a principal of either kind. */
export function auditedBy(principal: Principal): { actorId: string | null; via: Prisma.InputJsonObject } {
  return withOrganisation(principal.organisationId, () => {
    return principal.kind === "user"
      ? { actorId: principal.membershipId, via: {} }
      : { actorId: null, via: { apiKeyId: principal.apiKeyId, apiKeyName: principal.name } };
  });
}
