// Moves a follow-up to IN_PROGRESS or CLOSED, audited in the same transaction (issue 12 §7). A
// follow-up of another organisation or outside the actor's scope is "not found": the caller learns
// nothing about it, and nothing is written.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor-types";
import { NotFoundError } from "@/lib/errors";
import { db } from "../client";
import { writeAudit } from "../internal/audit/write-audit";
import { followUpScope } from "./list-follow-ups";
import { withOrganisation } from "../tenant-context";

export const ZUpdateFollowUpStatusInput = z.object({
  followUpId: z.uuid(),
  status: z.enum(["IN_PROGRESS", "CLOSED"]),
});

export type UpdateFollowUpStatusInput = z.infer<typeof ZUpdateFollowUpStatusInput>;

export async function updateFollowUpStatus(actor: Actor, input: UpdateFollowUpStatusInput): Promise<{ id: string; status: string }> {
  return withOrganisation(actor.organisationId, async () => {
    const scope = followUpScope(actor);
    const parsed = ZUpdateFollowUpStatusInput.safeParse(input);
    if (!scope || !parsed.success) throw new NotFoundError("follow-up");
    const { followUpId, status } = parsed.data;
    return db().$transaction(async (tx) => {
      // Locked first, so the status recorded as "from" is the one this write replaces.
      await tx.$queryRaw`SELECT 1 FROM "FollowUp" WHERE id = ${followUpId}::uuid AND "organisationId" = ${actor.organisationId}::uuid FOR UPDATE`;
      // The scope is part of the read's where: a foreign id is not found.
      const before = await tx.followUp.findFirst({ where: { ...scope, id: followUpId }, select: { status: true, assigneeId: true } });
      if (!before) throw new NotFoundError("follow-up");
      await tx.followUp.update({
        where: { id: followUpId },
        // Whoever takes it on becomes its assignee, unless someone already is.
        data:
          status === "CLOSED"
            ? { status, closedAt: new Date() }
            : { status, closedAt: null, ...(before.assigneeId ? {} : { assigneeId: actor.membershipId }) },
      });
      const assigned = status === "IN_PROGRESS" && !before.assigneeId;
      // The follow-up's history (its page) keeps what the list's buttons did too.
      const event = { organisationId: actor.organisationId, followUpId, actorId: actor.membershipId };
      if (assigned) await tx.followUpEvent.create({ data: { ...event, kind: "ASSIGNED", assigneeId: actor.membershipId } });
      if (before.status !== status) await tx.followUpEvent.create({ data: { ...event, kind: "STATUS", status } });
      if (before.status !== status || assigned)
        await writeAudit(tx, {
          organisationId: actor.organisationId,
          actorId: actor.membershipId,
          action: "followUp.status",
          targetType: "FollowUp",
          targetId: followUpId,
          metadata: { from: before.status, to: status, ...(assigned ? { assigneeId: actor.membershipId } : {}) },
        });
      return { id: followUpId, status };
    });
  });
}
