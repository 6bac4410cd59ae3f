// The moments-of-truth catalogue in the browser (issue 13 §1), on an organisation of its own:
// CX adds and pairs a customer moment (a duplicate key is refused, nothing stored) and retires
// it, and reads the employee side only; HR makes recruitment trigger a personal pulse after 10 days.
import { expect, test } from "@playwright/test";
import { createMomentsOrg, type MomentsOrg } from "./support/moments-org";
import { signIn } from "./support/session";

let org: MomentsOrg;

test.beforeAll(async () => {
  org = await createMomentsOrg();
});

test("CX adds a customer moment, is refused a duplicate key, pairs and retires it; the employee side is read only", async ({ page }) => {
  await signIn(page, org.cx);
  await page.goto("/fr/catalogue/moments");
  await expect(page.getByRole("heading", { level: 1, name: "Moments de vérité" })).toBeVisible();
  const tabs = page.getByRole("navigation", { name: "Parties du catalogue" });
  await expect(tabs.getByRole("link", { name: "Moments de vérité" })).toHaveAttribute("aria-current", "page");
  await expect(tabs.getByRole("link", { name: "Items miroirs" })).toHaveAttribute("href", "/fr/catalogue");

  const add = page.getByRole("region", { name: "Moments de vérité client" });
  await add.getByLabel("Clé").fill("panne");
  await add.getByLabel("Libellé en français").fill("Panne bis");
  await add.getByLabel("Libellé en anglais").fill("Breakdown again");
  await add.getByRole("button", { name: "Ajouter" }).click();
  await expect(page.getByTestId("moments-error")).toContainText("cette clé est déjà utilisée");
  await expect(page.getByTestId("customer-moments").getByTestId("moment-row")).toHaveCount(2);

  await add.getByLabel("Clé").fill("visite_technicien");
  await add.getByLabel("Libellé en français").fill("Visite du technicien");
  await add.getByLabel("Libellé en anglais").fill("Technician visit");
  await add.getByRole("button", { name: "Ajouter" }).click();
  await expect(page.getByTestId("moments-notice")).toHaveText("Moment ajouté.");
  const row = page.getByTestId("moment-row").filter({ hasText: "visite_technicien" });
  await expect(row).toBeVisible();

  await row.getByLabel("Moment collaborateur derrière visite_technicien").selectOption({ label: "Premier contact avec les outils" });
  await row.getByRole("button", { name: "Relier" }).click();
  await expect(page.getByTestId("moments-notice")).toHaveText("Modifications enregistrées.");
  await expect(row.getByLabel("Moment collaborateur derrière visite_technicien")).toHaveValue(/.+/);

  await row.getByRole("button", { name: "Retirer" }).click();
  await expect(page.getByTestId("moments-notice")).toContainText("Moment retiré");
  await expect(row).toContainText("Retiré");
  await expect(row.getByRole("button", { name: "Rétablir" })).toBeVisible();

  const employee = page.getByTestId("employee-moments");
  await expect(employee).toContainText("Déclenche après 30 j");
  await expect(employee.getByRole("button")).toHaveCount(0);
});

test("HR makes recruitment trigger a personal pulse after 10 days", async ({ page }) => {
  await signIn(page, org.hr);
  await page.goto("/en/catalogue/moments");
  const row = page.getByTestId("moment-row").filter({ hasText: "recrutement" });
  await row.getByLabel("recrutement triggers a personal pulse").check();
  await row.getByLabel("Delay in days for recrutement").fill("10");
  await row.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByTestId("moments-notice")).toHaveText("Changes saved.");
  await expect(row.getByLabel("recrutement triggers a personal pulse")).toBeChecked();
  await expect(row.getByLabel("Delay in days for recrutement")).toHaveValue("10");
  // The customer side is CX's: read only for HR.
  await expect(page.getByTestId("customer-moments").getByRole("button")).toHaveCount(0);
});
