// `npm run scim-token -- create --org <slug> [--name <label>]`: mints a SCIM provisioning token for
// an organisation (docs/scim.md) and prints it on stdout (alone, for scripts); details go to stderr.
// `list <slug>` prints its tokens (never the secrets), `revoke <slug> <prefix-or-id>` revokes one,
// audited as in Settings → SCIM provisioning. Uses DATABASE_URL.
import "./db/dev-database-url";
import { parseArgs } from "node:util";
import { createScimTokenForOrganisation } from "@/lib/db/scim-tokens/create-scim-token";
import { listScimTokensForOrganisation } from "@/lib/db/scim-tokens/list-scim-tokens";
import { revokeScimTokenForOrganisation } from "@/lib/db/scim-tokens/revoke-scim-token";
import { env } from "@/lib/env";
import { defaultCliName, printCreated, printRevoked, printTokens } from "./cli/token-cli";
import { runCli } from "./cli/run-cli";

const TAG = "scim-token";
const USAGE = [
  "Usage: npm run scim-token -- create --org <slug> [--name <label>]",
  "       npm run scim-token -- list <slug>",
  "       npm run scim-token -- revoke <slug> <prefix-or-id>",
].join("\n");

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { org: { type: "string" }, name: { type: "string" } } });
  const [command, slug = values.org, target] = positionals;
  const arity = { create: 2, list: 2, revoke: 3 }[command ?? ""];
  if (!arity || !slug || positionals.length > arity || (command === "revoke" && !target)) {
    console.error(USAGE);
    return 2;
  }
  env(); // fail early, naming the missing variable (DATABASE_URL)
  if (command === "create") {
    const created = await createScimTokenForOrganisation(slug, values.name ?? defaultCliName());
    printCreated(TAG, slug, created, created.token);
  } else if (command === "list") {
    printTokens(TAG, slug, await listScimTokensForOrganisation(slug));
  } else {
    printRevoked(TAG, await revokeScimTokenForOrganisation(slug, target!));
  }
  return 0;
}

runCli(TAG, main);
