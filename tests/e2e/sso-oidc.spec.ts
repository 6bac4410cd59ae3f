// Issue 17 §1 end to end: a real OpenID provider on loopback (oidc-provider, tests/support), an
// organisation of its own with a domain of its own (the demo and parallel specs are untouched).
// An ADMIN configures single sign-on in Settings (an issuer without discovery refused, nothing
// stored), a person signs in through the provider in Chromium, SSO-only refuses their password but
// not the break-glass admin's, and every refusal — unknown person, deactivated person, domain not
// allowed, wrong audience, expired token, forged state, no state — lands back on the sign-in page
// with its reason and no session.
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { startLoopbackProvider, type LoopbackProvider } from "../support/oidc-provider";
import { withClient } from "./survey-support";
import { insertOrgRows, type OrgRows } from "./support/org-rows";
import { DEMO_PASSWORD } from "./support/session";

test.describe.configure({ mode: "serial" });

const DISPLAY_NAME = "IdP de boucle";
let provider: LoopbackProvider;
let org: OrgRows;
let domain = "";
let baseURL = "";
const people = { admin: "", alice: "", former: "", carol: "" };

test.beforeAll(async () => {
  baseURL = String(test.info().project.use.baseURL);
  provider = await startLoopbackProvider({ redirectUris: [`${baseURL}/api/sso/callback`], clientId: "symetrie-e2e" });
  domain = `sso-${randomUUID().slice(0, 8)}.test`;
  await withClient(async (client) => {
    org = await insertOrgRows(client, "sso", domain);
    people.admin = await org.person("admin", "ADMIN");
    people.alice = await org.person("alice", "EMPLOYEE");
    people.former = await org.person("ancien", "EMPLOYEE");
    people.carol = await org.person("carol", "EMPLOYEE");
    await client.query(`UPDATE "Membership" SET active = false WHERE "userId" = (SELECT id FROM "User" WHERE email = $1)`, [people.former]);
  });
});

test.afterAll(async () => {
  await provider?.close();
});

const ssoRow = () =>
  withClient(
    async (client) => (await client.query(`SELECT * FROM "OrganisationSso" WHERE "organisationId" = $1`, [org.organisationId])).rows[0],
  );

const refusals = () =>
  withClient(
    async (client) =>
      (
        await client.query<{ metadata: { reason: string; detail?: string } }>(
          `SELECT metadata FROM "AuditLog" WHERE "organisationId" = $1 AND action = 'sso.signIn.refused' ORDER BY id`,
          [org.organisationId],
        )
      ).rows,
  );

async function signInWithPassword(page: Page, email: string) {
  await page.goto("/fr/sign-in");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Se connecter", exact: true }).click();
}

/** From the sign-in page through the provider's login page and back to the app. */
async function throughProvider(page: Page, email: string) {
  // A new browser session at the provider too (it would otherwise sign the previous account in again).
  await page.context().clearCookies();
  await page.goto("/fr/sign-in");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByRole("button", { name: `Se connecter avec ${DISPLAY_NAME}` }).click();
  await expect(page).toHaveURL(new RegExp(`^${provider.issuer}/`));
  // oidc-provider's development login page: the login is prefilled from login_hint.
  await expect(page.locator('input[name="login"]')).toHaveValue(email);
  await page.locator('input[name="password"]').fill("mot de passe de l'IdP");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await expect(page).toHaveURL(new RegExp(`^${baseURL}/`));
}

async function expectRefused(page: Page, error: string, sentence: RegExp) {
  await expect(page).toHaveURL(new RegExp(`/fr/sign-in\\?error=${error}`));
  await expect(page.locator("#sign-in-error")).toHaveText(sentence);
  await page.goto("/fr/home");
  await expect(page).toHaveURL(/\/fr\/sign-in/);
}

test("an ADMIN configures single sign-on: an issuer without discovery is refused and nothing stored, then it is saved", async ({
  page,
}) => {
  test.slow();
  await signInWithPassword(page, people.admin);
  await expect(page).toHaveURL(/\/fr\/dashboard$/);
  await page.goto("/fr/settings");
  await page.getByRole("link", { name: "Connexion unique (SSO)" }).click();
  await expect(page).toHaveURL(/\/fr\/settings\/sso$/);
  await expect(page.getByTestId("sso-redirect-uri")).toHaveText(`${baseURL}/api/sso/callback`);
  await expect(page.getByTestId("sso-status")).toContainText("Aucune connexion unique");

  await page.getByLabel("Nom affiché").fill(DISPLAY_NAME);
  await page.getByLabel("URL de l'émetteur (issuer)").fill("http://127.0.0.1:1");
  await page.getByLabel("Identifiant client (client id)").fill(provider.clientId);
  await page.getByLabel("Secret client").fill(provider.clientSecret);
  await page.getByLabel("Domaines e-mail autorisés").fill(domain);
  await page.getByRole("button", { name: "Vérifier et enregistrer" }).click();
  await expect(page.getByTestId("sso-error")).toContainText("Le fournisseur n'a pas répondu comme attendu");
  expect(await ssoRow()).toBeUndefined();

  // The form kept what was typed (but the secret): fix the issuer, type the secret again.
  await expect(page.getByLabel("Nom affiché")).toHaveValue(DISPLAY_NAME);
  await page.getByLabel("URL de l'émetteur (issuer)").fill(provider.issuer);
  await page.getByLabel("Secret client").fill(provider.clientSecret);
  await page.getByRole("button", { name: "Vérifier et enregistrer" }).click();
  await expect(page.getByTestId("sso-saved")).toBeVisible();
  const row = await ssoRow();
  expect(row).toMatchObject({ issuer: provider.issuer, clientId: provider.clientId, allowedDomains: [domain], ssoOnly: false });
  expect(JSON.stringify(row)).not.toContain(provider.clientSecret);
  await page.reload();
  await expect(page.getByTestId("sso-status")).toContainText("Connexion unique active");
  expect(await page.content()).not.toContain(provider.clientSecret);
});

test("a person signs in through the provider in Chromium and lands on their home, in their organisation", async ({ page }) => {
  await throughProvider(page, people.alice);
  await expect(page).toHaveURL(/\/fr\/home$/);
  await expect(page.getByText(`Connecté en tant que alice`)).toBeAttached();
  const success = await withClient(
    async (client) =>
      (
        await client.query(`SELECT count(*)::int AS n FROM "AuditLog" WHERE "organisationId" = $1 AND action = 'sso.signIn.success'`, [
          org.organisationId,
        ])
      ).rows[0].n,
  );
  expect(success).toBe(1);
});

test("refusals come back to the sign-in page with their reason and no session", async ({ page }) => {
  test.slow();
  await throughProvider(page, `inconnu@${domain}`);
  await expectRefused(page, "sso-unknown", /pas encore de compte Symétrie/);

  await throughProvider(page, people.former);
  await expectRefused(page, "sso-deactivated", /désactivé/);

  // The provider asserts an address outside the organisation's domains.
  provider.claims.set(people.carol, { email: `carol@ailleurs-${domain}` });
  await throughProvider(page, people.carol);
  await expectRefused(page, "sso-domain", /domaines autorisés/);

  provider.misbehave.wrongAudience = true;
  await throughProvider(page, people.alice);
  provider.misbehave.wrongAudience = false;
  await expectRefused(page, "sso-failed", /a échoué/);

  provider.misbehave.expired = true;
  await throughProvider(page, people.alice);
  provider.misbehave.expired = false;
  await expectRefused(page, "sso-failed", /a échoué/);

  const reasons = (await refusals()).map((row) => row.metadata);
  expect(reasons.map((metadata) => metadata.reason)).toEqual(["unknown", "deactivated", "domain", "callback", "callback"]);
  expect(reasons[3]!.detail).toMatch(/aud/);
  expect(reasons[4]!.detail).toMatch(/exp/);
});

test("a forged state and a callback without the sign-in's cookie are refused", async ({ page, browser }) => {
  const before = (await refusals()).length;
  await page.goto("/fr/sign-in");
  await page.getByLabel("Adresse e-mail").fill(people.alice);
  await page.getByRole("button", { name: `Se connecter avec ${DISPLAY_NAME}` }).click();
  await expect(page).toHaveURL(new RegExp(`^${provider.issuer}/`));
  // Instead of signing in at the provider: a callback with a state of the attacker's.
  await page.goto(`/api/sso/callback?code=forged-code&state=forged-state`);
  await expectRefused(page, "sso-failed", /a échoué/);
  expect((await refusals()).slice(before).map((row) => row.metadata.reason)).toEqual(["state"]);

  // Another browser, no state cookie at all: the sign-in is over before it began.
  const stranger = await browser.newContext();
  const other = await stranger.newPage();
  await other.goto(`/api/sso/callback?code=forged-code&state=forged-state`);
  await expectRefused(other, "sso-expired", /trop de temps/);
  await stranger.close();
});

test("SSO only: the person's password is refused with the way in; the break-glass admin's still works", async ({ page }) => {
  await signInWithPassword(page, people.admin);
  await page.goto("/fr/settings/sso");
  await page.getByLabel("SSO uniquement : refuser les mots de passe").check();
  await page.getByLabel(new RegExp(`^admin \\(${people.admin.replace(/[.]/g, "\\.")}\\)$`)).check();
  await page.getByRole("button", { name: "Vérifier et enregistrer" }).click();
  await expect(page.getByTestId("sso-saved")).toBeVisible();
  expect(await ssoRow()).toMatchObject({ ssoOnly: true });

  await page.context().clearCookies();
  await signInWithPassword(page, people.alice);
  await expectRefused(page, "sso-required", /Se connecter avec/);
  // As the address is typed, the page offers the organisation's provider and says passwords are off.
  await page.goto("/fr/sign-in");
  await page.getByLabel("Adresse e-mail").fill(people.alice);
  await expect(page.getByTestId("sso-offer")).toContainText(`Votre organisation se connecte uniquement par ${DISPLAY_NAME}.`);

  await signInWithPassword(page, people.admin);
  await expect(page).toHaveURL(/\/fr\/dashboard$/);
});
