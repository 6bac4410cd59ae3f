// Three vitest projects, told apart by folder (docs/conventions.md rule 8): `unit` (no database),
// `db` (real embedded PostgreSQL, one fresh database per test file) and `reliability` (the
// production server under load and faults, docs/reliability.md).
import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

const root = __dirname;
// `server-only` marks server modules for Next; tests are server code (scripts/server-only-empty.ts).
const alias = { "@": root, "server-only": path.join(root, "scripts/server-only-empty.ts") };
// Each forked file costs a Node process; the db tier also shares the cores with PostgreSQL.
const cores = os.availableParallelism();

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          root,
          include: ["tests/unit/**/*.test.{ts,tsx}"],
          environment: "node",
          // A port nothing listens on: an accidental query fails fast instead of reaching a real database.
          env: { DATABASE_URL: "postgresql://invalid:invalid@127.0.0.1:1/none", NODE_ENV: "test" },
          pool: "forks",
          maxWorkers: Math.max(1, Math.min(cores, 4)),
        },
      },
      {
        resolve: { alias },
        test: {
          name: "db",
          root,
          include: ["tests/db/**/*.test.ts"],
          environment: "node",
          // Webhook tests deliver to a real server on 127.0.0.1 (tests/db/webhook-ssrf.test.ts turns the guard back on).
          env: { NODE_ENV: "test", WEBHOOK_ALLOW_PRIVATE_TARGETS: "true" },
          globalSetup: [path.join(root, "tests/db/global-setup.ts")],
          setupFiles: [path.join(root, "tests/db/setup-file.ts")],
          // Default isolation: each file in its own fork, so each sees only its own DATABASE_URL.
          pool: "forks",
          isolate: true,
          maxWorkers: Math.max(1, Math.min(cores, 3)),
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "reliability",
          root,
          include: ["tests/reliability/**/*.test.ts"],
          environment: "node",
          env: { NODE_ENV: "test" },
          // One scenario at a time: each loads the whole machine (issue 16 §1, docs/reliability.md).
          pool: "forks",
          maxWorkers: 1,
          fileParallelism: false,
          testTimeout: 15 * 60_000,
          hookTimeout: 5 * 60_000,
        },
      },
    ],
  },
});
