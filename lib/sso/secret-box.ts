// Encrypts an organisation's OpenID Connect client secret at rest: AES-256-GCM with the key of
// SSO_SECRET_KEY (32 bytes, base64). Stored as "v1.<iv>.<tag>.<ciphertext>" (base64url), the
// organisation id bound as additional data so a sealed secret cannot be moved to another organisation.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

const VERSION = "v1";

export class SsoKeyError extends Error {}

/** The 32-byte key from its base64 text; throws SsoKeyError when absent or the wrong size. */
export function ssoKey(base64: string | undefined): Buffer {
  if (!base64) throw new SsoKeyError("SSO_SECRET_KEY is not set: OpenID Connect client secrets cannot be read or stored");
  const key = Buffer.from(base64, "base64");
  if (key.length !== 32) throw new SsoKeyError("SSO_SECRET_KEY must be 32 bytes in base64");
  return key;
}

export function sealSecret(key: Buffer, organisationId: string, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(organisationId, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, iv, tag, ciphertext].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
}

/** The plaintext, or throws when the box was altered, sealed for another organisation or with another key. */
export function openSecret(key: Buffer, organisationId: string, sealed: string): string {
  const parts = sealed.split(".");
  if (parts.length !== 4 || parts[0] !== VERSION) throw new Error("Not a sealed SSO secret");
  const [iv, tag, ciphertext] = parts.slice(1).map((part) => Buffer.from(part, "base64url"));
  if (!iv || !tag || !ciphertext || iv.length !== 12 || tag.length !== 16) throw new Error("Not a sealed SSO secret");
  const decipher = createDecipheriv("aes-256-gcm", key, iv);
  decipher.setAAD(Buffer.from(organisationId, "utf8"));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString("utf8");
}
