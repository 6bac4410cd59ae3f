// One sign-in attempt, for every way in (the form post /api/session/start and next-auth's
// credentials callback): both rate limits are counted first, in PostgreSQL, and only an attempt
// within both reaches the bcrypt comparison (docs/security.md "Sessions and sign-in").
import "server-only";
import { env } from "@/lib/env";
import { hitRateLimit } from "@/lib/db/rate-limit";
import { verifyCredentials, type VerifiedUser } from "@/lib/db/users/verify-credentials";
import { hashedKey } from "@/lib/http/client-address";

export type SignInOutcome =
  | { status: "ok"; user: VerifiedUser }
  | { status: "invalid" }
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
 * Both counters are raised on every attempt, allowed or not, and nothing resets them on a
 * success: an attacker holding one valid account cannot clear their address's count by
 * signing in with it between guesses. `verify` is the real check; tests wrap it to count calls.
 */
export async function attemptSignIn(attempt: SignInAttempt, verify = verifyCredentials): Promise<SignInOutcome> {
  const { SIGN_IN_LIMIT_PER_ACCOUNT, SIGN_IN_LIMIT_PER_ADDRESS, SIGN_IN_WINDOW_SECONDS } = env();
  const [byAddress, byAccount] = await Promise.all([
    hitRateLimit(attempt.addressKey, SIGN_IN_LIMIT_PER_ADDRESS, SIGN_IN_WINDOW_SECONDS),
    hitRateLimit(hashedKey("sign-in-account", attempt.email), SIGN_IN_LIMIT_PER_ACCOUNT, SIGN_IN_WINDOW_SECONDS),
  ]);
  const refused = [byAddress, byAccount].filter((limit) => !limit.allowed);
  if (refused.length > 0) return { status: "limited", retryAfterSeconds: Math.max(...refused.map((limit) => limit.retryAfterSeconds)) };
  const user = await verify(attempt.email, attempt.password);
  return user ? { status: "ok", user } : { status: "invalid" };
}
