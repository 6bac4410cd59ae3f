// Vitest as Stryker runs it (`npm run test:mutation`): the unit tests of the three mutated
// modules only (lib/stats, the anonymity engine in it, lib/auth/policy.ts); no database.
import path from "node:path";
import { defineConfig } from "vitest/config";

const root = __dirname;

export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    root,
    include: ["tests/unit/stats/**/*.test.ts", "tests/unit/auth/**/*.test.ts"],
    environment: "node",
    // Property tests draw 150 cases instead of 1 000–2 000: they run once per mutant here.
    env: { DATABASE_URL: "postgresql://invalid:invalid@127.0.0.1:1/none", NODE_ENV: "test", PROPERTY_RUNS: "150" },
    setupFiles: [],
    dir: path.join(root, "tests/unit"),
  },
});
