// One sign-in attempt, for every way in (the form post /api/session/start and next-auth's
// credentials callback): both rate limits are counted first, in PostgreSQL, and only an attempt
// within both reaches the bcrypt comparison (docs/security.md "Sessions and sign-in").
import "server-only";
import { env } from "@/lib/env";
import { hitRateLimit } from "@/lib/db/rate-limit";
import { recordSignIn } from "@/lib/db/users/record-sign-in";
import { verifyCredentials, type VerifiedUser } from "@/lib/db/users/verify-credentials";
import { hashedKey } from "@/lib/http/client-address";

export type SignInOutcome =
  | { status: "ok"; user: VerifiedUser }
  | { status: "invalid" }
  /** The password was right, but the account's organisation signs in by SSO only (docs/sso.md). */
  | { status: "sso-required" }
  /** Past a limit: nothing was checked, whatever the password (a correct one included). */
  | { status: "limited"; retryAfterSeconds: number };

export const SIGN_IN_ADDRESS = "sign-in-address";

export interface SignInAttempt {
  /** Already trimmed and lower-cased (ZCredentials): one counter per account, whatever the casing typed. */
  email: string;
  password: string;
  /** clientAddressKey(headers, SIGN_IN_ADDRESS): hashed, never the IP itself. */
  addressKey: string;
}

/**
 * Both counters are raised before the check, so concurrent guesses can never get more than the
 * limit checked. A success gives back its own two hits and nothing else: the counters then hold
 * the failures (and attempts in flight), so an office behind one address is not locked out by
 * people signing in, while an attacker signing in with an account of their own between guesses
 * takes back only those sign-ins, never a guess (no reset). Every checked attempt is audited in
 * the account's organisations (recordSignIn). `verify` is the real check; tests wrap it to count calls.
 */
export async function attemptSignIn(attempt: SignInAttempt, verify = verifyCredentials): Promise<SignInOutcome> {
  const { SIGN_IN_LIMIT_PER_ACCOUNT, SIGN_IN_LIMIT_PER_ADDRESS, SIGN_IN_WINDOW_SECONDS } = env();
  const keys = { email: attempt.email, accountKey: hashedKey("sign-in-account", attempt.email), addressKey: attempt.addressKey };
  const [byAddress, byAccount] = await Promise.all([
    hitRateLimit(keys.addressKey, SIGN_IN_LIMIT_PER_ADDRESS, SIGN_IN_WINDOW_SECONDS),
    hitRateLimit(keys.accountKey, SIGN_IN_LIMIT_PER_ACCOUNT, SIGN_IN_WINDOW_SECONDS),
  ]);
  const refused = [
    { limit: byAddress, max: SIGN_IN_LIMIT_PER_ADDRESS },
    { limit: byAccount, max: SIGN_IN_LIMIT_PER_ACCOUNT },
  ].filter(({ limit }) => !limit.allowed);
  if (refused.length > 0) {
    const retryAfterSeconds = Math.max(...refused.map(({ limit }) => limit.retryAfterSeconds));
    // Only a counter's first refusal of its window is audited: a flood past the limit cannot flood the log.
    if (refused.some(({ limit, max }) => limit.count === max + 1)) await recordSignIn({ ...keys, outcome: "limited", retryAfterSeconds });
    return { status: "limited", retryAfterSeconds };
  }
  const user = await verify(attempt.email, attempt.password);
  if (user?.ssoRequired) {
    await recordSignIn({ ...keys, outcome: "sso-required" });
    return { status: "sso-required" };
  }
  // A success's row and the refund of its own two hits commit together (recordSignIn).
  await recordSignIn({ ...keys, outcome: user ? "ok" : "credentials" });
  return user ? { status: "ok", user } : { status: "invalid" };
}
