// `npm run org -- create --name "…" --slug … --admin-email … [--admin-name "…"] [--locale fr|en]`:
// creates an organisation with its default catalogues and its first ADMIN, and prints the
// ADMIN's single-use setup link (valid 7 days) on stdout, alone, for scripts; details go to
// stderr. Uses DATABASE_URL (or the running `npm run dev`'s database).
import "./db/dev-database-url";
import { parseArgs } from "node:util";
import { createOrganisation } from "@/lib/db/organisations/create-organisation";
import { env } from "@/lib/env";
import { accountLinkUrl } from "@/lib/mail/account-emails";
import { runCli } from "./cli/run-cli";

const USAGE = 'Usage: npm run org -- create --name "<name>" --slug <slug> --admin-email <email> [--admin-name "<name>"] [--locale fr|en]';

const OPTIONS = {
  name: { type: "string" },
  slug: { type: "string" },
  "admin-email": { type: "string" },
  "admin-name": { type: "string" },
  locale: { type: "string" },
} as const;

/** The command line, or null (said on stderr) when it cannot be read. */
function readArguments() {
  try {
    return parseArgs({ allowPositionals: true, options: OPTIONS });
  } catch (error) {
    console.error(`[org] ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    return null;
  }
}

async function main(): Promise<number> {
  const parsed = readArguments();
  if (!parsed || parsed.positionals[0] !== "create" || parsed.positionals.length !== 1) {
    console.error(USAGE);
    return 2;
  }
  const { values } = parsed;
  env(); // fail early, naming the missing variable (DATABASE_URL)
  const adminEmail = values["admin-email"];
  const result = await createOrganisation({
    name: values.name,
    slug: values.slug,
    adminEmail,
    // The part of the address before @ until the person sets their name.
    adminName: values["admin-name"] ?? adminEmail?.split("@")[0],
    locale: values.locale,
  });
  if (!result.ok) {
    for (const [field, message] of Object.entries(result.fieldErrors)) console.error(`[org] --${flag(field)} ${message}`);
    console.error(USAGE);
    return 2;
  }
  const locale = values.locale === "en" ? "en" : "fr";
  console.error(
    `[org] created "${values.name?.trim()}" (${values.slug?.trim().toLowerCase()}, id ${result.organisationId}) with its ADMIN ${adminEmail?.trim().toLowerCase()}.`,
  );
  console.error(`[org] single-use setup link, valid until ${result.setupExpiresAt.toISOString()}; give it to the ADMIN only:`);
  console.log(accountLinkUrl(locale, result.setupToken));
  return 0;
}

const flag = (field: string) => ({ adminEmail: "admin-email", adminName: "admin-name" })[field] ?? field;

runCli("org", main);
