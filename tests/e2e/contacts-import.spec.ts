// CSV import of contacts in the browser: a CX lead uploads a file with good and bad rows,
// sees the preview and the errors by line, imports the valid rows; it works without
// JavaScript too; roles without the right get the 403 page and no menu entry.
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { forgetDemoContactsByPrefix } from "./support/demo-restore";
import { signIn } from "./support/session";

// The contacts this spec imports into the demo are deleted afterwards (support/demo-restore.ts).
const imported: string[] = [];
test.afterAll(() => forgetDemoContactsByPrefix(imported.splice(0)));

// French Excel style (BOM, semicolons, CRLF); lines 3 (channel) and 5 (team) are wrong.
function csv(prefix: string): Buffer {
  const lines = [
    "externalId;teamExternalId;channel;momentOfTruth;locale;customerEmail",
    `${prefix}-1;T-REL-01;phone;reclamation;fr;client.${prefix}@example.fr`,
    `${prefix}-2;T-REL-01;fax;reclamation;fr;`,
    `${prefix}-3;T-REL-02;chat;panne;en;`,
    `${prefix}-4;NO-SUCH-TEAM;phone;reclamation;fr;`,
  ];
  return Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8");
}

async function uploadAndPreview(page: Page, prefix: string) {
  await page
    .getByLabel("Fichier CSV")
    .first()
    .setInputFiles({ name: `contacts-${prefix}.csv`, mimeType: "text/csv", buffer: csv(prefix) });
  await page.getByRole("button", { name: "Vérifier le fichier" }).first().click();
  await expect(page.getByRole("heading", { name: `Aperçu de « contacts-${prefix}.csv »` })).toBeVisible();
  await expect(page.getByTestId("import-counts")).toHaveText("4 lignes : 2 valides, 2 en erreur.");
  const errors = page.getByTestId("import-error");
  await expect(errors).toHaveCount(2);
  await expect(errors.nth(0)).toContainText("3");
  await expect(errors.nth(0)).toContainText("channel");
  await expect(errors.nth(0)).toContainText("phone, email, chat, store ou field");
  await expect(errors.nth(1)).toContainText("teamExternalId");
  await expect(errors.nth(1)).toContainText("équipe inconnue dans votre organisation");
  await expect(page.getByTestId("import-sample").getByRole("row")).toHaveCount(5);
}

test("a CX lead previews a file with good and bad rows, then imports the valid ones", async ({ page }) => {
  const prefix = `e2e-${randomUUID().slice(0, 8)}`;
  imported.push(prefix);
  await signIn(page, "cx@demo.symetrie.fr");
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Contacts" }).click();
  await expect(page).toHaveURL(/\/fr\/contacts$/);
  await page.getByRole("link", { name: "Importer des contacts (CSV)" }).first().click();
  await expect(page).toHaveURL(/\/fr\/contacts\/import$/);
  await expect(page.getByRole("heading", { level: 1, name: "Importer des contacts" })).toBeVisible();

  await uploadAndPreview(page, prefix);
  await page.getByRole("button", { name: "Importer les 2 lignes valides" }).click();
  await expect(page.getByTestId("import-result")).toHaveText("2 contacts créés, 0 déjà présents (même externalId), 2 lignes refusées.");
  await expect(page.getByTestId("import-error")).toHaveCount(2);

  // The same file again creates nothing: the two contacts were stored, once.
  await page.getByRole("link", { name: "Importer un autre fichier" }).click();
  await uploadAndPreview(page, prefix);
  await page.getByRole("button", { name: "Importer les 2 lignes valides" }).click();
  await expect(page.getByTestId("import-result")).toHaveText("0 contacts créés, 2 déjà présents (même externalId), 2 lignes refusées.");
});

test("the import works as plain form posts, without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "fr-FR" });
  const page = await context.newPage();
  const prefix = `nojs-${randomUUID().slice(0, 8)}`;
  imported.push(prefix);
  await signIn(page, "admin@demo.symetrie.fr");
  await page.goto("/fr/contacts/import");
  await uploadAndPreview(page, prefix);
  await page.getByRole("button", { name: "Importer les 2 lignes valides" }).click();
  await expect(page.getByTestId("import-result")).toHaveText("2 contacts créés, 0 déjà présents (même externalId), 2 lignes refusées.");
  await context.close();
});

test("a large file (over the 1 MB default body limit) previews and imports", async ({ page }) => {
  const prefix = `big-${randomUUID().slice(0, 8)}`;
  imported.push(prefix);
  const rows = Array.from(
    { length: 9_000 },
    (_, i) => `${prefix}-${String(i).padStart(5, "0")}-${"x".repeat(120)},T-REL-03,email,demande_information,fr,`,
  );
  const buffer = Buffer.from(["externalId,teamExternalId,channel,momentOfTruth,locale,customerEmail", ...rows].join("\n"), "utf8");
  expect(buffer.byteLength).toBeGreaterThan(1_300_000);
  await signIn(page, "cx@demo.symetrie.fr");
  await page.goto("/fr/contacts/import");
  await page.getByLabel("Fichier CSV").setInputFiles({ name: "big.csv", mimeType: "text/csv", buffer });
  await page.getByRole("button", { name: "Vérifier le fichier" }).click();
  await expect(page.getByTestId("import-counts")).toHaveText(/^9\D?000 lignes : 9\D?000 valides, 0 en erreur\.$/);
  await expect(page.getByTestId("import-sample").getByRole("row")).toHaveCount(21);
  await page.getByRole("button", { name: /^Importer les 9\D?000 lignes valides$/ }).click();
  await expect(page.getByTestId("import-result")).toHaveText(/^9\D?000 contacts créés, 0 déjà présents/);
});

test("a file that is wrong as a whole is refused with a clear message, in English too", async ({ page }) => {
  await signIn(page, "cx@demo.symetrie.fr");
  await page.goto("/en/contacts/import");
  await expect(page.getByRole("heading", { level: 1, name: "Import contacts" })).toBeVisible();
  await page
    .getByLabel("CSV file")
    .setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from("externalId,team,channel\nX,T-REL-01,phone\n") });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.locator("#import-problem")).toHaveText(/^Unknown columns in the header: team\./);
});

for (const email of ["employe@demo.symetrie.fr", "rh@demo.symetrie.fr"]) {
  test(`${email} gets 403 on the import page and has no Contacts entry`, async ({ page }) => {
    await signIn(page, email);
    await expect(page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Contacts" })).toHaveCount(0);
    const response = await page.goto("/fr/contacts/import");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Accès refusé" })).toBeVisible();
    await expect(page.getByLabel("Fichier CSV")).toHaveCount(0);
  });
}
