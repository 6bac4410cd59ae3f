// Staging PostgreSQL's binaries for the `postgres` user (scripts/db/pg-distribution.ts):
// a shared directory someone else could have planted is refused, and a staged copy is
// complete, readable by all whatever the clone's umask, and made once.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const isRoot = process.getuid?.() === 0;
let scratch: string;
let shared: string;

async function load() {
  vi.resetModules();
  vi.stubEnv("SYMETRIE_PG_SHARED_DIR", shared);
  return import("@/scripts/db/pg-distribution");
}

/** A tiny distribution as a umask-077 clone would hold it: bin, lib with a relative symlink, share. */
function fakeDistribution(): string {
  const source = path.join(scratch, "native");
  for (const part of ["bin", "lib", "share/postgresql"]) fs.mkdirSync(path.join(source, part), { recursive: true, mode: 0o700 });
  fs.writeFileSync(path.join(source, "bin", "postgres"), "#!/bin/sh\n", { mode: 0o700 });
  fs.writeFileSync(path.join(source, "lib", "libpq.so.5.18"), "lib", { mode: 0o600 });
  fs.symlinkSync("libpq.so.5.18", path.join(source, "lib", "libpq.so.5"));
  fs.writeFileSync(path.join(source, "share", "postgresql", "postgres.bki"), "bki", { mode: 0o600 });
  return source;
}

describe.runIf(isRoot && process.platform === "linux")("staged PostgreSQL distribution", () => {
  beforeEach(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), "symetrie-stage-"));
    shared = path.join(scratch, "shared");
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it("refuses a shared directory owned by another user, writable by others, or a symlink", async () => {
    const nobody = Number(execFileSync("id", ["-u", "nobody"]).toString());
    fs.mkdirSync(shared, { mode: 0o755 });
    fs.chownSync(shared, nobody, nobody);
    await expect(load().then((module) => module.sharedDir())).rejects.toThrow(/owned by root and writable by root only/);
    fs.chownSync(shared, 0, 0);
    fs.chmodSync(shared, 0o777);
    await expect(load().then((module) => module.sharedDir())).rejects.toThrow(/owned by root/);
    fs.rmSync(shared, { recursive: true });
    fs.mkdirSync(path.join(scratch, "elsewhere"), { mode: 0o755 });
    fs.symlinkSync(path.join(scratch, "elsewhere"), shared);
    await expect(load().then((module) => module.sharedDir())).rejects.toThrow(/owned by root/);
  });

  it("stages a complete copy readable by everyone, once, and replaces one left incomplete", async () => {
    const { stageDistribution } = await load();
    const source = fakeDistribution();
    const staged = stageDistribution(source, "1.0");
    expect(staged).toBe(path.join(shared, "postgresql-1.0"));
    const mode = (file: string) => (fs.statSync(path.join(staged, file)).mode & 0o777).toString(8);
    expect([mode("."), mode("bin"), mode("bin/postgres"), mode("lib/libpq.so.5.18"), mode("share/postgresql/postgres.bki")]).toEqual([
      "755",
      "755",
      "755",
      "644",
      "644",
    ]);
    expect(fs.readlinkSync(path.join(staged, "lib", "libpq.so.5"))).toBe("libpq.so.5.18");
    expect(fs.readFileSync(path.join(staged, ".staged"), "utf8")).toBe("1.0\n");
    expect((fs.statSync(shared).mode & 0o777).toString(8)).toBe("755");

    fs.writeFileSync(path.join(source, "bin", "postgres"), "#!/bin/sh\n# changed\n");
    stageDistribution(source, "1.0");
    expect(fs.readFileSync(path.join(staged, "bin", "postgres"), "utf8")).toBe("#!/bin/sh\n"); // reused, not copied again

    fs.rmSync(path.join(staged, ".staged"));
    stageDistribution(source, "1.0");
    expect(fs.readFileSync(path.join(staged, "bin", "postgres"), "utf8")).toContain("# changed");
    expect(fs.readdirSync(shared)).toEqual(["postgresql-1.0"]);
  });
});
