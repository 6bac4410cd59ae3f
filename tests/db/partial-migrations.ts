// A database of its own migrated up to (not including) one migration, for tests of a data
// migration: write rows in the old shape, then run the rest. Dropped again by `drop`.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { MIGRATIONS_DIR } from "../../scripts/db/migrate";
import { applyMigrationDirs } from "../../scripts/db/schema-engine";

export async function withClient<T>(connectionString: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface PartialDatabase {
  url: string;
  /** Applies the remaining migrations. */
  migrateRest: () => Promise<void>;
  drop: () => Promise<void>;
}

export async function databaseBefore(first: string, name: string): Promise<PartialDatabase> {
  const adminUrl = process.env.TEST_ADMIN_DATABASE_URL;
  if (!adminUrl) throw new Error("TEST_ADMIN_DATABASE_URL is not set: run the db tier through `npm run test:db`.");
  const database = `${name}_${process.pid}_${Date.now()}`;
  const parsed = new URL(adminUrl);
  parsed.pathname = `/${database}`;
  const url = parsed.toString();
  await withClient(adminUrl, (client) => client.query(`CREATE DATABASE "${database}"`));
  const before = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
  for (const entry of fs.readdirSync(MIGRATIONS_DIR, { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name < first)
      fs.cpSync(path.join(MIGRATIONS_DIR, entry.name), path.join(before, entry.name), { recursive: true });
    if (entry.isFile() && entry.name === "migration_lock.toml")
      fs.copyFileSync(path.join(MIGRATIONS_DIR, entry.name), path.join(before, entry.name));
  }
  await applyMigrationDirs(url, before);
  return {
    url,
    migrateRest: async () => {
      await applyMigrationDirs(url, MIGRATIONS_DIR);
    },
    drop: async () => {
      fs.rmSync(before, { recursive: true, force: true });
      await withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
    },
  };
}
