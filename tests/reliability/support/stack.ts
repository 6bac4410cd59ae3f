// The reliability tier's stack (issue 16 §1): a throwaway embedded PostgreSQL that can be stopped
// and started again on the same port, the production server (scripts/server.ts on the `.next`
// build) on 127.0.0.1 that can be killed and started again, and one organisation with fresh
// respondent links. Everything stops by itself at the end of a file (stop()).
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { linkTokenFor } from "@/lib/surveys/tokens";
import { applyMigrations } from "../../../scripts/db/migrate";
import { freePort, resolveDataDir, startEmbeddedPostgres, type RunningDatabase } from "../../../scripts/db/postgres";
import { startDelayProxy, type DelayProxy } from "./delay-proxy";
import { productionServerArgs, productionServerEnv } from "../../../scripts/server-command";

const ROOT = path.resolve(__dirname, "..", "..", "..");

export interface Stack {
  /** The app's base URL (http://127.0.0.1:port). */
  baseUrl: string;
  /** The database URL, for checking what was stored. */
  databaseUrl: string;
  /** Stops PostgreSQL (fast shutdown: open connections are cut) until startDatabase(). */
  stopDatabase(): Promise<void>;
  startDatabase(): Promise<void>;
  /** `kill -9` of the server's process group, no goodbye. */
  killServer(): void;
  /** Starts the server again on the same port and waits for /api/health. */
  startServer(): Promise<void>;
  /** The proxy between the server and PostgreSQL (StackOptions.delayProxy), to inject latency. */
  proxy?: DelayProxy;
  /** The pid of the process that runs scripts/server.ts (tsx runs it in a child of the spawned one). */
  serverPid(): number | undefined;
  /** Whether the server process is still running. */
  serverAlive(): boolean;
  /** What the server wrote on stderr so far. */
  serverErrors(): string;
  /** Fresh respondent links of the organisation: n tokens whose contacts have no answer yet. */
  freshLinks(n: number): Promise<string[]>;
  stop(): Promise<void>;
}

export interface StackOptions {
  /** Extra environment of the server (DB_STATEMENT_TIMEOUT_MS…). */
  serverEnv?: Record<string, string>;
  /** Seeds the demo organisation too (slug `demo`, its accounts, pulses, actions…), before the server starts. */
  demo?: boolean;
  /** The server reaches PostgreSQL through a TCP proxy that can delay or stall (tests/reliability/support/delay-proxy.ts). */
  delayProxy?: boolean;
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "symetrie-reliability-"));
  fs.chmodSync(tempDir, 0o755); // as root, PostgreSQL runs as `postgres` and must reach its data dir
  const dataDir = path.join(tempDir, "pg");
  const dbPort = await freePort();
  let database: RunningDatabase | undefined = await startEmbeddedPostgres({
    dataDir,
    database: "symetrie_reliability",
    port: dbPort,
    fast: true,
  });
  const databaseUrl = database.url;
  const proxy = options.delayProxy ? await startDelayProxy(dbPort) : undefined;
  // The server's URLs: through the proxy when there is one; the tests check the database directly.
  const serverDatabaseUrl = proxy ? proxy.route(databaseUrl) : databaseUrl;
  const appDatabaseUrl = proxy ? proxy.route(database.appUrl) : database.appUrl;
  await applyMigrations(databaseUrl);
  const secret = crypto.randomBytes(32).toString("base64url");
  const organisation = await seedOrganisation(databaseUrl);
  if (options.demo) await seedDemoOrganisation(databaseUrl);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let server: ChildProcess | undefined;
  let stderr = "";
  let made = 0;

  const startServer = async () => {
    const child = spawn(process.execPath, productionServerArgs(port), {
      cwd: ROOT,
      detached: true,
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...productionServerEnv({ databaseUrl: serverDatabaseUrl, appDatabaseUrl, secret, baseUrl }), ...options.serverEnv },
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString("utf8")).slice(-200_000);
    });
    server = child;
    for (let i = 0; i < 240; i++) {
      if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}:\n${stderr.slice(-2000)}`);
      const ok = await fetch(`${baseUrl}/api/health`)
        .then((response) => response.ok)
        .catch(() => false);
      if (ok) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`the server did not answer /api/health within 60 s:\n${stderr.slice(-2000)}`);
  };

  const killServer = () => {
    if (server?.pid && server.exitCode === null) process.kill(-server.pid, "SIGKILL");
  };

  await startServer();
  return {
    baseUrl,
    databaseUrl,
    stopDatabase: async () => {
      await database?.stop();
      database = undefined;
    },
    startDatabase: async () => {
      database = await startEmbeddedPostgres({ dataDir, database: "symetrie_reliability", port: dbPort, fast: true });
    },
    killServer,
    startServer,
    proxy,
    serverPid: () => (server?.pid ? deepestChild(server.pid) : undefined),
    serverAlive: () => server !== undefined && server.exitCode === null && server.signalCode === null,
    serverErrors: () => stderr,
    freshLinks: async (n) => {
      const ids = Array.from({ length: n }, () => crypto.randomUUID());
      const tokens = ids.map((id) => linkTokenFor(secret, id));
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        await client.query(
          `INSERT INTO "Contact" (id, "organisationId", "teamId", "momentOfTruthId", channel, locale, "externalId", "occurredAt", "tokenHash", "linkExpiresAt")
           SELECT u.id, $2, $3, $4, 'PHONE', 'fr', u.ext, now(), u.hash, now() + interval '30 days'
             FROM unnest($1::uuid[], $5::text[], $6::bytea[]) AS u(id, ext, hash)`,
          [
            ids,
            organisation.organisationId,
            organisation.teamId,
            organisation.momentOfTruthId,
            ids.map((_, i) => `reliability-${made + i}`),
            tokens.map((token) => Buffer.from(token.hash)),
          ],
        );
      } finally {
        await client.end();
      }
      made += n;
      return tokens.map((token) => token.token);
    },
    stop: async () => {
      killServer();
      await proxy?.close();
      await database?.stop().catch(() => undefined);
      fs.rmSync(tempDir, { recursive: true, force: true });
      fs.rmSync(resolveDataDir(dataDir), { recursive: true, force: true });
    },
  };
}

/** The demo organisation, as `npm run db:seed` makes it. */
async function seedDemoOrganisation(url: string): Promise<void> {
  const [{ createDb }, { seedDemo }] = await Promise.all([import("@/lib/db/client"), import("../../../scripts/db/seed")]);
  const { db, pool } = createDb(url, 2, 120_000);
  try {
    await seedDemo(db);
  } finally {
    await db.$disconnect();
    await pool.end().catch(() => undefined);
  }
}

/** The last descendant of pid (node → tsx's child node), from /proc; pid itself when it has none. */
function deepestChild(pid: number): number {
  try {
    const children = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean);
    return children.length > 0 ? deepestChild(Number(children[children.length - 1])) : pid;
  } catch {
    return pid;
  }
}

/** One organisation, one team, the default catalogues (moments of truth, themes…). */
async function seedOrganisation(url: string): Promise<{ organisationId: string; teamId: string; momentOfTruthId: string }> {
  const [{ createDb }, { createDefaultCatalogues }] = await Promise.all([
    import("@/lib/db/client"),
    import("@/lib/db/internal/organisations/create-catalogues"),
  ]);
  const { db, pool } = createDb(url);
  try {
    const organisation = await db.organisation.create({ data: { slug: "reliability", name: "Fiabilité SA" } });
    const teamId = crypto.randomUUID();
    await db.team.create({
      data: { id: teamId, organisationId: organisation.id, name: "Accueil", externalId: "REL-T1", path: `/${teamId}/` },
    });
    await createDefaultCatalogues(db, organisation.id);
    const moment = await db.momentOfTruth.findFirstOrThrow({
      where: { organisationId: organisation.id, side: "CUSTOMER" },
      select: { id: true },
    });
    return { organisationId: organisation.id, teamId, momentOfTruthId: moment.id };
  } finally {
    await db.$disconnect();
    await pool.end().catch(() => undefined);
  }
}
