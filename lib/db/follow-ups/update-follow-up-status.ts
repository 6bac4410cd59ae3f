// Moves a follow-up to IN_PROGRESS or CLOSED. A follow-up of another organisation or
// outside the actor's scope is "not found": the caller learns nothing about it.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor-types";
import { NotFoundError } from "@/lib/errors";
import { db } from "../client";
import { followUpScope } from "./list-follow-ups";

export const ZUpdateFollowUpStatusInput = z.object({
  followUpId: z.uuid(),
  status: z.enum(["IN_PROGRESS", "CLOSED"]),
});

export type UpdateFollowUpStatusInput = z.infer<typeof ZUpdateFollowUpStatusInput>;

export async function updateFollowUpStatus(actor: Actor, input: UpdateFollowUpStatusInput): Promise<{ id: string; status: string }> {
  const scope = followUpScope(actor);
  const parsed = ZUpdateFollowUpStatusInput.safeParse(input);
  if (!scope || !parsed.success) throw new NotFoundError("follow-up");
  const { followUpId, status } = parsed.data;
  // The scope is part of the write's where: a foreign id updates nothing.
  const { count } = await db().followUp.updateMany({
    where: { ...scope, id: followUpId },
    data: status === "CLOSED" ? { status, closedAt: new Date() } : { status, closedAt: null },
  });
  if (count === 0) throw new NotFoundError("follow-up");
  if (status === "IN_PROGRESS") {
    // Whoever takes it on becomes its assignee, unless someone already is.
    await db().followUp.updateMany({
      where: { id: followUpId, organisationId: actor.organisationId, assigneeId: null },
      data: { assigneeId: actor.membershipId },
    });
  }
  return { id: followUpId, status };
}
