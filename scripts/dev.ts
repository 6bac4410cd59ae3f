// `npm run dev` (and `npm start` with --production): the whole app on one command. Starts
// the embedded PostgreSQL unless DATABASE_URL is set, applies pending migrations, seeds the
// demo organisation once (`npm run dev` only, unless SEED_DEMO says otherwise), then runs
// Next.js on PORT (default 3000). Ctrl-C stops it all.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createDb } from "../lib/db/client";
import { applyMigrations } from "./db/migrate";
import { startEmbeddedPostgres, type RunningDatabase } from "./db/postgres";
import { seedDemo } from "./db/seed";
import { DEMO_ACCOUNTS } from "./db/demo-accounts";
import { DEV_DATABASE_URL_FILE } from "./db/dev-database-url-file";
import { devUrls } from "./dev-origins";

const root = path.resolve(__dirname, "..");
const dataDir = path.join(root, ".data");
const production = process.argv.includes("--production");

/** A stable secret for local runs, kept with the local data (never committed). */
function localSecret(): string {
  const file = path.join(dataDir, "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

function parsePort(raw: string | undefined): number {
  const port = Number(raw ?? 3000);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`PORT must be a TCP port number (1–65535), got "${raw}".`);
    process.exit(1);
  }
  return port;
}

async function prepareDatabase(): Promise<{ url: string; appUrl: string | undefined; embedded: RunningDatabase | null }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, appUrl: process.env.DATABASE_APP_URL, embedded: null };
  console.log("▸ Starting the embedded PostgreSQL (data in .data/pg)…");
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg"), database: "symetrie" });
  // Lets `npm run api-key`, `db:seed`… find this database while the app runs.
  fs.writeFileSync(DEV_DATABASE_URL_FILE, embedded.url, { mode: 0o600 });
  return { url: embedded.url, appUrl: embedded.appUrl, embedded };
}

/** SEED_DEMO=true|false; unset: the demo in development, none in production. */
function seedsDemo(): boolean {
  const raw = process.env.SEED_DEMO;
  if (raw === undefined || raw === "") return !production;
  if (raw === "true" || raw === "false") return raw === "true";
  console.error(`SEED_DEMO must be true or false, got "${raw}".`);
  process.exit(1);
}

async function migrateAndSeed(url: string) {
  const { applied } = await applyMigrations(url, { log: (line) => console.log(`  ${line}`) });
  console.log(`▸ Migrations: ${applied.length === 0 ? "up to date" : `${applied.length} applied`}`);
  if (!seedsDemo()) {
    console.log("▸ No demo organisation (SEED_DEMO=false, or production): create yours with the setup page or `npm run org -- create`.");
    return false;
  }
  const { db, pool } = createDb(url);
  try {
    const { created } = await seedDemo(db, { log: (line) => console.log(`  ${line}`) });
    console.log(created ? "▸ Demo organisation created." : "▸ Demo organisation already present.");
    return true;
  } finally {
    await db.$disconnect();
    await pool.end();
  }
}

/** Every URL printed is one next.config.ts lets hydrate (allowedDevOrigins). */
function printAccounts(port: number) {
  console.log(
    `\n  Symétrie → ${devUrls(port).join("\n             ")}\n\n  Demo accounts (password for all: ${DEMO_ACCOUNTS[0]?.password}):`,
  );
  for (const account of DEMO_ACCOUNTS) console.log(`    ${account.role.padEnd(8)} ${account.email}`);
  console.log("");
}

async function main() {
  const port = parsePort(process.env.PORT);
  const { url, appUrl, embedded } = await prepareDatabase();
  let next: ChildProcess | null = null;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (next?.pid) {
      try {
        process.kill(-next.pid, "SIGTERM");
      } catch {
        // Already gone.
      }
    }
    await embedded?.stop();
    if (embedded) fs.rmSync(DEV_DATABASE_URL_FILE, { force: true });
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  let demo = false;
  try {
    demo = await migrateAndSeed(url);
  } catch (error) {
    console.error(`✖ Could not prepare the database: ${error instanceof Error ? error.message : String(error)}`);
    return stop(1);
  }
  if (demo) printAccounts(port);
  const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
  // Production runs scripts/server.ts (Next plus the respondent route served directly).
  const tsxCli = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");
  const args = production
    ? [tsxCli, "--tsconfig", path.join(root, "tsconfig.node.json"), path.join(root, "scripts", "server.ts"), "-p", String(port)]
    : [nextBin, "dev", "-p", String(port)];
  next = spawn(process.execPath, args, {
    cwd: root,
    stdio: "inherit",
    detached: true, // its own process group, so stopping it also stops next-server
    env: {
      ...process.env,
      DATABASE_URL: url,
      // The server's data layer connects as the application role (row-level security, docs/security.md).
      ...(appUrl ? { DATABASE_APP_URL: appUrl } : {}),
      PORT: String(port),
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? localSecret(),
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    },
  });
  next.on("exit", (code) => void stop(code ?? 0));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
