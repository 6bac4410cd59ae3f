// Smoke test of the e2e tier: the production build answers and the sign-in form renders.
import { expect, test } from "@playwright/test";

test("the home page leads a French visitor who is not signed in to the sign-in page", async ({ request }) => {
  const response = await request.get("/", { headers: { "accept-language": "fr-FR,fr;q=0.9" } });
  expect(response.status(), `GET / answered ${response.status()}`).toBe(200);
  expect(new URL(response.url()).pathname).toBe("/fr/sign-in");
  expect(await response.text()).toContain("Se connecter");
});

test("the French sign-in page shows the sign-in form", async ({ page }) => {
  await page.goto("/fr/sign-in");
  await expect(page.getByLabel("Adresse e-mail")).toBeVisible();
  await expect(page.getByLabel("Mot de passe")).toBeVisible();
  await expect(page.getByRole("button", { name: "Se connecter" })).toBeVisible();
});
