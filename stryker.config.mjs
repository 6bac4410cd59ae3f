// Mutation testing of the three core modules (issue 18 §3): `npm run test:mutation`.
// Surviving mutants are killed by a test or explained in docs/mutation-testing.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts", related: false },
  plugins: ["@stryker-mutator/vitest-runner"],
  // No TypeScript checker: the project's TypeScript is 7 (native), which has no JavaScript
  // API, and both the checker and Stryker's tsconfig rewriting call that API. Our tsconfig
  // neither extends nor references another file, so there is nothing to rewrite: point
  // Stryker at a name that is not a file and it leaves tsconfig alone.
  tsconfigFile: "no-tsconfig-rewrite",
  mutate: ["lib/stats/**/*.ts", "!lib/stats/index.ts", "lib/auth/policy.ts"],
  coverageAnalysis: "perTest",
  // Two cores shared with other work: one sandbox at a time.
  concurrency: 1,
  // Mutants that turn a loop into an endless one (special functions, tree walks) are killed by
  // timing out; the unit tests of these modules take well under a second, so a short limit
  // saves most of the run on a shared machine.
  timeoutMS: 2000,
  timeoutFactor: 1.5,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: ".stryker/report/mutation.html" },
  jsonReporter: { fileName: ".stryker/report/mutation.json" },
  tempDirName: ".stryker/tmp",
  incrementalFile: ".stryker/incremental.json",
  thresholds: { high: 95, low: 90, break: 90 },
  cleanTempDir: "always",
  // The sandbox copies the project: leave out builds, databases and reports.
  ignorePatterns: [".next", ".next-bench", ".data", ".test-output", "test-results", "playwright-report", ".scratch", "docs/screenshots"],
};

export default config;
