// `npm run db:migrate` (deploy: apply pending migrations to DATABASE_URL) and
// `npm run db:migration -- <name>` (create: write a migration from the schema; no database).
import "./dev-database-url";
import { applyMigrations, createMigration } from "./migrate";

const USAGE = [
  "Usage:",
  "  tsx scripts/db/migrate-cli.ts deploy          apply pending migrations to DATABASE_URL",
  "  tsx scripts/db/migrate-cli.ts create <name>   write prisma/migrations/<timestamp>_<name>/migration.sql",
].join("\n");

async function deploy(): Promise<number> {
  // A script outside the app may read the environment directly (lib/env.ts is for the app).
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set: run this through `npm run dev`, or set DATABASE_URL to the database to migrate.");
    return 1;
  }
  const { applied } = await applyMigrations(url, { log: (line) => console.log(line) });
  if (applied.length > 0) console.log(`${applied.length} migration(s) applied.`);
  return 0;
}

async function create(name: string | undefined): Promise<number> {
  if (!name) {
    console.error("Missing migration name.\n" + USAGE);
    return 1;
  }
  await createMigration(name, { log: (line) => console.log(line) });
  return 0;
}

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  if (command === "deploy" && rest.length === 0) return deploy();
  if (command === "create" && rest.length <= 1) return create(rest[0]);
  console.error(USAGE);
  return 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
