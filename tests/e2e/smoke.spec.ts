// Smoke test of the e2e tier: the production build answers and the sign-in form renders.
import { expect, test } from "@playwright/test";

test("the home page answers without a server error", async ({ request }) => {
  const response = await request.get("/");
  expect(response.status(), `GET / answered ${response.status()}`).toBeLessThan(400);
});

test("the French sign-in page shows the sign-in form", async ({ page }) => {
  await page.goto("/fr/sign-in");
  await expect(page.getByLabel("Adresse e-mail")).toBeVisible();
  await expect(page.getByLabel("Mot de passe")).toBeVisible();
  await expect(page.getByRole("button", { name: "Se connecter" })).toBeVisible();
});
