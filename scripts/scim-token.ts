// `npm run scim-token -- create --org <slug> [--name <label>]`: mints a SCIM provisioning token for
// an organisation (docs/scim.md) and prints it on stdout (alone, for scripts); details go to stderr.
// Revoke it in Settings → SCIM provisioning. Uses DATABASE_URL.
import "./db/dev-database-url";
import { parseArgs } from "node:util";
import { db } from "@/lib/db/client";
import { createScimTokenForOrganisation } from "@/lib/db/scim-tokens/create-scim-token";
import { env, EnvError } from "@/lib/env";
import { ExpectedError } from "@/lib/errors";

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { org: { type: "string" }, name: { type: "string" } } });
  if (positionals[0] !== "create" || !values.org) {
    console.error("Usage: npm run scim-token -- create --org <slug> [--name <label>]");
    return 2;
  }
  env(); // fail early, naming the missing variable (DATABASE_URL)
  const created = await createScimTokenForOrganisation(values.org, values.name ?? `CLI ${new Date().toISOString().slice(0, 10)}`);
  console.error(`[scim-token] created "${created.name}" (${created.prefix}…, id ${created.id}) for ${values.org}; it is shown only now:`);
  console.log(created.token);
  return 0;
}

main()
  .catch((error: unknown) => {
    const known = error instanceof ExpectedError || error instanceof EnvError;
    console.error(`[scim-token] failed: ${known ? error.message : error instanceof Error ? error.stack : String(error)}`);
    return 1;
  })
  // Exit explicitly: the shared pool keeps idle connections (and the event loop) alive.
  .then(async (code) => {
    await db()
      .$disconnect()
      .catch(() => {});
    process.exit(code);
  });
