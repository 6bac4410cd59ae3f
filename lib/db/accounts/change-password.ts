// A signed-in person changes their own password: the current one checked, the policy applied,
// every session ended (session version raised, the current one too: they sign in again with the
// new password), open reset links voided, audited.
import bcrypt from "bcryptjs";
import type { Actor } from "@/lib/auth/actor-types";
import { passwordProblem, type PasswordProblem } from "@/lib/accounts/password-policy";
import { db } from "../client";
import { BCRYPT_COST } from "./account-links";
import { withOrganisation } from "../tenant-context";

export type ChangePasswordResult = { ok: true } | { ok: false; problem: PasswordProblem | "currentWrong" };

export async function changePassword(actor: Actor, current: string, next: string): Promise<ChangePasswordResult> {
  return withOrganisation(actor.organisationId, async () => {
    const user = await db().user.findUniqueOrThrow({
      where: { id: actor.userId },
      select: { passwordHash: true, email: true, name: true },
    });
    if (!user.passwordHash || !(await bcrypt.compare(current, user.passwordHash))) return { ok: false, problem: "currentWrong" };
    const problem = passwordProblem(next, user);
    if (problem) return { ok: false, problem };
    const passwordHash = await bcrypt.hash(next, BCRYPT_COST);
    await db().$transaction(async (tx) => {
      await tx.user.update({ where: { id: actor.userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
      await tx.accountToken.updateMany({
        where: { userId: actor.userId, usedAt: null, expiresAt: { gt: new Date() } },
        data: { expiresAt: new Date() },
      });
      await tx.auditLog.create({
        data: {
          organisationId: actor.organisationId,
          actorId: actor.membershipId,
          action: "account.password.change",
          targetType: "User",
          targetId: actor.userId,
        },
      });
    });
    return { ok: true };
  });
}
