// The trace of a sign-in attempt (issue 12 §7): one audit row in each organisation the account
// belongs to, naming the account and the client only by the HMAC keys their rate-limit counters
// use (lib/http/client-address.ts), never the password, the address typed or the IP. An address
// that matches no account belongs to no organisation and leaves no row. A success gives back its
// two rate-limit hits in the same transaction as its row.
import { db } from "../client";
import { refundRateLimit } from "../rate-limit";
import { asSystem } from "../tenant-context";

export interface SignInRecord {
  /** Trimmed and lower-cased, as checked; used to find the account, never stored. */
  email: string;
  accountKey: string;
  addressKey: string;
  /**
   * "credentials": wrong password, no password chosen yet or no active membership; "limited": a counter
   * was past its limit; "sso-required": a right password refused because the organisation is SSO-only.
   */
  outcome: "ok" | "credentials" | "limited" | "sso-required";
  retryAfterSeconds?: number;
}

export async function recordSignIn(record: SignInRecord): Promise<void> {
  return asSystem(async () => {
    const ok = record.outcome === "ok";
    const metadata = JSON.stringify({
      ...(ok ? {} : { reason: record.outcome }),
      accountKey: record.accountKey,
      addressKey: record.addressKey,
      ...(record.retryAfterSeconds ? { retryAfterSeconds: record.retryAfterSeconds } : {}),
    });
    const action = ok ? "signIn.success" : "signIn.refused";
    await db().$transaction(async (tx) => {
      if (ok) for (const key of [record.addressKey, record.accountKey]) await refundRateLimit(key, tx);
      // A success is the person acting (their active memberships); a refusal proves nobody, so it has no actor.
      await tx.$executeRaw`
      INSERT INTO "AuditLog" ("organisationId", "actorId", action, "targetType", "targetId", metadata)
      SELECT m."organisationId", CASE WHEN ${ok} THEN m.id END, ${action}, 'Membership', m.id::text, ${metadata}::jsonb
        FROM "Membership" m JOIN "User" u ON u.id = m."userId"
       WHERE u.email = ${record.email} AND (m.active OR NOT ${ok})`;
    });
  });
}
