// Settings → SCIM provisioning through the browser and real HTTP: an ADMIN reads the tenant URL,
// creates a token and sees it once; an identity provider's calls reach /scim/v2 (not redirected
// to a locale by the proxy) and read the directory; the token revoked, they get 401 in the SCIM format.
import { expect, test } from "@playwright/test";
import { signIn } from "./support/session";

test("ADMIN creates a SCIM token, sees it once, an IdP reads with it, revoked it stops working", async ({ page, request }) => {
  test.slow();
  const name = `IdP e2e ${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
  await signIn(page, "admin@demo.symetrie.fr");
  await page.goto("/fr/settings");
  await page.getByRole("link", { name: "Provisionnement SCIM" }).click();
  await expect(page).toHaveURL(/\/fr\/settings\/scim$/);
  await expect(page.getByTestId("scim-tenant-url")).toHaveText(/\/scim\/v2$/);

  await page.getByLabel("Nom du jeton").fill(name);
  await page.getByRole("button", { name: "Créer le jeton" }).click();
  await expect(page.getByText(`Jeton « ${name} » créé`)).toBeVisible();
  const token = (await page.getByTestId("new-scim-token").textContent())?.trim() ?? "";
  expect(token).toMatch(/^scim_[A-Za-z0-9_-]{43}$/);

  const headers = { authorization: `Bearer ${token}` };
  // Read-only calls (the demo organisation is shared by parallel tests): the route, not a locale redirect.
  const config = await request.get("/scim/v2/ServiceProviderConfig", { headers, maxRedirects: 0 });
  expect(config.status()).toBe(200);
  expect(config.headers()["content-type"]).toContain("application/scim+json");
  expect(await config.json()).toMatchObject({ patch: { supported: true }, bulk: { supported: false } });
  const filter = encodeURIComponent('userName eq "admin@demo.symetrie.fr"');
  const listed = await request.get(`/scim/v2/Users?filter=${filter}`, { headers, maxRedirects: 0 });
  expect(await listed.json()).toMatchObject({ totalResults: 1, Resources: [{ userName: "admin@demo.symetrie.fr", active: true }] });

  await page.reload();
  await expect(page.getByTestId("new-scim-token")).toHaveCount(0);
  expect(await page.content()).not.toContain(token);
  const row = page.getByTestId("scim-token-row").filter({ hasText: name });
  await row.getByText("Révoquer…").click();
  await row.getByRole("button", { name: `Oui, révoquer « ${name} »` }).click();
  await expect(row).toContainText("Révoqué le");
  const refused = await request.get("/scim/v2/ServiceProviderConfig", { headers, maxRedirects: 0 });
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toMatchObject({ schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"], status: "401" });
});

test("a CX user gets the 403 page", async ({ page }) => {
  await signIn(page, "cx@demo.symetrie.fr");
  const response = await page.goto("/fr/settings/scim");
  expect(response?.status()).toBe(403);
});
