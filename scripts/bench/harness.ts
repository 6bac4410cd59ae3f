// Shared benchmark plumbing: a throwaway embedded PostgreSQL (default durability, like
// production), `next start` on 127.0.0.1, autocannon runs, and tidy shutdown.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { applyMigrations } from "../db/migrate";
import { freePort, resolveDataDir, startEmbeddedPostgres, type RunningDatabase } from "../db/postgres";
import { productionServerArgs, productionServerEnv } from "../server-command";

export const ROOT = path.resolve(__dirname, "..", "..");
const nextBin = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
/** Benchmarks build and serve from their own directory (next.config.ts reads NEXT_DIST_DIR). */
const DIST_DIR = ".next-bench";

export interface BenchEnvironment {
  database: RunningDatabase;
  secret: string;
  stop(): Promise<void>;
}

export async function startBenchDatabase(): Promise<BenchEnvironment> {
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "symetrie-bench-"));
  fs.chmodSync(tempDir, 0o755);
  const dataDir = path.join(tempDir, "pg");
  const database = await startEmbeddedPostgres({ dataDir, database: "symetrie_bench" });
  await applyMigrations(database.url);
  return {
    database,
    secret: crypto.randomBytes(32).toString("base64url"),
    stop: async () => {
      await database.stop();
      fs.rmSync(tempDir, { recursive: true, force: true });
      fs.rmSync(resolveDataDir(dataDir), { recursive: true, force: true });
    },
  };
}

/** `next build` unless BENCH_SKIP_BUILD=1 and a build exists. */
export function buildApp() {
  if (process.env.BENCH_SKIP_BUILD === "1" && fs.existsSync(path.join(ROOT, DIST_DIR, "BUILD_ID"))) return;
  console.log("▸ next build…");
  const result = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: "postgresql://invalid:invalid@127.0.0.1:1/none",
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_DIST_DIR: DIST_DIR,
      BENCH_BUILD: "1",
    },
  });
  if (result.status !== 0) throw new Error("next build failed");
}

/** The server's data layer connects as the application role, or as `appDatabaseUrl` (bench:rls passes the owner's to compare). */
export async function startServer(env: BenchEnvironment, appDatabaseUrl = env.database.appUrl): Promise<{ baseUrl: string; stop(): void }> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // The production server: Next plus the respondent route served directly (scripts/server.ts).
  const child: ChildProcess = spawn(process.execPath, productionServerArgs(port), {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...productionServerEnv({ databaseUrl: env.database.url, appDatabaseUrl, secret: env.secret, baseUrl }),
      NEXT_DIST_DIR: DIST_DIR,
    },
  });
  for (let i = 0; i < 120; i++) {
    const ok = await fetch(`${baseUrl}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    baseUrl,
    stop: () => {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
    },
  };
}

export interface LoadResult {
  label: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  ok: number;
}

export async function load(label: string, options: autocannon.Options): Promise<LoadResult> {
  const result = await autocannon({ connections: 50, duration: Number(process.env.BENCH_SECONDS ?? 10), ...options });
  return {
    label,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    ok: result["2xx"],
  };
}

export function printLoad(results: LoadResult[]) {
  console.log("\n| run | req/s | p50 ms | p99 ms | 2xx | non-2xx | errors |\n|---|---:|---:|---:|---:|---:|---:|");
  for (const r of results) {
    console.log(`| ${r.label} | ${r.requestsPerSecond.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.ok} | ${r.non2xx} | ${r.errors} |`);
  }
}
