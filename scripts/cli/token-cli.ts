// What the secret-token CLIs share (scripts/api-key.ts, scripts/scim-token.ts): the default name,
// the lines they print (the secret alone on stdout, for scripts; details on stderr), and the run
// that maps errors to exit codes and closes the database pool.
import { db } from "@/lib/db/client";
import { EnvError } from "@/lib/env";
import { ExpectedError } from "@/lib/errors";

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

interface ListedToken {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** One tab-separated line a token on stdout (prefix, id, status, created, last used, name); never the secret. */
export function printTokens(tag: string, slug: string, tokens: readonly ListedToken[]): void {
  console.error(`[${tag}] ${tokens.length} for ${slug}: prefix, id, status, created, last used, name`);
  for (const token of tokens) {
    const status = token.revokedAt ? `revoked ${token.revokedAt}` : "active";
    console.log([`${token.prefix}…`, token.id, status, token.createdAt, token.lastUsedAt ?? "never", token.name].join("\t"));
  }
}

/** Runs the command and exits with its code: 1 on an error (its message alone when expected). */
export function runCli(tag: string, main: () => Promise<number>): void {
  main()
    .catch((error: unknown) => {
      const known = error instanceof ExpectedError || error instanceof EnvError;
      console.error(`[${tag}] failed: ${known ? error.message : error instanceof Error ? error.stack : String(error)}`);
      return 1;
    })
    // Exit explicitly: the shared pool keeps idle connections (and the event loop) alive.
    .then(async (code) => {
      await db()
        .$disconnect()
        .catch(() => {});
      process.exit(code);
    });
}
