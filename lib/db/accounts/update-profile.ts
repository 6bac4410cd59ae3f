// A signed-in person edits their own display name and language (every role), audited.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor-types";
import { db } from "../client";
import { withOrganisation } from "../tenant-context";

export const ZProfileInput = z.strictObject({
  name: z.string().trim().min(1, "must not be empty").max(120, "must be at most 120 characters"),
  locale: z.enum(["fr", "en"], { error: "must be fr or en" }),
});

export type UpdateProfileResult = { ok: true } | { ok: false; fields: Array<"name" | "locale"> };

export async function updateOwnProfile(actor: Actor, input: unknown): Promise<UpdateProfileResult> {
  return withOrganisation(actor.organisationId, async () => {
    const parsed = ZProfileInput.safeParse(input);
    if (!parsed.success) return { ok: false, fields: [...new Set(parsed.error.issues.map((issue) => issue.path[0] as "name" | "locale"))] };
    await db().$transaction(async (tx) => {
      await tx.user.update({ where: { id: actor.userId }, data: parsed.data });
      await tx.auditLog.create({
        data: {
          organisationId: actor.organisationId,
          actorId: actor.membershipId,
          action: "account.profile.update",
          targetType: "User",
          targetId: actor.userId,
          metadata: { name: parsed.data.name !== actor.name, locale: parsed.data.locale !== actor.locale },
        },
      });
    });
    return { ok: true };
  });
}
