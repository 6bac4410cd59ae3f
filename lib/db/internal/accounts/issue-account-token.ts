// Issues a single-use account link inside the caller's transaction: the older unused links of
// the same purpose for that person stop working at once (a resent invitation voids the first).
import { hashAccountToken, newAccountToken } from "@/lib/accounts/account-token";
import type { AccountTokenPurpose, Prisma } from "../../generated/client";

export interface IssueAccountToken {
  organisationId: string;
  userId: string;
  purpose: AccountTokenPurpose;
  /** How long the link stays valid. */
  ttlMs: number;
  /** The membership sending it (null: the CLI, the setup page or the person themselves). */
  createdById: string | null;
}

/** Returns the token for the URL; only its SHA-256 is stored. */
export async function issueAccountToken(
  tx: Prisma.TransactionClient,
  input: IssueAccountToken,
): Promise<{ token: string; expiresAt: Date }> {
  const now = new Date();
  await tx.accountToken.updateMany({
    where: { organisationId: input.organisationId, userId: input.userId, purpose: input.purpose, usedAt: null, expiresAt: { gt: now } },
    data: { expiresAt: now },
  });
  const token = newAccountToken();
  const expiresAt = new Date(now.getTime() + input.ttlMs);
  await tx.accountToken.create({
    data: {
      organisationId: input.organisationId,
      userId: input.userId,
      purpose: input.purpose,
      tokenHash: hashAccountToken(token),
      expiresAt,
      createdById: input.createdById,
    },
  });
  return { token, expiresAt };
}
