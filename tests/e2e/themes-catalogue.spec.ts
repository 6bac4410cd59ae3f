// Comment themes (issue 15 §2). In an organisation of its own: CX edits a theme's keywords in
// Catalogue › Thèmes — refused with a sentence when no keyword is left, then saved and counted —
// and a manager gets the 403 page. On the demo (read only): HR opens /comments with a theme and
// reads both sides, the customer theme beside its employee mirror.
import { expect, test } from "@playwright/test";
import { withClient } from "./survey-support";
import { expectAccessible } from "./support/axe";
import { signIn } from "./support/session";
import { createThemesOrg, type ThemesOrg } from "./support/themes-org";

let org: ThemesOrg;

test.beforeAll(async () => {
  org = await createThemesOrg();
});

test("CX edits a theme's keywords: none is refused with a sentence, then the comment matches", async ({ page }) => {
  await signIn(page, org.cx);
  await page.goto("/fr/catalogue");
  await page.getByRole("navigation", { name: "Parties du catalogue" }).getByRole("link", { name: "Thèmes" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Amabilité ↔ Ambiance" })).toBeVisible();
  const customer = page.getByTestId("customer-theme");
  await expect(customer.getByTestId("matched-comments")).toHaveText("Commentaires clients correspondants : 0.");
  const form = customer.getByTestId("theme-amabilite");
  await form.getByLabel("Mots-clés (français)").fill(" , ");
  await form.getByLabel("Mots-clés (anglais)").fill("");
  await form.getByRole("button", { name: "Enregistrer Amabilité" }).click();
  await expect(form.getByText("Indiquez au moins un mot-clé : un thème sans mot-clé ne correspondrait à aucun commentaire.")).toBeVisible();
  await form.getByLabel("Mots-clés (français)").fill("aimable\nadorable");
  await form.getByRole("button", { name: "Enregistrer Amabilité" }).click();
  await expect(form.getByTestId("theme-saved")).toHaveText("Thème enregistré. Commentaires clients correspondants : 1.");
  await expectAccessible(page, "Catalogue › Thèmes");
  await expect(customer.getByTestId("matched-comments")).toHaveText("Commentaires clients correspondants : 1.");
  await expect(form.getByLabel("Mots-clés (français)")).toHaveValue("aimable\nadorable");
});

test("a manager may not edit themes", async ({ page }) => {
  await signIn(page, org.manager);
  const response = await page.goto("/fr/catalogue/themes");
  expect(response?.status()).toBe(403);
});

test("HR reads a theme's comments on both sides of the demo", async ({ page }) => {
  const themeId = await withClient(async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `SELECT t.id FROM "Theme" t JOIN "Organisation" o ON o.id = t."organisationId" WHERE o.slug = 'demo' AND t.side = 'CUSTOMER' AND t.key = 'attente'`,
    );
    return rows[0]!.id;
  });
  await signIn(page, "rh@demo.symetrie.fr");
  await page.goto(`/fr/comments?theme=${themeId}`);
  await expect(page.getByRole("heading", { level: 1, name: "Commentaires" })).toBeVisible();
  await expect(page.getByTestId("theme-heading")).toHaveText("Attente et délais ↔ Sous-effectif et charge de travail");
  const customer = page.getByTestId("comments-customer");
  const employee = page.getByTestId("comments-employee");
  await expect(customer.getByRole("heading", { name: "Clients : Attente et délais" })).toBeVisible();
  await expect(employee.getByRole("heading", { name: "Collaborateurs : Sous-effectif et charge de travail" })).toBeVisible();
  expect(await customer.getByRole("listitem").count()).toBeGreaterThan(0);
  expect(await employee.getByRole("listitem").count()).toBeGreaterThan(0);
  await expectAccessible(page, "the comments of a theme");
  await expect(page.getByText(/seuls les groupes \(équipe × mois\) d'au moins \d+ personnes/)).toBeVisible();
  // A search narrows both sides; a one-letter search is explained, not a crash.
  await page.getByRole("searchbox", { name: "Rechercher" }).fill("effectif");
  await page.getByRole("button", { name: "Afficher" }).click();
  await expect(page).toHaveURL(/q=effectif/);
  await expect(employee.getByRole("listitem").first()).toContainText(/effectif/i);
  await page.goto(`/fr/comments?q=a&theme=${themeId}`);
  await expect(page.getByTestId("comments-invalid")).toContainText("la recherche doit faire de 2 à 100 caractères");
});
