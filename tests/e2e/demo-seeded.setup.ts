// The first project of the e2e tier (playwright.config.ts, "demo-before"): the demo is there. Its
// teardown, tests/e2e/zz-demo-intact.spec.ts, runs after every spec and checks the demo's stories.
import { expect, test } from "@playwright/test";
import { query } from "./support/api-keys";

test("the demo organisation is seeded", async () => {
  expect(await query(`SELECT 1 FROM "Organisation" WHERE slug = 'demo'`)).toHaveLength(1);
});
