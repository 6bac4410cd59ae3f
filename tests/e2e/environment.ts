// The e2e tier's database: a throwaway embedded PostgreSQL in a temp dir, migrated and
// seeded with the demo organisation; stop() removes every trace of it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export interface E2eDatabase {
  url: string;
  /** The application role's URL, which the server connects with (row-level security). */
  appUrl: string;
  stop(): Promise<void>;
}

export async function startE2eDatabase(): Promise<E2eDatabase> {
  const { startEmbeddedPostgres, resolveDataDir } = await import("../../scripts/db/postgres");
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "symetrie-e2e-"));
  fs.chmodSync(tempDir, 0o755); // as root, PostgreSQL runs as `postgres` and must reach its data dir
  const dataDir = path.join(tempDir, "pg");
  const lines: string[] = [];
  let cluster: Awaited<ReturnType<typeof startEmbeddedPostgres>> | undefined;
  const stop = async () => {
    const running = cluster;
    cluster = undefined;
    await running?.stop().catch((error: unknown) => console.error(`[e2e] PostgreSQL stop failed: ${String(error)}`));
    fs.rmSync(tempDir, { recursive: true, force: true });
    fs.rmSync(resolveDataDir(dataDir), { recursive: true, force: true });
  };
  try {
    cluster = await startEmbeddedPostgres({ dataDir, database: "symetrie_e2e", fast: true, log: (line) => lines.push(line) });
    const { applyMigrations } = await import("../../scripts/db/migrate");
    await applyMigrations(cluster.url);
    await seed(cluster.url);
    return { url: cluster.url, appUrl: cluster.appUrl, stop };
  } catch (error) {
    console.error(`[e2e] database preparation failed; PostgreSQL said:\n${lines.slice(-20).join("\n")}`);
    await stop();
    throw error;
  }
}

async function seed(url: string) {
  const [{ seedDemo }, { createDb }] = await Promise.all([import("../../scripts/db/seed"), import("../../lib/db/client")]);
  const { db, pool } = createDb(url);
  try {
    await seedDemo(db);
  } finally {
    await db.$disconnect();
    await pool.end().catch(() => {});
  }
}
