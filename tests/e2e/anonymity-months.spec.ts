// Issue 19 §1 in the browser: one answer released in a later month (November) hides that month's
// small groups in that month only. A period without November shows exactly what it showed before;
// the whole history keeps every team and says which figure leaves November out. An organisation of
// its own (raw SQL, like the app's writes), so the demo's figures are never touched.
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { expectAccessible } from "./support/axe";
import { createPulseOrg, type PulseOrg } from "./support/pulse-org";
import { signIn } from "./support/session";

let org: PulseOrg;

async function answers(client: pg.Client, teamId: string, month: string, scores: number[]) {
  for (const score of scores) {
    await client.query(`INSERT INTO "EmployeeResponse" (id, "organisationId", "teamId", period, score) VALUES ($1, $2, $3, $4, $5)`, [
      randomUUID(),
      org.organisationId,
      teamId,
      `${month}-01`,
      score,
    ]);
    await client.query(`INSERT INTO "EmployeeRespondent" ("organisationId", "teamId", period, "personId") VALUES ($1, $2, $3, $4)`, [
      org.organisationId,
      teamId,
      `${month}-01`,
      randomUUID(),
    ]);
  }
  await client.query(`INSERT INTO "RollupDirty" ("organisationId", period) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
    org.organisationId,
    `${month}-01`,
  ]);
}

async function withClient(work: (client: pg.Client) => Promise<void>) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

const row = (page: Page, name: string) => page.getByTestId("team-row").filter({ has: page.getByRole("link", { name, exact: true }) });
const teamA = () => `Équipe A ${org.serviceName.slice("Service ".length)}`;
const teamB = () => `Équipe B ${org.serviceName.slice("Service ".length)}`;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  org = await createPulseOrg();
  await withClient(async (client) => {
    for (const month of ["2026-09", "2026-10"]) {
      await answers(client, org.teams.a, month, [10, 10, 9, 8, 7, 3]);
      await answers(client, org.teams.b, month, [10, 9, 9, 8, 6, 2]);
    }
  });
});

test("a month released later leaves the period without it unchanged and hides nothing for the whole history", async ({ page }) => {
  await signIn(page, org.hr);
  await page.goto("/fr/dashboard?from=2026-09&to=2026-10");
  const before = await page.getByTestId("team-row").allInnerTexts();
  expect(before.join("\n")).not.toContain("Masqué");
  // One answer in team A, in November (released: written as the release writes it).
  await withClient((client) => answers(client, org.teams.a, "2026-11", [9]));
  await page.goto("/fr/dashboard?from=2026-09&to=2026-10");
  expect(await page.getByTestId("team-row").allInnerTexts()).toEqual(before);
  // The whole history: every team keeps its eNPS; A and the service say they leave November out.
  await page.goto("/fr/dashboard");
  await expect(row(page, teamA())).toContainText("Sans novembre 2026 : masqué pour l'anonymat");
  await expect(row(page, org.serviceName)).toContainText("Sans novembre 2026");
  await expect(row(page, teamB())).not.toContainText("Masqué");
  await expect(row(page, teamB())).not.toContainText("Sans novembre");
  await expectAccessible(page, "the dashboard with a month left out");
});

test("on a 390 px phone, in English, the team page says which month its figure leaves out", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, org.hr);
  await page.goto(`/en/teams/${org.teams.a}`);
  await expect(page.getByTestId("excluded-months").first()).toHaveText(
    "Without November 2026: hidden for anonymity (fewer than 5 people here or in a nearby team)",
  );
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page, "a team page with a month left out, 390 px, English");
});
