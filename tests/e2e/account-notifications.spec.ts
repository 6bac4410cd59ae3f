// « Mon compte » in Chromium: a manager chooses how they hear of new detractors (issue 14 §4), HR asks
// for the monthly email (issue 15 §3); each choice is saved, shown back, and put back as the demo had it.
import { expect, test } from "@playwright/test";
import { signIn } from "./support/session";

test("a manager chooses a daily digest of new detractors on their account page", async ({ page }) => {
  await signIn(page, "manager@demo.symetrie.fr");
  await page.goto("/fr/account");
  const alerts = page.getByRole("region", { name: "Alertes détracteurs" });
  await expect(alerts.getByRole("radio", { name: "Un e-mail à chaque nouveau détracteur" })).toBeChecked();
  await alerts.getByRole("radio", { name: "Un résumé par jour (vers 7 h)" }).check();
  await alerts.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("Votre choix est enregistré.")).toBeVisible();
  await expect(alerts.getByRole("radio", { name: "Un résumé par jour (vers 7 h)" })).toBeChecked();
  // Back to the demo's choice (zz-demo-intact.spec.ts), through the same form.
  await alerts.getByRole("radio", { name: "Un e-mail à chaque nouveau détracteur" }).check();
  await alerts.getByRole("button", { name: "Enregistrer" }).click();
  await expect(alerts.getByRole("radio", { name: "Un e-mail à chaque nouveau détracteur" })).toBeChecked();
  // The organisation-wide roles read the list instead: no such choice for them.
  await signIn(page, "cx@demo.symetrie.fr");
  await page.goto("/fr/account");
  await expect(page.getByRole("heading", { name: "Alertes détracteurs" })).toHaveCount(0);
});

test("HR asks for the monthly email, and can stop it", async ({ page }) => {
  await signIn(page, "rh@demo.symetrie.fr");
  await page.goto("/fr/account");
  const monthly = page.getByRole("region", { name: "Rapport mensuel par e-mail" });
  const box = monthly.getByRole("checkbox", { name: "Recevoir le rapport mensuel par e-mail" });
  await expect(box).not.toBeChecked();
  await box.check();
  await monthly.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("C'est noté : le premier e-mail arrivera le 1er du mois prochain.")).toBeVisible();
  await expect(box).toBeChecked();
  await box.uncheck();
  await monthly.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("Vous ne recevrez plus le rapport mensuel par e-mail.")).toBeVisible();
  await expect(box).not.toBeChecked();
  // An employee reads no results beyond their own answers: no such choice.
  await signIn(page, "employe@demo.symetrie.fr");
  await page.goto("/fr/account");
  await expect(page.getByRole("heading", { name: "Rapport mensuel par e-mail" })).toHaveCount(0);
});
