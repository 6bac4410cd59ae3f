// Issue 12 §3 and §5 in Chromium, on an organisation of its own: the ADMIN adds a person, finds
// them by search, makes them a manager, invites them (no SMTP here: the page says the mail did
// not go out, and the state shows the open invitation), deactivates them; bad input is named.
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/session";
import { createSettingsOrg } from "./support/settings-org";

const addForm = (page: Page) => page.locator("form").filter({ has: page.getByRole("button", { name: "Ajouter" }) });

test("the ADMIN adds, finds, edits, invites and deactivates a person", async ({ page }) => {
  const org = await createSettingsOrg();
  await signIn(page, org.admin);
  await page.goto("/fr/organisation/people");
  await expect(page.getByRole("heading", { name: "Personnes", level: 1 })).toBeVisible();
  await expect(page.getByTestId("person-row")).toHaveCount(1); // the admin

  // A bad address is named, and nothing is added.
  const form = addForm(page);
  await form.getByLabel("Adresse e-mail professionnelle").fill("lea.petit@example");
  await form.getByLabel("Nom complet").fill("Léa Petit");
  await form.getByRole("button", { name: "Ajouter" }).click();
  await expect(page.getByText("Saisissez une adresse e-mail valide")).toBeVisible();
  await expect(page.getByTestId("person-row")).toHaveCount(1);

  await addForm(page).getByLabel("Adresse e-mail professionnelle").fill("lea.petit@settings.test");
  await addForm(page).getByLabel("Nom complet").fill("Léa Petit");
  await addForm(page).getByLabel("Équipe").selectOption({ label: "Accueil" });
  await addForm(page).getByRole("button", { name: "Ajouter" }).click();
  await expect(page.getByTestId("person-notice")).toContainText("Personne ajoutée.");
  await expect(page.getByRole("heading", { name: "Léa Petit" })).toBeVisible();
  await expect(page.getByTestId("invitation-state")).toHaveText("Aucune invitation envoyée pour l'instant.");

  await page.getByRole("combobox", { name: /^Rôle/ }).selectOption({ label: "Manager" });
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByTestId("person-notice")).toHaveText("Fiche enregistrée.");
  await expect(page.getByRole("combobox", { name: /^Rôle/ })).toHaveValue("MANAGER");

  await page.getByRole("button", { name: "Envoyer l'invitation" }).click();
  await expect(page.getByTestId("person-notice")).toContainText("l'envoi d'e-mails n'est pas configuré");
  await expect(page.getByTestId("invitation-state")).toContainText("Invitation envoyée le");
  await expect(page.getByRole("button", { name: "Renvoyer l'invitation" })).toBeVisible();

  await page.getByRole("button", { name: "Désactiver" }).click();
  await expect(page.getByTestId("person-notice")).toHaveText("Personne désactivée : elle ne peut plus se connecter.");
  await expect(page.getByRole("button", { name: "Renvoyer l'invitation" })).toHaveCount(0);

  // The directory: active people by default, the deactivated one under "Désactivées", found by search.
  await page.getByRole("link", { name: "Personnes", exact: true }).first().click();
  await expect(page.getByTestId("person-row")).toHaveCount(1);
  const filters = page.getByRole("search", { name: "Personnes" });
  await filters.getByLabel("Statut").selectOption({ label: "Désactivées" });
  await filters.getByLabel("Nom, adresse ou identifiant SIRH").fill("petit");
  await filters.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(/status=inactive/);
  await expect(page.getByTestId("person-row")).toHaveCount(1);
  await expect(page.getByTestId("person-row")).toContainText("désactivée");
});

test("HR is offered no role above its own; a forged page cursor is said, not a crash", async ({ page }) => {
  await signIn(page, "rh@demo.symetrie.fr");
  await page.goto("/fr/organisation/people");
  const roles = await addForm(page).getByLabel("Rôle").locator("option").allTextContents();
  expect(roles).not.toContain("Administrateur");
  expect(roles).toContain("Responsable RH");
  const response = await page.goto("/fr/organisation/people?after=forged");
  expect(response?.status()).toBe(200);
  await expect(page.getByText("Ce lien de page n'est plus valable")).toBeVisible();
});
