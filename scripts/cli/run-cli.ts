// How the operator CLIs end (scripts/api-key.ts, scripts/scim-token.ts, scripts/org.ts): an error
// is exit code 1 (its message alone when expected, its stack otherwise), and the database pool is
// closed before exiting.
import { db } from "@/lib/db/client";
import { EnvError } from "@/lib/env";
import { ExpectedError } from "@/lib/errors";

/** Runs the command and exits with its code: 1 on an error (its message alone when expected). */
export function runCli(tag: string, main: () => Promise<number>): void {
  main()
    .catch((error: unknown) => {
      const known = error instanceof ExpectedError || error instanceof EnvError;
      console.error(`[${tag}] failed: ${known ? error.message : error instanceof Error ? error.stack : String(error)}`);
      return 1;
    })
    // Exit explicitly: the shared pool keeps idle connections (and the event loop) alive. db() itself
    // throws without DATABASE_URL (a usage error exits before reading it): that must not change the code.
    .then(async (code) => {
      await Promise.resolve()
        .then(() => db().$disconnect())
        .catch(() => {});
      process.exit(code);
    });
}
