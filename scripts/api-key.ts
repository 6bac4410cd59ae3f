// `npm run api-key -- create --org <slug> --scopes a,b [--name <label>]`: mints an API key with
// those scopes for an organisation and prints it on stdout (alone, for scripts); details go to stderr.
// `npm run api-key -- revoke --org <slug> --id <key id>` revokes one; `limit … --per-minute <n|none>`
// sets its request limit (600 by default). Uses DATABASE_URL.
import "./db/dev-database-url";
import { parseArgs } from "node:util";
import { apiScopes } from "@/lib/auth/api-scopes";
import { createApiKeyForOrganisation } from "@/lib/db/api-keys/create-api-key";
import { revokeApiKeyForOrganisation } from "@/lib/db/api-keys/revoke-api-key";
import { setApiKeyLimitForOrganisation } from "@/lib/db/api-keys/set-api-key-limit";
import { env } from "@/lib/env";
import { defaultCliName, printCreated, printRevoked } from "./cli/token-cli";
import { runCli } from "./cli/run-cli";

const TAG = "api-key";

const USAGE = [
  "Usage: npm run api-key -- create --org <slug> --scopes <scope>[,<scope>…] [--name <label>]",
  "       npm run api-key -- revoke --org <slug> --id <key id>",
  "       npm run api-key -- limit --org <slug> --id <key id> --per-minute <1 to 1000000, or none>",
  `Scopes: ${apiScopes.join(", ")}`,
].join("\n");

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      org: { type: "string" },
      name: { type: "string" },
      id: { type: "string" },
      scopes: { type: "string" },
      "per-minute": { type: "string" },
    },
  });
  const [command] = positionals;
  if (
    !values.org ||
    (command !== "create" && command !== "revoke" && command !== "limit") ||
    (command !== "create" && !values.id) ||
    (command === "limit" && !values["per-minute"]) ||
    (command === "create" && !values.scopes)
  ) {
    console.error(USAGE);
    return 2;
  }
  env(); // fail early, naming the missing variable (DATABASE_URL)
  if (command === "create") {
    const scopes = values.scopes!.split(",").filter((scope) => scope.trim() !== "");
    const created = await createApiKeyForOrganisation(values.org, values.name ?? defaultCliName(), scopes);
    printCreated(TAG, values.org, created, created.key, `, scopes ${created.scopes.join(",")}`);
  } else if (command === "limit") {
    const set = await setApiKeyLimitForOrganisation(values.org, values.id!, values["per-minute"]!);
    console.error(
      `[${TAG}] ${set.id}: ${set.requestsPerMinute === null ? "no request limit" : `${set.requestsPerMinute} requests per minute`}`,
    );
  } else {
    printRevoked(TAG, await revokeApiKeyForOrganisation(values.org, values.id!));
  }
  return 0;
}

runCli(TAG, main);
