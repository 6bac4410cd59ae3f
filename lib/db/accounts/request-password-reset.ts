// "Mot de passe oublié": for an address of an active person, a one-hour single-use link (older
// reset links voided), audited. The caller answers the same whether or not the address exists;
// this returns what it needs to send the email, or null.
import { RESET_HOURS } from "@/lib/accounts/account-token";
import { db } from "../client";
import type { Locale } from "../generated/client";
import { issueAccountToken } from "../internal/accounts/issue-account-token";
import { asSystem } from "../tenant-context";

export interface PasswordResetMail {
  email: string;
  token: string;
  expiresAt: Date;
  locale: Locale;
  organisationName: string;
}

export async function requestPasswordReset(email: string): Promise<PasswordResetMail | null> {
  return asSystem(async () => {
    const user = await db().user.findUnique({
      where: { email: email.trim().toLowerCase() },
      select: {
        id: true,
        email: true,
        locale: true,
        memberships: {
          where: { active: true },
          orderBy: { createdAt: "asc" },
          take: 1,
          select: { id: true, organisationId: true, organisation: { select: { name: true } } },
        },
      },
    });
    const membership = user?.memberships[0];
    if (!user || !membership) return null;
    return db().$transaction(async (tx) => {
      const { token, expiresAt } = await issueAccountToken(tx, {
        organisationId: membership.organisationId,
        userId: user.id,
        purpose: "PASSWORD_RESET",
        ttlMs: RESET_HOURS * 3_600_000,
        createdById: null,
      });
      await tx.auditLog.create({
        data: {
          organisationId: membership.organisationId,
          actorId: membership.id,
          action: "account.password.reset_requested",
          targetType: "User",
          targetId: user.id,
        },
      });
      return { email: user.email, token, expiresAt, locale: user.locale, organisationName: membership.organisation.name };
    });
  });
}
