// Issue 12 §2 in Chromium, on an organisation of its own: the ADMIN builds and reshapes the
// tree (add, a duplicate HR id refused, move, archive), the search keeps ancestors, and the
// organisation link is in the navigation.
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/session";
import { createSettingsOrg } from "./support/settings-org";

const row = (page: Page, name: string) =>
  page.getByTestId("tree-row").filter({ has: page.getByRole("rowheader", { name: new RegExp(`^${name}`) }) });

async function addTeam(page: Page, fields: { name: string; kind: string; parent?: string; externalId?: string }) {
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Ajouter" }) });
  await form.getByLabel("Nom").fill(fields.name);
  await form.getByLabel("Type").selectOption({ label: fields.kind });
  if (fields.parent) await form.getByLabel("Rattachée à").selectOption({ label: fields.parent });
  await form.getByLabel("Identifiant SIRH (facultatif)").fill(fields.externalId ?? "");
  await form.getByRole("button", { name: "Ajouter" }).click();
}

test("the ADMIN builds the tree: add, a duplicate HR id refused, move with the subtree, archive, search", async ({ page }) => {
  const org = await createSettingsOrg();
  await signIn(page, org.admin);
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Organisation" }).click();
  await expect(page.getByRole("heading", { name: "Arbre des équipes" })).toBeVisible();
  await expect(page.getByTestId("tree-row")).toHaveCount(1);
  await expect(row(page, "Accueil")).toContainText("1 / 1");

  await addTeam(page, { name: "Direction Ouest", kind: "Direction", externalId: "D-OUEST" });
  await expect(page.getByTestId("teams-notice")).toHaveText("Équipe ajoutée.");
  await expect(row(page, "Direction Ouest")).toHaveCount(1);
  await addTeam(page, { name: "Service Nantes", kind: "Service", parent: "Direction Ouest" });
  await expect(row(page, "Service Nantes")).toHaveCount(1);
  await addTeam(page, { name: "Conseil Nantes", kind: "Équipe", parent: "\u00a0\u00a0Service Nantes" });
  await expect(row(page, "Conseil Nantes")).toHaveCount(1);
  await expect(page.getByTestId("tree-row")).toHaveCount(4);

  await addTeam(page, { name: "Doublon", kind: "Équipe", externalId: "D-OUEST" });
  await expect(page.getByRole("alert").filter({ hasText: "Rien n'a été enregistré : corrigez le champ signalé." })).toBeVisible();
  await expect(page.getByText("Cet identifiant est déjà celui d'une autre équipe")).toBeVisible();
  await expect(page.getByTestId("tree-row")).toHaveCount(4);

  // Service Nantes moves under Accueil with its team; its own subtree is not offered as a parent.
  await row(page, "Service Nantes").getByRole("link", { name: "Service Nantes" }).click();
  const move = page.locator("form").filter({ has: page.getByRole("button", { name: "Déplacer" }) });
  await expect(move.getByLabel("Rattachée à").locator("option", { hasText: "Conseil Nantes" })).toHaveCount(0);
  await move.getByLabel("Rattachée à").selectOption({ label: "Accueil" });
  await move.getByRole("button", { name: "Déplacer" }).click();
  await expect(page.getByTestId("team-notice")).toHaveText("Équipe déplacée avec ses sous-équipes.");
  await expect(move.getByLabel("Rattachée à").locator("option:checked")).toHaveText("Accueil");

  await page.getByRole("button", { name: "Archiver l'équipe" }).click();
  await expect(page.getByTestId("team-notice")).toContainText("Équipe archivée avec ses sous-équipes.");
  await page.getByRole("link", { name: "Retour à l'arbre" }).click();
  await expect(row(page, "Service Nantes")).toContainText("archivée");
  await expect(row(page, "Conseil Nantes")).toContainText("archivée");

  // The search keeps the match's ancestors, so the tree still reads.
  await page.getByRole("searchbox", { name: "Rechercher une équipe" }).fill("conseil");
  await page.getByRole("button", { name: "Rechercher" }).click();
  await expect(page).toHaveURL(/\?q=conseil$/);
  await expect(page.getByTestId("tree-row")).toHaveCount(3); // Accueil › Service Nantes › Conseil Nantes
  await expect(row(page, "Direction Ouest")).toHaveCount(0);
});

test("HR reads the tree without the editing forms; the team editor is refused to HR", async ({ page }) => {
  await signIn(page, "rh@demo.symetrie.fr");
  await page.goto("/fr/organisation");
  await expect(page).toHaveURL(/\/fr\/organisation\/teams$/);
  await expect(page.getByTestId("tree-row").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Ajouter" })).toHaveCount(0);
  await expect(page.getByText("Seul un administrateur peut modifier l'arbre.")).toBeVisible();
});
