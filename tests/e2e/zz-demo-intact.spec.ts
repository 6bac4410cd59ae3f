// Runs LAST: the teardown of the "demo-before" project every spec depends on (playwright.config.ts),
// so after every run, whichever specs ran, failed or not. The demo organisation still tells its
// stories (scripts/db/seed/org-plan.ts, story.ts; issue 19 §6): specs that write into the demo
// restore it (tests/e2e/support/demo-restore.ts) or use an organisation of their own.
import { expect, test, type Page } from "@playwright/test";
import { query } from "./support/api-keys";
import { signIn } from "./support/session";

const row = (page: Page, name: string) => page.getByTestId("team-row").filter({ has: page.getByRole("link", { name, exact: true }) });
/** "+31,4" or "−32,0" as a number. */
const numberIn = (text: string) =>
  Number(
    text
      .replace(/\u2212/g, "-")
      .replace(",", ".")
      .match(/[+-]?\d+(\.\d+)?/)![0],
  );

const LEAF_TEAMS = [
  "Conseil Lyon A",
  "Conseil Lyon B",
  "Réclamations",
  "Paris Opéra",
  "Paris Bastille",
  "La Défense",
  "Lyon Part-Dieu",
  "Bordeaux Sainte-Catherine",
  "Livraison Île-de-France",
  "Livraison Régions",
  "Atelier SAV",
  "Interventions à domicile",
];

test("the demo's settings, teams and people are as seeded, and no e2e answer is left in it", async () => {
  const [demo] = await query<{ minGroupSize: number; minVerbatimGroupSize: number; archived: number; inactive: number; e2e: number }>(
    `SELECT o."minGroupSize", o."minVerbatimGroupSize",
            (SELECT count(*)::int FROM "Team" t WHERE t."organisationId" = o.id AND t."archivedAt" IS NOT NULL) AS archived,
            (SELECT count(*)::int FROM "Membership" m WHERE m."organisationId" = o.id AND NOT m.active) AS inactive,
            (SELECT count(*)::int FROM "CustomerResponse" r JOIN "Contact" c ON c.id = r."contactId"
              WHERE r."organisationId" = o.id AND c."customerEmail" = 'client-e2e@example.com') AS e2e
       FROM "Organisation" o WHERE o.slug = 'demo'`,
  );
  expect(demo).toEqual({ minGroupSize: 5, minVerbatimGroupSize: 10, archived: 0, inactive: 0, e2e: 0 });
});

test("the dashboard still tells the stories: the correlation, the two outliers, the small team hidden, every other team shown", async ({
  page,
}) => {
  await signIn(page, "rh@demo.symetrie.fr");
  // The story's months (May–October), so the running month's answers cannot blur it.
  await page.goto("/fr/dashboard?from=2026-05&to=2026-10");
  const card = page.getByTestId("correlation-card");
  expect(numberIn(await card.getByTestId("pearson-r").innerText())).toBeGreaterThan(0.5);
  expect(numberIn((await card.getByText(/\d+ équipes utilisées/).textContent()) ?? "")).toBeGreaterThanOrEqual(12);
  // Happy staff, unhappy customers (a late carrier); the opposite in the flagship store.
  expect(numberIn(await row(page, "Livraison Régions").locator("td").nth(2).innerText())).toBeGreaterThan(30);
  expect(numberIn(await row(page, "Paris Opéra").locator("td").nth(2).innerText())).toBeLessThan(-30);
  // The 4-person team is hidden, and its one sibling with it (else the service minus the sibling shows it).
  for (const name of ["Réseaux sociaux", "Chat et e-mail"])
    await expect(row(page, name).locator("td").nth(1), name).toContainText("Masqué");
  for (const name of LEAF_TEAMS) await expect(row(page, name).locator("td").nth(1), name).toContainText(/réponses · IC 95 % \[/);
});
