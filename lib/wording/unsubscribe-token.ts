// The unsubscribe link of a customer's survey email (docs/emails.md): the contact's id and an
// HMAC-SHA256 of it under a key derived from the app secret. Signed, not stored: nothing to
// keep or clean up, the URL carries no address, and a forged or altered token fails the check
// before any query. The contact names the organisation and the address to suppress. Pure.
import crypto from "node:crypto";

const UUID = /^([0-9a-f]{8})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{12})$/i;

function key(secret: string): Buffer {
  return Buffer.from(crypto.hkdfSync("sha256", secret, "symetrie", "unsubscribe-token", 32));
}

function mac(secret: string, contactId: string): Buffer {
  return crypto.createHmac("sha256", key(secret)).update(`unsubscribe:${contactId.toLowerCase()}`).digest().subarray(0, 16);
}

/** `<contact id, 22 base64url>.<mac, 22 base64url>`: 45 URL-safe characters. */
export function unsubscribeTokenFor(secret: string, contactId: string): string {
  const match = UUID.exec(contactId);
  if (!match) throw new Error("not a contact id");
  const id = Buffer.from(match.slice(1).join(""), "hex").toString("base64url");
  return `${id}.${mac(secret, contactId).toString("base64url")}`;
}

/** The contact id the token was made for, or null (malformed, altered or made with another secret). */
export function contactIdOfUnsubscribeToken(secret: string, token: string): string | null {
  const parts = /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{22})$/.exec(token);
  if (!parts) return null;
  const idBytes = Buffer.from(parts[1]!, "base64url");
  // Only the canonical spelling: the last character's unused bits must not make sibling tokens.
  if (idBytes.length !== 16 || idBytes.toString("base64url") !== parts[1]) return null;
  const hex = idBytes.toString("hex");
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  const given = Buffer.from(parts[2]!, "base64url");
  const expected = mac(secret, id);
  if (given.length !== expected.length || given.toString("base64url") !== parts[2]) return null;
  return crypto.timingSafeEqual(given, expected) ? id : null;
}
