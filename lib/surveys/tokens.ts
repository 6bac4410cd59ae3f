// Secrets handed out by the platform (survey link tokens, API keys): 128+ bits from
// crypto.randomBytes, base64url; only their SHA-256 is ever stored (docs/security.md "Survey links").
import crypto from "node:crypto";

const linkKeys = new Map<string, Buffer>();

/** The HMAC key for link tokens, derived once per secret (HKDF is most of a bulk import's token cost). */
function linkKey(serverSecret: string): Buffer {
  let key = linkKeys.get(serverSecret);
  if (!key) {
    key = Buffer.from(crypto.hkdfSync("sha256", serverSecret, "symetrie", "survey-link-token", 32));
    linkKeys.set(serverSecret, key);
  }
  return key;
}

/**
 * A contact's survey link token: 128 bits (22 base64url characters, SMS-friendly) derived
 * with HMAC-SHA256 from a server secret and the contact id. Derived, not drawn, so that
 * re-sending a contact with the same externalId can answer the same link again while the
 * database keeps only the hash: a copy of the database alone yields no usable link.
 */
export function linkTokenFor(serverSecret: string, contactId: string): { token: string; hash: Uint8Array<ArrayBuffer> } {
  const token = crypto.createHmac("sha256", linkKey(serverSecret)).update(contactId).digest().subarray(0, 16).toString("base64url");
  return { token, hash: hashSecret(token) };
}

/** Only well-formed tokens are looked up (and counted by the rate limiter otherwise). */
export function isWellFormedLinkToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{22}$/.test(token);
}

/** SHA-256 of the secret's text: what the database stores and looks up. */
export function hashSecret(secret: string): Uint8Array<ArrayBuffer> {
  // A plain Uint8Array over its own ArrayBuffer: the type Prisma's Bytes columns take.
  return new Uint8Array(crypto.createHash("sha256").update(secret, "utf8").digest());
}

/** An API key: a readable prefix then 32 random bytes, e.g. `sym_live_…`. */
export function mintApiKey(): { key: string; prefix: string; hash: Uint8Array<ArrayBuffer> } {
  const key = `sym_${crypto.randomBytes(32).toString("base64url")}`;
  return { key, prefix: key.slice(0, 12), hash: hashSecret(key) };
}
