// What the secret-token CLIs share (scripts/api-key.ts, scripts/scim-token.ts): the default name
// and the lines they print (the secret alone on stdout, for scripts; details on stderr).
import type { SecretTokenDto } from "@/lib/db/secret-token-dto";

/** The name a token gets when --name is not given: the day it was made. */
export const defaultCliName = (): string => `CLI ${new Date().toISOString().slice(0, 10)}`;

/** The new secret alone on stdout; what it is on stderr. `details` adds to the parenthesis (scopes). */
export function printCreated(
  tag: string,
  slug: string,
  created: { id: string; name: string; prefix: string },
  secret: string,
  details = "",
): void {
  console.error(`[${tag}] created "${created.name}" (${created.prefix}…, id ${created.id}${details}) for ${slug}; it is shown only now:`);
  console.log(secret);
}

export function printRevoked(tag: string, revoked: { id: string; revokedAt: string }): void {
  console.error(`[${tag}] revoked ${revoked.id} at ${revoked.revokedAt}`);
}

/** One tab-separated line a token on stdout (prefix, id, status, created, last used, name); never the secret. */
export function printTokens(tag: string, slug: string, tokens: readonly SecretTokenDto[]): void {
  console.error(`[${tag}] ${tokens.length} for ${slug}: prefix, id, status, created, last used, name`);
  for (const token of tokens) {
    const status = token.revokedAt ? `revoked ${token.revokedAt}` : "active";
    console.log([`${token.prefix}…`, token.id, status, token.createdAt, token.lastUsedAt ?? "never", token.name].join("\t"));
  }
}
