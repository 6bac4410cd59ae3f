// The item-pair catalogue in the browser (issue 13 §1), on an organisation of its own: CX edits
// the customer side and reads the employee side only, HR the reverse; ADMIN adds a pair (one side
// empty refused, nothing stored) and a new customer survey asks it.
import { expect, test } from "@playwright/test";
import { createCatalogueOrg, type CatalogueOrg } from "./support/catalogue-org";
import { signIn } from "./support/session";

let org: CatalogueOrg;

test.beforeAll(async () => {
  org = await createCatalogueOrg();
});

test("CX edits the customer side of a pair; HR cannot, and edits the employee side", async ({ page }) => {
  test.setTimeout(60_000); // two sign-ins and four server renders
  await signIn(page, org.cx);
  await page.getByRole("link", { name: "Catalogue" }).first().click();
  await expect(page).toHaveURL(/\/fr\/catalogue$/);
  const row = page.getByTestId("item-pair").filter({ hasText: "ecoute" });
  await expect(row.getByTestId("employee-side").getByRole("textbox")).toHaveCount(0);
  const customer = row.getByTestId("customer-side");
  await customer.getByLabel(/Français/).fill("La technicienne m'a écouté");
  await customer.getByRole("button").click();
  await expect(page.getByTestId("catalogue-notice")).toHaveText("Libellés enregistrés.");
  await expect(row.getByTestId("customer-side").getByLabel(/Français/)).toHaveValue("La technicienne m'a écouté");
  await expect(page.getByRole("button", { name: "Ajouter la paire" })).toHaveCount(0);

  await page.context().clearCookies();
  await signIn(page, org.hr);
  await page.goto("/fr/catalogue");
  const hrRow = page.getByTestId("item-pair").filter({ hasText: "ecoute" });
  await expect(hrRow.getByTestId("customer-side").getByRole("textbox")).toHaveCount(0);
  await expect(hrRow.getByTestId("customer-side")).toContainText("La technicienne m'a écouté");
  await hrRow
    .getByTestId("employee-side")
    .getByLabel(/Anglais/)
    .fill("My manager hears me");
  await hrRow.getByTestId("employee-side").getByRole("button").click();
  await expect(page.getByTestId("catalogue-notice")).toHaveText("Libellés enregistrés.");
});

test("ADMIN adds a pair (one side empty refused) and a new customer survey asks it", async ({ page }) => {
  await signIn(page, org.admin);
  await page.goto("/fr/catalogue");
  const add = page.getByRole("region", { name: "Ajouter une paire d'items" });
  await add.getByLabel("Clé de la dimension").fill("ponctualite");
  await add.getByLabel("Côté client, en français").fill("Le technicien est arrivé à l'heure");
  await add.getByLabel("Côté client, en anglais").fill("The technician arrived on time");
  await add.getByLabel("Côté collaborateur, en français").fill(" ");
  await add.getByLabel("Côté collaborateur, en anglais").fill("My schedule lets me arrive on time");
  await add.getByRole("button", { name: "Ajouter la paire" }).click();
  await expect(page.getByTestId("catalogue-error")).toContainText("une paire ne perd jamais un côté");
  await expect(page.getByTestId("item-pair")).toHaveCount(1);

  await add.getByLabel("Clé de la dimension").fill("ponctualite");
  await add.getByLabel("Côté client, en français").fill("Le technicien est arrivé à l'heure");
  await add.getByLabel("Côté client, en anglais").fill("The technician arrived on time");
  await add.getByLabel("Côté collaborateur, en français").fill("Mon planning me laisse arriver à l'heure");
  await add.getByLabel("Côté collaborateur, en anglais").fill("My schedule lets me arrive on time");
  await add.getByRole("button", { name: "Ajouter la paire" }).click();
  await expect(page.getByTestId("catalogue-notice")).toContainText("Paire ajoutée");
  await expect(page.getByTestId("item-pair")).toHaveCount(2);

  await page.goto(await org.newLink());
  await expect(page.getByText("Le technicien est arrivé à l'heure")).toBeVisible();
});
