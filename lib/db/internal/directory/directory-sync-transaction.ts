// What the teams sync and the people sync share (issue 12 §4): the directory:sync check, one
// transaction under the organisation's tree lock with a statement timeout fit for a whole
// directory, and the audit row of an applied sync (who synced: a person or an API key).
import type { Principal } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ForbiddenError } from "@/lib/errors";
import { db } from "../../client";
import type { Prisma } from "../../generated/client";
import { lockTree } from "./tree-lock";
import { withOrganisation } from "../../tenant-context";

export async function inDirectorySync<T>(principal: Principal, work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  return withOrganisation(principal.organisationId, async () => {
    if (!can(principal, "directory:sync")) throw new ForbiddenError();
    return db().$transaction(
      async (tx) => {
        await lockTree(tx, principal.organisationId);
        // A whole directory is a bulk write: its statements may take longer than a request's.
        await tx.$executeRaw`SET LOCAL statement_timeout = '120s'`;
        return work(tx);
      },
      { timeout: 300_000 },
    );
  });
}

const via = (principal: Principal): Record<string, string> =>
  principal.kind !== "apiKey"
    ? {}
    : "scimTokenId" in principal
      ? { scimTokenId: String(principal.scimTokenId) }
      : { apiKeyId: principal.apiKeyId };

export type DirectoryAuditAction =
  | "directory.teams.sync"
  | "directory.people.sync"
  | "scim.user.create"
  | "scim.user.update"
  | "scim.user.deactivate"
  | "scim.group.create"
  | "scim.group.update"
  | "scim.group.delete";

/** One audit row; a SCIM call names its token, an API key call its key. */
export async function auditDirectorySync(
  tx: Prisma.TransactionClient,
  principal: Principal,
  action: DirectoryAuditAction,
  metadata: Prisma.InputJsonObject,
  target?: { type: "Membership" | "Team"; id: string },
) {
  return withOrganisation(principal.organisationId, async () => {
    await tx.auditLog.create({
      data: {
        organisationId: principal.organisationId,
        actorId: principal.kind === "user" ? principal.membershipId : null,
        action,
        targetType: target?.type ?? "Organisation",
        targetId: target?.id ?? principal.organisationId,
        metadata: { ...metadata, ...via(principal) },
      },
    });
  });
}
