// The shared opening of every write on an existing action: the row, locked, when the principal
// sees it (else "not found", foreign ids included) and may do what the write needs (else "forbidden").
import type { Principal } from "@/lib/auth/actor-types";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/patterns";
import type { Prisma } from "../../generated/client";
import { actionReadScope } from "../../actions/action-scope";
import { lockAction } from "./action-writes";
import { withOrganisation } from "../../tenant-context";

type Tx = Prisma.TransactionClient;
export type LockedAction = NonNullable<Awaited<ReturnType<typeof lockAction>>>;

export async function openActionForWrite(tx: Tx, principal: Principal, id: string, allowed: (action: LockedAction) => boolean) {
  return withOrganisation(principal.organisationId, async () => {
    const scope = actionReadScope(principal);
    if (!scope) throw new ForbiddenError();
    if (!isUuid(id)) throw new NotFoundError("action");
    const action = await lockAction(tx, principal.organisationId, id);
    if (!action || !(await tx.action.count({ where: { AND: [scope, { id }] } }))) throw new NotFoundError("action");
    if (!allowed(action)) throw new ForbiddenError();
    return action;
  });
}
