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
import { db } from "@/lib/db/client";
import { env, EnvError } from "@/lib/env";
import { ExpectedError } from "@/lib/errors";

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
    const created = await createApiKeyForOrganisation(values.org, values.name ?? `CLI ${new Date().toISOString().slice(0, 10)}`, scopes);
    console.error(
      `[api-key] created "${created.name}" (${created.prefix}…, id ${created.id}, scopes ${created.scopes.join(",")}) for ${values.org}; it is shown only now:`,
    );
    console.log(created.key);
  } else if (command === "limit") {
    const set = await setApiKeyLimitForOrganisation(values.org, values.id!, values["per-minute"]!);
    console.error(
      `[api-key] ${set.id}: ${set.requestsPerMinute === null ? "no request limit" : `${set.requestsPerMinute} requests per minute`}`,
    );
  } else {
    const revoked = await revokeApiKeyForOrganisation(values.org, values.id!);
    console.error(`[api-key] revoked ${revoked.id} at ${revoked.revokedAt}`);
  }
  return 0;
}

main()
  .catch((error: unknown) => {
    const known = error instanceof ExpectedError || error instanceof EnvError;
    console.error(`[api-key] failed: ${known ? error.message : error instanceof Error ? error.stack : String(error)}`);
    return 1;
  })
  // Exit explicitly: the shared pool keeps idle connections (and the event loop) alive.
  .then(async (code) => {
    await db()
      .$disconnect()
      .catch(() => {});
    process.exit(code);
  });
