// The runner behind `npm test [-- lint|unit|mutation|db|e2e|reliability [args…]]`: runs the tiers in turn, sums
// their JSON reports and ends with exactly one line `N passed, N failed[, N skipped]`.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, ".test-output");
const TIERS = ["lint", "unit", "mutation", "db", "e2e", "reliability"] as const;
type Tier = (typeof TIERS)[number];
interface Counts {
  passed: number;
  failed: number;
  skipped: number;
  note?: string;
}

const children = new Set<ChildProcess>();
const cleanups: Array<() => Promise<void>> = [];

/** Runs a command in its own process group (so its whole tree can be stopped) and gives its exit code. */
function run(command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      detached: true,
      // No stdin: a background process group reading the terminal would be stopped (SIGTTIN).
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, ...env },
    });
    children.add(child);
    child.on("error", (error) => console.error(`[test] ${command}: ${error.message}`));
    child.on("close", (code) => {
      children.delete(child);
      resolve(code ?? 1);
    });
  });
}

function signalChildren(signal: NodeJS.Signals) {
  for (const child of children) {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  }
}

/** A tier that ended without a usable report still counts, as one failure with the reason. */
function crashed(note: string): Counts {
  return { passed: 0, failed: 1, skipped: 0, note };
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as T;
  } catch {
    return undefined;
  }
}

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: Array<{ status: string; assertionResults: Array<{ status: string }> }>;
}

async function vitestTier(tier: "unit" | "db" | "reliability", extra: string[]): Promise<Counts> {
  const report = path.join(OUT, `${tier}.json`);
  fs.rmSync(report, { force: true });
  const vitest = path.join(ROOT, "node_modules", "vitest", "vitest.mjs");
  const code = await run(
    process.execPath,
    [vitest, "run", "--project", tier, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...extra],
    {
      // vitest.config.ts is ESM in a package without "type": vite warns about its future loader on every run.
      VITE_CONFIG_NATIVE_IGNORE_WARNING: "true",
    },
  );
  const json = readJson<VitestReport>(report);
  if (!json) return crashed(`vitest exited with code ${code} without a report`);
  // A file that fails to load has no failed test, only a failed suite: count it too.
  const brokenFiles = json.testResults.filter(
    (file) => file.status === "failed" && !file.assertionResults.some((t) => t.status === "failed"),
  ).length;
  const counts = {
    passed: json.numPassedTests,
    failed: json.numFailedTests + brokenFiles,
    skipped: json.numPendingTests + json.numTodoTests,
  };
  if (code !== 0 && counts.failed === 0) return { ...counts, failed: 1, note: `vitest exited with code ${code} (see its output above)` };
  return counts;
}

interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  errors: Array<{ message?: string }>;
}

/**
 * One e2e run at a time per checkout: runs share `.next` and the report file, and two
 * builds at once on 2 cores help nobody. A lock directory holds the owner's pid; a lock
 * whose owner is gone is taken over.
 */
async function withE2eLock<T>(work: () => Promise<T>): Promise<T> {
  const lock = path.join(OUT, "e2e.lock");
  fs.mkdirSync(OUT, { recursive: true });
  for (let waited = 0; ; waited++) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, "pid"), String(process.pid));
      break;
    } catch {
      const owner = Number(fs.readFileSync(path.join(lock, "pid"), { encoding: "utf8", flag: "a+" }) || 0);
      const alive =
        owner > 0 &&
        (() => {
          try {
            process.kill(owner, 0);
            return true;
          } catch {
            return false;
          }
        })();
      if (!alive && waited > 0) fs.rmSync(lock, { recursive: true, force: true });
      else if (waited % 30 === 0) console.log(`[e2e] waiting for another e2e run (pid ${owner}) to finish…`);
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
  }
  cleanups.push(async () => fs.rmSync(lock, { recursive: true, force: true }));
  try {
    return await work();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

async function e2eTier(extra: string[]): Promise<Counts> {
  return withE2eLock(() => e2eTierUnlocked(extra));
}

async function e2eTierUnlocked(extra: string[]): Promise<Counts> {
  const { findChromium, NO_CHROMIUM_MESSAGE } = await import("../tests/e2e/browser");
  const chromium = findChromium();
  if (!chromium) {
    console.error(NO_CHROMIUM_MESSAGE);
    return crashed(NO_CHROMIUM_MESSAGE);
  }
  const { startE2eDatabase } = await import("../tests/e2e/environment");
  const secret = crypto.randomBytes(32).toString("base64url");
  // The database is prepared while Next builds: the build needs no database (lib/db/client.ts).
  const [database, build] = await Promise.allSettled([startE2eDatabase(), buildApp(secret)]);
  if (database.status === "fulfilled") cleanups.push(database.value.stop);
  try {
    if (database.status === "rejected") return crashed(`database preparation failed: ${String(database.reason)}`);
    if (build.status === "rejected" || build.value !== 0) return crashed("`next build` failed (see its output above)");
    builtThisRun = true;
    return await playwright(extra, {
      DATABASE_URL: database.value.url,
      DATABASE_APP_URL: database.value.appUrl,
      NEXTAUTH_SECRET: secret,
      CHROMIUM_PATH: chromium,
    });
  } finally {
    if (database.status === "fulfilled") await database.value.stop();
  }
}

/** Whether the e2e tier of this run built `.next`: the reliability tier then serves that build. */
let builtThisRun = false;

/**
 * The reliability scenarios (issue 16 §1, docs/reliability.md) against the production server of
 * the `.next` build: the short version in `npm test`, RELIABILITY_FULL=1 for the full one
 * (`npm run test:reliability`). Builds first unless the e2e tier of this run just did.
 */
async function reliabilityTier(extra: string[]): Promise<Counts> {
  return withE2eLock(async () => {
    if (!builtThisRun) {
      const code = await buildApp(crypto.randomBytes(32).toString("base64url"));
      if (code !== 0) return crashed("`next build` failed (see its output above)");
    }
    return vitestTier("reliability", extra);
  });
}

/**
 * ESLint (with the layer rules of scripts/lint/layers.mjs) and Prettier's check, as one check:
 * an architecture violation or an unformatted file is one failed test, named in the summary.
 */
async function lintTier(): Promise<Counts> {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const code = await run(npm, ["run", "--silent", "lint"]);
  return code === 0
    ? { passed: 1, failed: 0, skipped: 0 }
    : { passed: 0, failed: 1, skipped: 0, note: "npm run lint failed (see its output above)" };
}

/**
 * Mutation testing of the core (issue 18), incremental: Stryker re-runs only the mutants whose
 * code or covering tests changed since the committed baseline `.stryker/incremental.json`, and
 * fails below 90 % (stryker.config.mjs). One check. With nothing changed it takes ~15 s; commit
 * the updated baseline with a change to lib/stats or lib/auth/policy.ts so the next runs reuse it.
 */
async function mutationTier(): Promise<Counts> {
  const stryker = path.join(ROOT, "node_modules", "@stryker-mutator", "core", "bin", "stryker.js");
  const code = await run(process.execPath, [stryker, "run", "--incremental", "--reporters", "clear-text,json"]);
  return code === 0
    ? { passed: 1, failed: 0, skipped: 0 }
    : { passed: 0, failed: 1, skipped: 0, note: "mutation score below 90 % or Stryker failed (see its output above)" };
}

async function buildApp(secret: string): Promise<number> {
  if (process.env.E2E_SKIP_BUILD === "1" && fs.existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    console.log("[e2e] E2E_SKIP_BUILD=1: reusing the existing .next build");
    return 0;
  }
  const next = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
  // An unreachable database on purpose, as in the unit tier: a build that queries fails loudly.
  return run(process.execPath, [next, "build"], { DATABASE_URL: "postgresql://invalid:invalid@127.0.0.1:1/none", NEXTAUTH_SECRET: secret });
}

async function playwright(extra: string[], env: Record<string, string>): Promise<Counts> {
  const { freePort } = await import("./db/postgres");
  const report = path.join(OUT, "e2e.json");
  fs.rmSync(report, { force: true });
  const cli = path.join(ROOT, "node_modules", "@playwright", "test", "cli.js");
  const port = String(await freePort());
  const code = await run(process.execPath, [cli, "test", ...extra], { ...env, E2E_PORT: port, PLAYWRIGHT_JSON_OUTPUT_NAME: report });
  const json = readJson<PlaywrightReport>(report);
  if (!json) return crashed(`playwright exited with code ${code} without a report`);
  const { expected, unexpected, flaky, skipped } = json.stats;
  const counts: Counts = { passed: expected + flaky, failed: unexpected, skipped };
  // Errors outside any test (config, web server) leave the counts clean but the run failed.
  if (code !== 0 && counts.failed === 0) {
    const first = json.errors[0]?.message?.split("\n")[0];
    return { ...counts, failed: 1, note: first ? `playwright: ${first}` : `playwright exited with code ${code}` };
  }
  return counts;
}

function parseArgs(argv: string[]): { tiers: Tier[]; extra: string[] } {
  const [first, ...rest] = argv;
  if (first === undefined) return { tiers: [...TIERS], extra: [] };
  if (!(TIERS as readonly string[]).includes(first)) {
    console.error(`Unknown tier "${first}": use npm test [-- lint|unit|mutation|db|e2e|reliability [arguments for vitest or playwright]]`);
    process.exit(2);
  }
  return { tiers: [first as Tier], extra: rest };
}

async function stopEverything() {
  // SIGINT is what Playwright and vitest treat as "stop and clean up" (Playwright then stops
  // the web server it started in a process group of its own); SIGTERM kills Playwright bare.
  signalChildren("SIGINT");
  for (let waited = 0; children.size > 0 && waited < 10_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
  signalChildren("SIGKILL");
  await Promise.all(cleanups.map((cleanup) => cleanup().catch(() => {})));
}

async function main() {
  const { tiers, extra } = parseArgs(process.argv.slice(2));
  fs.mkdirSync(OUT, { recursive: true });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => void stopEverything().finally(() => process.exit(130)));
  }
  // SIGINT, not SIGKILL: Playwright must live long enough to stop the web server it started.
  process.on("exit", () => signalChildren("SIGINT"));

  const results: Array<[Tier, Counts, number]> = [];
  for (const tier of tiers) {
    const started = Date.now();
    console.log(`\n[test] ── ${tier} ──`);
    const counts = await (
      tier === "lint"
        ? lintTier()
        : tier === "mutation"
          ? mutationTier()
          : tier === "e2e"
            ? e2eTier(extra)
            : tier === "reliability"
              ? reliabilityTier(extra)
              : vitestTier(tier, extra)
    ).catch((error: unknown) => crashed(`crashed: ${error instanceof Error ? error.message : String(error)}`));
    results.push([tier, counts, (Date.now() - started) / 1000]);
  }

  console.log("");
  const total: Counts = { passed: 0, failed: 0, skipped: 0 };
  for (const [tier, counts, seconds] of results) {
    const note = counts.note ? ` — ${counts.note}` : "";
    console.log(
      `[test] ${tier}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped (${seconds.toFixed(1)} s)${note}`,
    );
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
  }
  const skipped = total.skipped > 0 ? `, ${total.skipped} skipped` : "";
  console.log(`${total.passed} passed, ${total.failed} failed${skipped}`);
  process.exit(total.failed > 0 ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  console.log("0 passed, 1 failed");
  process.exit(1);
});
