// Signs a demo account in through the real sign-in form.
import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "symetrie-demo";

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/fr/sign-in");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  // Every role lands on the dashboard but EMPLOYEE, on their home (lib/auth/landing.ts).
  await expect(page).toHaveURL(/\/fr\/(dashboard|home)$/);
}
