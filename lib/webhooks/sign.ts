// Webhook signatures: HMAC-SHA256 of the exact raw body with the organisation's secret,
// sent as `X-Symetrie-Signature: sha256=<hex>`; receivers verify with verifySignature.
import crypto from "node:crypto";

export const SIGNATURE_HEADER = "X-Symetrie-Signature";
export const TIMESTAMP_HEADER = "X-Symetrie-Timestamp";

export function signBody(secret: string, rawBody: string): string {
  return `sha256=${crypto.createHmac("sha256", secret).update(rawBody, "utf8").digest("hex")}`;
}

/** Constant-time comparison, so a receiver leaks nothing about the expected value. */
export function verifySignature(secret: string, rawBody: string, header: string | null | undefined): boolean {
  if (!header) return false;
  const expected = Buffer.from(signBody(secret, rawBody));
  const given = Buffer.from(header);
  return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}

/**
 * A new signing secret: 32 random bytes, base64url (43 characters). Stored as is in
 * Organisation.webhookSecret, since signing needs it (a hash would not do); shown once.
 */
export function mintWebhookSecret(): string {
  return crypto.randomBytes(32).toString("base64url");
}
