// db tier, once per run: one embedded PostgreSQL in a fresh temp dir, a migrated
// `template_symetrie` database, and the admin URL provided to every test file.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import type { RunningDatabase } from "../../scripts/db/postgres";

export const TEMPLATE_DATABASE = "template_symetrie";

declare module "vitest" {
  interface ProvidedContext {
    /** URL of the `postgres` database on the test cluster (CREATE/DROP DATABASE go there). */
    adminDatabaseUrl: string;
    /** The same server as the application role (row-level security binds it), for the data layer. */
    appDatabaseUrl: string;
  }
}

async function freezeTemplate(adminUrl: string) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    // CREATE DATABASE … TEMPLATE refuses while anyone is connected to the template, and a
    // migration pool may linger: close them, then forbid new connections for the whole run.
    await client.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [
      TEMPLATE_DATABASE,
    ]);
    await client.query(`ALTER DATABASE ${TEMPLATE_DATABASE} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);
  } finally {
    await client.end();
  }
}

export default async function setup(project: TestProject) {
  const started = Date.now();
  const { resolveDataDir, startEmbeddedPostgres } = await import("../../scripts/db/postgres");
  const { applyMigrations } = await import("../../scripts/db/migrate");
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "symetrie-db-tests-"));
  const dataDir = path.join(tempDir, "pg");
  const lines: string[] = [];
  const log = (line: string) => lines.push(line);
  fs.chmodSync(tempDir, 0o755); // as root, PostgreSQL runs as `postgres` and must reach dataDir
  const removeAll = () => {
    fs.rmSync(tempDir, { recursive: true, force: true });
    fs.rmSync(resolveDataDir(dataDir), { recursive: true, force: true });
  };
  // Vitest skips the teardown when interrupted (Ctrl-C); PostgreSQL then dies with the
  // process group, and this still removes its files.
  process.once("exit", removeAll);
  let cluster: RunningDatabase | undefined;
  try {
    cluster = await startEmbeddedPostgres({ dataDir, database: TEMPLATE_DATABASE, fast: true, log });
    await applyMigrations(cluster.url, { log });
    await freezeTemplate(cluster.urlFor("postgres"));
  } catch (error) {
    console.error(`[db tests] could not prepare the test cluster; PostgreSQL said:\n${lines.slice(-20).join("\n")}`);
    await cluster?.stop().catch(() => {});
    removeAll();
    throw error;
  }
  project.provide("adminDatabaseUrl", cluster.urlFor("postgres"));
  project.provide("appDatabaseUrl", cluster.appUrlFor("postgres"));
  console.log(`[db tests] PostgreSQL ready with migrated template in ${Date.now() - started} ms`);

  return async () => {
    await cluster.stop().catch((error: unknown) => console.error(`[db tests] stop failed: ${String(error)}`));
    removeAll();
  };
}
