// The short-lived state of one OpenID Connect sign-in, between /api/sso/start and /api/sso/callback:
// kept in an HttpOnly cookie, encrypted and authenticated (AES-256-GCM, key derived from the server
// secret), valid ten minutes. The callback checks the returned `state` against it in constant time.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";
import { z } from "zod";

export const SSO_STATE_COOKIE = "symetrie.sso";
export const SSO_STATE_TTL_SECONDS = 600;

const ZTransient = z.object({
  state: z.string().min(16).max(200),
  nonce: z.string().min(16).max(200),
  codeVerifier: z.string().min(43).max(128),
  organisationId: z.string().uuid(),
  locale: z.enum(["fr", "en"]),
  callbackUrl: z.string().max(2000).startsWith("/"),
  expiresAt: z.number().int(),
});
export type TransientState = z.infer<typeof ZTransient>;

function stateKey(serverSecret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", serverSecret, "symetrie", "sso-transient-state", 32));
}

export function sealState(serverSecret: string, value: TransientState): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", stateKey(serverSecret), iv);
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(ZTransient.parse(value)), "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString("base64url")).join(".");
}

/** The state sealed by sealState, or null when altered, foreign or expired. */
export function openState(serverSecret: string, sealed: string | undefined, now = Date.now()): TransientState | null {
  if (!sealed || sealed.length > 4096) return null;
  const parts = sealed.split(".");
  if (parts.length !== 3) return null;
  const [iv, tag, ciphertext] = parts.map((part) => Buffer.from(part, "base64url"));
  if (!iv || !tag || !ciphertext || iv.length !== 12 || tag.length !== 16) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", stateKey(serverSecret), iv);
    decipher.setAuthTag(tag);
    const json = Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString("utf8");
    const parsed = ZTransient.safeParse(JSON.parse(json));
    if (!parsed.success || parsed.data.expiresAt <= now) return null;
    return parsed.data;
  } catch {
    return null;
  }
}

/** The `state` returned by the provider equals the one we sent (constant time). */
export function stateMatches(expected: string, returned: string | null | undefined): boolean {
  if (typeof returned !== "string") return false;
  const a = Buffer.from(expected, "utf8");
  const b = Buffer.from(returned, "utf8");
  return a.length === b.length && timingSafeEqual(a, b);
}
