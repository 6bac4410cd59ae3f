// Imported once by instrumentation.ts when a server starts: while no organisation exists, issue
// the one-time setup token and print where to use it (issue 12 §1). It changes at every start;
// only its SHA-256 is stored. A database not reachable yet is said, not fatal.
import { issueInstanceSetupToken } from "@/lib/db/organisations/instance-setup";
import { env } from "@/lib/env";

export async function announceSetup(): Promise<void> {
  try {
    const token = await issueInstanceSetupToken();
    if (!token) return;
    const base = (env().APP_URL ?? env().NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, "");
    console.log(
      `\n  Symétrie has no organisation yet. Create the first one at\n    ${base}/fr/setup?token=${token}\n  (one-time setup token: ${token}; a new one is printed at every start).\n`,
    );
  } catch (error) {
    console.error(
      `[setup] could not check for a first organisation: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
    );
  }
}
