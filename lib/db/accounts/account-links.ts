// The single-use account links (setup, invitation, password reset): what a link opens, and
// setting a password through it. A link is looked up by the SHA-256 of its token only. Setting
// the password uses the link up, voids the person's other open links of any purpose, raises
// their session version (every other session ends: getActor) and is audited.
import bcrypt from "bcryptjs";
import { ACCOUNT_TOKEN_PATTERN, hashAccountToken } from "@/lib/accounts/account-token";
import { passwordProblem, type PasswordProblem } from "@/lib/accounts/password-policy";
import { db } from "../client";
import type { AccountTokenPurpose, Locale } from "../generated/client";
import { asSystem } from "../tenant-context";

export const BCRYPT_COST = 12;

export type AccountLink =
  | { state: "open"; purpose: AccountTokenPurpose; email: string; name: string; locale: Locale; organisationName: string }
  | { state: "used" | "expired" | "unknown" };

async function findLinkRow(token: string) {
  if (!ACCOUNT_TOKEN_PATTERN.test(token)) return null;
  return db().accountToken.findUnique({
    where: { tokenHash: hashAccountToken(token) },
    select: {
      id: true,
      organisationId: true,
      userId: true,
      purpose: true,
      expiresAt: true,
      usedAt: true,
      user: { select: { email: true, name: true, locale: true } },
      organisation: { select: { name: true } },
    },
  });
}

/** What a link opens; a used or expired link says so (its holder had it), an unknown one says nothing more. */
export async function findAccountLink(token: string, now = new Date()): Promise<AccountLink> {
  return asSystem(async () => {
    const row = await findLinkRow(token);
    if (!row) return { state: "unknown" };
    if (row.usedAt) return { state: "used" };
    if (row.expiresAt <= now) return { state: "expired" };
    // A deactivated person's links open nothing.
    const active = await db().membership.count({ where: { organisationId: row.organisationId, userId: row.userId, active: true } });
    if (active === 0) return { state: "unknown" };
    return { state: "open", purpose: row.purpose, ...row.user, organisationName: row.organisation.name };
  });
}

export type SetPasswordResult =
  | { ok: true; email: string; purpose: AccountTokenPurpose }
  | { ok: false; link: "used" | "expired" | "unknown" }
  | { ok: false; password: PasswordProblem };

export async function setPasswordWithToken(token: string, password: string): Promise<SetPasswordResult> {
  return asSystem(async () => {
    const link = await findAccountLink(token);
    if (link.state !== "open") return { ok: false, link: link.state };
    const problem = passwordProblem(password, link);
    if (problem) return { ok: false, password: problem };
    const passwordHash = await bcrypt.hash(password, BCRYPT_COST);
    return db().$transaction(async (tx): Promise<SetPasswordResult> => {
      // Used up atomically: of two posts of the same link, one wins.
      const [row] = await tx.$queryRaw<Array<{ id: string; organisationId: string; userId: string }>>`
      UPDATE "AccountToken" SET "usedAt" = now()
      WHERE "tokenHash" = ${hashAccountToken(token)} AND "usedAt" IS NULL AND "expiresAt" > now()
      RETURNING id::text, "organisationId"::text AS "organisationId", "userId"::text AS "userId"`;
      if (!row) return { ok: false, link: "used" };
      await tx.user.update({ where: { id: row.userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
      await tx.accountToken.updateMany({
        where: { userId: row.userId, usedAt: null, expiresAt: { gt: new Date() } },
        data: { expiresAt: new Date() },
      });
      const membership = await tx.membership.findFirst({
        where: { organisationId: row.organisationId, userId: row.userId },
        select: { id: true },
      });
      await tx.auditLog.create({
        data: {
          organisationId: row.organisationId,
          actorId: membership?.id ?? null,
          action: `account.password.${link.purpose.toLowerCase()}`,
          targetType: "User",
          targetId: row.userId,
        },
      });
      return { ok: true, email: link.email, purpose: link.purpose };
    });
  });
}
