// Settings → API keys through the browser: an ADMIN creates a key with chosen scopes, sees it
// once, uses it within its scopes only, revokes it and it stops working; a CX user gets the 403 page.
import { apiScopes } from "@/lib/auth/api-scopes";
import { expect, test } from "@playwright/test";
import { formFields } from "./support/action-form";
import { query } from "./support/api-keys";
import { signIn } from "./support/session";

test("ADMIN creates a key, sees it once, it works, revokes it, it stops working", async ({ page, request }) => {
  // A whole lifecycle in one test (two page loads, four API calls): on a loaded machine it runs past 30 s.
  test.slow();
  const name = `Clé e2e ${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
  await signIn(page, "admin@demo.symetrie.fr");
  await page.goto("/fr/settings");
  await page.getByRole("link", { name: "Gérer les clés d'API" }).click();
  await expect(page).toHaveURL(/\/fr\/settings\/api-keys$/);
  await expect(page.getByRole("heading", { level: 1, name: "Clés d'API" })).toBeVisible();

  await page.getByLabel("Nom de la clé").fill(name);
  await page.getByRole("checkbox", { name: /responses:read/ }).check();
  await page.getByRole("button", { name: "Créer la clé" }).click();
  await expect(page.getByText(`Clé « ${name} » créée`)).toBeVisible();
  await expect(page.getByText("elle ne sera plus jamais affichée", { exact: false })).toBeVisible();
  const key = (await page.getByTestId("new-api-key").textContent())?.trim() ?? "";
  expect(key).toMatch(/^sym_[A-Za-z0-9_-]{43}$/);
  const row = page.getByTestId("api-key-row").filter({ hasText: name });
  await expect(row).toContainText(key.slice(0, 12));
  await expect(row).toContainText("Active");
  await expect(row.getByTestId("api-key-scopes")).toHaveText("responses:read");
  await expect(row.getByTestId("api-key-limit")).toHaveText(/^600\s+requêtes\/min$/);

  const headers = { authorization: `Bearer ${key}` };
  expect((await request.get("/api/v1/responses?limit=1", { headers })).status()).toBe(200);
  // Outside its scopes the key is refused, with a sentence saying which right is missing.
  const outside = await request.get("/api/v1/symmetry", { headers });
  expect(outside.status()).toBe(403);
  expect(((await outside.json()) as { detail: string }).detail).toContain('"results:read" scope');

  // Shown once: a fresh load of the page no longer contains the key.
  await page.reload();
  await expect(page.getByTestId("new-api-key")).toHaveCount(0);
  expect(await page.content()).not.toContain(key);
  await expect(row).not.toContainText("Jamais");

  await row.getByText("Révoquer…").click();
  await row.getByRole("button", { name: `Oui, révoquer « ${name} »` }).click();
  await expect(row).toContainText("Révoquée le");
  const refused = await request.get("/api/v1/responses?limit=1", { headers });
  expect(refused.status()).toBe(401);
  expect(refused.headers()["content-type"]).toContain("application/problem+json");
});

test("an empty name is refused with a message", async ({ page }) => {
  await signIn(page, "admin@demo.symetrie.fr");
  await page.goto("/fr/settings/api-keys");
  await page.getByLabel("Nom de la clé").evaluate((input: HTMLInputElement) => input.removeAttribute("required"));
  await page.getByLabel("Nom de la clé").fill("   ");
  await page.getByRole("button", { name: "Créer la clé" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Donnez un nom de 1 à 100 caractères." })).toBeVisible();
  await expect(page.getByTestId("new-api-key")).toHaveCount(0);
});

test("a cross-site post to the create-key action is refused and stores nothing; the same post from the app works", async ({
  page,
  baseURL,
}) => {
  await signIn(page, "admin@demo.symetrie.fr");
  const fields = await formFields(page, "/fr/settings/api-keys", "create-api-key-form");
  const name = `Clé CSRF ${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
  const post = (headers: Record<string, string>) =>
    page.request.post("/fr/settings/api-keys", { multipart: { ...fields, name, scopes: "results:read" }, headers });
  const stored = async () => (await query<{ n: number }>(`SELECT count(*)::int AS n FROM "ApiKey" WHERE name = $1`, [name]))[0]?.n;

  // A foreign Origin is refused by Next itself (it compares Origin with Host: a 500, nothing run).
  expect((await post({ origin: "https://evil.example", "sec-fetch-site": "cross-site" })).status()).toBeGreaterThanOrEqual(400);
  expect(await stored()).toBe(0);
  // Without Origin Next lets the post through: the action wrapper refuses it (docs/security.md).
  const withoutOrigin: Array<Record<string, string>> = [{ "sec-fetch-site": "cross-site" }, {}];
  for (const headers of withoutOrigin) {
    const refused = await post(headers);
    expect(await refused.text(), JSON.stringify(headers)).toContain("Ce formulaire doit être envoyé depuis Symétrie");
    expect(await stored()).toBe(0);
  }
  const created = await post({ origin: baseURL! });
  expect(created.status()).toBe(200);
  expect(await stored()).toBe(1);
});

test("a key with no right ticked is refused with a message, nothing created", async ({ page }) => {
  const name = `Sans droit ${Date.now()}`;
  await signIn(page, "admin@demo.symetrie.fr");
  await page.goto("/fr/settings/api-keys");
  await page.getByLabel("Nom de la clé").fill(name);
  await page.getByRole("button", { name: "Créer la clé" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Cochez au moins un droit." })).toBeVisible();
  await expect(page.getByTestId("new-api-key")).toHaveCount(0);
  await expect(page.getByTestId("api-key-row").filter({ hasText: name })).toHaveCount(0);
});

test("the page is complete in English", async ({ page }) => {
  await signIn(page, "admin@demo.symetrie.fr");
  await page.goto("/en/settings/api-keys");
  await expect(page.getByRole("heading", { level: 1, name: "API keys" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Create key" })).toBeVisible();
  // One checkbox per scope, each with its English label.
  const scopes = page.getByRole("group", { name: "What the key may do" }).getByRole("checkbox");
  await expect(scopes).toHaveCount(apiScopes.length);
  await expect(page.getByLabel("Sync the team tree and the people from the HR system, and read them back")).toBeVisible();
});

for (const email of ["cx@demo.symetrie.fr", "manager@demo.symetrie.fr"]) {
  test(`${email.split("@")[0]} gets 403 on the API keys page`, async ({ page }) => {
    await signIn(page, email);
    const response = await page.goto("/fr/settings/api-keys");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Accès refusé" })).toBeVisible();
    await expect(page.getByLabel("Nom de la clé")).toHaveCount(0);
  });
}
