// Issue 14 §1 in Chromium: the demo manager turns an irritant pair of their service into an action
// owned by someone of another direction, with a budget; moves it proposed → planned → in progress,
// comments, records spending and publishes it. A due date in the past is refused beside its field
// and nothing is stored. The actions made here are deleted afterwards: the demo stays as seeded.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { query } from "./support/api-keys";
import { expectAccessible } from "./support/axe";
import { signIn } from "./support/session";

const tag = randomUUID().slice(0, 8);
const title = `E2E action ${tag}`;

const demoTeam = async (externalId: string) =>
  (
    await query<{ id: string }>(
      `SELECT t.id::text FROM "Team" t JOIN "Organisation" o ON o.id = t."organisationId" WHERE o.slug = 'demo' AND t."externalId" = $1`,
      [externalId],
    )
  )[0]!.id;

const actionsTitled = async (prefix: string) =>
  (await query<{ n: number }>(`SELECT count(*)::int AS n FROM "Action" WHERE title LIKE $1`, [`${prefix}%`]))[0]!.n;

test.afterAll(async () => {
  // Comments, history, links and teams go with their action (ON DELETE CASCADE).
  await query(`DELETE FROM "Action" WHERE title LIKE $1`, [`E2E action ${tag}%`]);
});

test("a manager turns an irritant pair into a budgeted action owned elsewhere, works it and publishes it", async ({ page }) => {
  test.setTimeout(120_000);
  const service = await demoTeam("S-REL-LYON");
  const elsewhere = await demoTeam("T-MAG-01");
  const [owner] = await query<{ id: string }>(
    `SELECT m.id::text FROM "Membership" m WHERE m."teamId" = $1 AND m.active ORDER BY m.id LIMIT 1`,
    [elsewhere],
  );
  await signIn(page, "manager@demo.symetrie.fr");

  await test.step("from the team page's irritant pair to a prefilled form", async () => {
    await page.goto(`/fr/teams/${service}`);
    await page.getByTestId("irritant-action-link").first().click();
    await expect(page).toHaveURL(/\/fr\/actions\/new\?origin=IRRITANT&team=[^&]+&irritant=[^&]+&irritant=/);
    await expect(page.getByLabel("Titre")).not.toHaveValue("");
    await expect(page.getByRole("group", { name: "Irritants traités" }).getByRole("checkbox", { checked: true })).toHaveCount(2);
  });

  await test.step("an owner of another direction, a budget, a due date: created", async () => {
    await page.getByLabel("Titre").fill(title);
    await page.getByLabel("Responsable", { exact: true }).selectOption(owner!.id);
    await page.getByLabel("Budget prévu (en euros)").fill("1500");
    await page.getByLabel("Échéance").fill("2099-06-30");
    await page.getByRole("button", { name: "Créer l'action" }).click();
    await expect(page).toHaveURL(/\/fr\/actions\/[0-9a-f-]{36}\?notice=created$/);
    await expect(page.getByTestId("action-notice")).toHaveText("L'action a été créée.");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByText("Paris Opéra", { exact: false }).first()).toBeVisible();
    await expect(page.getByText(/1\s500\s€/)).toBeVisible();
  });

  await test.step("edited with the same form: the budget changes, the history says so", async () => {
    await page.getByRole("link", { name: "Modifier" }).click();
    await expect(page.getByLabel("Titre")).toHaveValue(title);
    await expect(page.getByLabel("Responsable", { exact: true })).toHaveValue(owner!.id);
    await page.getByLabel("Budget prévu (en euros)").fill("1 800");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await expect(page.getByTestId("action-notice")).toHaveText("L'action a été enregistrée.");
    await expect(page.getByTestId("action-history")).toContainText("Modification : budget");
  });

  await test.step("planned, then in progress", async () => {
    await page.getByRole("button", { name: "Planifier" }).click();
    await expect(page.getByTestId("action-notice")).toHaveText("Le statut a été mis à jour.");
    await expect(page.getByTestId("action-status").first()).toHaveText("Planifiée");
    await page.getByRole("button", { name: "Démarrer" }).click();
    await expect(page.getByTestId("action-status").first()).toHaveText("En cours");
    await expect(page.getByRole("button", { name: "Terminer" })).toBeVisible();
  });

  await test.step("a comment, the spending, the publication, the history", async () => {
    await page.getByLabel("Votre commentaire").fill("Devis de l'éditeur reçu.");
    await page.getByRole("button", { name: "Ajouter le commentaire" }).click();
    await expect(page.getByTestId("action-comments")).toContainText("Devis de l'éditeur reçu.");
    await page.getByLabel("Total dépensé à ce jour (en euros)").fill("300");
    await page.getByRole("button", { name: "Enregistrer le total" }).click();
    await expect(page.getByTestId("action-spent")).toHaveText(/300\s€/);
    await page.getByLabel("Ce qui a été fait").fill("Les remboursements jusqu'à 50 € se font sans escalade.");
    await page.getByRole("button", { name: "Publier", exact: true }).click();
    await expect(page.getByTestId("action-published")).toContainText("Publiée le");
    await expect(page.getByTestId("action-history")).toContainText("Proposée → Planifiée");
    await expect(page.getByTestId("action-history")).toContainText("Planifiée → En cours");
    await expectAccessible(page, "an action's page");
  });

  await test.step("the same page in English", async () => {
    await page.goto(page.url().replace("/fr/", "/en/").split("?")[0]!);
    await expect(page.getByRole("heading", { name: "Publish to employees" })).toBeVisible();
    await expect(page.getByTestId("action-status").first()).toHaveText("In progress");
  });

  await test.step("the list shows it, in progress, with its budget", async () => {
    await page.goto(`/fr/actions?team=${service}&status=IN_PROGRESS`);
    const row = page.getByTestId("action-row").filter({ hasText: title });
    await expect(row).toContainText("En cours");
    await expect(row).toContainText(/300\s€ \/ 1\s800\s€/);
  });
});

test("a due date in the past is refused beside its field, the values kept, nothing stored", async ({ page }) => {
  const service = await demoTeam("S-REL-LYON");
  await signIn(page, "manager@demo.symetrie.fr");
  await page.goto(`/fr/actions/new?team=${service}`);
  await page.getByLabel("Titre").fill(`${title} refused`);
  await page.getByLabel("Échéance").fill("2020-01-15");
  await page.getByLabel("Budget prévu (en euros)").fill("200");
  await page.getByRole("button", { name: "Créer l'action" }).click();
  await expect(page.getByText("L'action n'a pas été enregistrée")).toBeFocused();
  await expect(page.locator("#action-due-date-error")).toHaveText("L'échéance ne peut pas être dans le passé.");
  await expect(page.getByLabel("Échéance")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Titre")).toHaveValue(`${title} refused`);
  await expect(page.getByLabel("Budget prévu (en euros)")).toHaveValue("200");
  expect(await actionsTitled(`${title} refused`)).toBe(0);
  // Another organisation's id, or none at all, is the 404 page.
  const response = await page.goto(`/fr/actions/${randomUUID()}`);
  expect(response?.status()).toBe(404);
});
