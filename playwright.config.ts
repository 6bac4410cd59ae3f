// e2e tier: Playwright on the production server (scripts/server.ts: Next plus the respondent
// route served directly) bound to 127.0.0.1, driving an installed Chromium.
// scripts/test.ts prepares the database and passes E2E_PORT, DATABASE_URL and NEXTAUTH_SECRET.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, requireChromium } from "./tests/e2e/browser";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
const output = path.join(__dirname, ".test-output", "e2e");

const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: { executablePath: requireChromium(), args: CHROMIUM_ARGS },
};

export default defineConfig({
  testDir: "./tests/e2e",
  testMatch: "**/*.spec.ts",
  outputDir: path.join(output, "artifacts"),
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  expect: { timeout: 10_000 },
  // The runner sets PLAYWRIGHT_JSON_OUTPUT_NAME and sums counts from that file.
  reporter: [["list"], ["json"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    video: "off",
    locale: "fr-FR",
  },
  projects: [
    // The demo's stories are checked after every run (issue 19 §6): the specs depend on "demo-before"
    // (one trivial check), whose teardown "demo-after" Playwright runs once every spec depending on it
    // has finished, failed or not: a check that really runs last although 2 workers run in parallel.
    { name: "demo-before", testMatch: "**/demo-seeded.setup.ts", teardown: "demo-after", use: chromium },
    { name: "chromium", testIgnore: "**/zz-demo-intact.spec.ts", dependencies: ["demo-before"], use: chromium },
    { name: "demo-after", testMatch: "**/zz-demo-intact.spec.ts", use: chromium },
  ],
  webServer: {
    // The production server: Next's handler plus the respondent route served directly (scripts/server.ts).
    command: `node node_modules/tsx/dist/cli.mjs --tsconfig tsconfig.node.json scripts/server.ts -H 127.0.0.1 -p ${port}`,
    // Wait for the port, not a page: a page answering 404/500 would make Playwright wait forever.
    port,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      DATABASE_URL: process.env.DATABASE_URL ?? "",
      DATABASE_APP_URL: process.env.DATABASE_APP_URL ?? "",
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "",
      NEXTAUTH_URL: baseURL,
      APP_URL: baseURL,
      // Seals the OpenID Connect client secret the single sign-on spec stores (docs/sso.md).
      SSO_SECRET_KEY: process.env.SSO_SECRET_KEY ?? randomBytes(32).toString("base64"),
      // The single sign-on spec's OpenID provider listens on plain http on loopback.
      SSO_ALLOW_HTTP_LOOPBACK_ISSUER: "true",
      NODE_ENV: "production",
      // The settings spec points the webhook at a receiver on 127.0.0.1.
      WEBHOOK_ALLOW_PRIVATE_TARGETS: "true",
      // Specs act as clients at different addresses (the sign-in limits): they connect from loopback,
      // trusted as a proxy, so the right-most X-Forwarded-For address they send is the client.
      TRUST_PROXY: "127.0.0.1,::1",
    },
  },
});
