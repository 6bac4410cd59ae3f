// Issue 12's "Done when", in Chromium, from an organisation that does not exist yet: the admin
// creates it with `npm run org -- create` and its setup link, syncs a 400-person CSV (teams file
// then people file, French names with accents, ';' and a BOM) on the sync page, invites the
// newcomer from her page and the 399 others at once; the newcomer opens the link read from the
// mail the server sent over real SMTP (a capture on 127.0.0.1), sets a password and signs in; HR,
// invited in the bulk mailing, does the same and launches a pulse to the newcomer's team; she
// finds it on her home page (her pulses) and answers it.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { startMailServer, type MailServer } from "./support/mail-server";
import { onboardingDirectory, type DirectoryPerson } from "./support/onboarding-directory";
import { signIn } from "./support/session";

const ROOT = path.join(__dirname, "..", "..");
const run = promisify(execFile);

let server: MailServer;

test.beforeAll(async () => {
  server = await startMailServer();
});

test.afterAll(async () => {
  await server?.stop();
});

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.url, locale: "fr-FR" });
  return context.newPage();
}

async function createOrganisationWithCli(name: string, slug: string, admin: string): Promise<string> {
  const cli = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");
  const args = [cli, "--tsconfig", "tsconfig.node.json", "scripts/org.ts", "create", "--name", name, "--slug", slug];
  const { stdout } = await run(process.execPath, [...args, "--admin-email", admin, "--admin-name", "Camille Mercier"], {
    cwd: ROOT,
    env: { ...process.env, APP_URL: server.url, NODE_ENV: "production" },
  });
  return stdout.trim();
}

/** Opens a single-use link, sets the password, and signs in with it. */
async function choosePassword(page: Page, link: string, heading: string, email: string, password: string) {
  await page.goto(link);
  await expect(page.getByRole("heading", { name: heading })).toBeVisible();
  await page.getByLabel("Nouveau mot de passe").fill(password);
  await page.getByLabel("Confirmez le mot de passe").fill(password);
  await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  await expect(page).toHaveURL(/\/fr\/sign-in\?notice=password-saved$/);
  await signIn(page, email, password);
}

/** The single-use link of the newest mail to `to`, as the person reads it (the plain-text part). */
async function invitationLink(to: string, organisation: string): Promise<string> {
  const mail = await server.mailTo(to);
  expect(mail.parsed.subject).toBe(`${organisation} vous invite sur Symétrie`);
  const link = /https?:\/\/\S+\/fr\/password\/[A-Za-z0-9_-]{43}/.exec(mail.parsed.text ?? "")?.[0];
  expect(link, "an account link in the mail").toBeDefined();
  expect(new URL(link!).origin).toBe(server.url);
  return link!;
}

async function invitePerson(page: Page, person: DirectoryPerson) {
  await page.goto(`/fr/organisation/people?q=${encodeURIComponent(person.email)}`);
  await page.getByTestId("person-row").getByRole("link", { name: person.name }).click();
  await expect(page.getByRole("heading", { name: person.name })).toBeVisible();
  await page.getByRole("button", { name: "Envoyer l'invitation" }).click();
  await expect(page.getByTestId("person-notice")).toHaveText("Invitation envoyée.");
  await expect(page.getByTestId("invitation-state")).toContainText("Invitation envoyée le");
}

async function uploadAndApply(page: Page, part: RegExp, label: string, name: string, buffer: Buffer, created: RegExp) {
  const region = page.getByRole("region", { name: part });
  await region.getByLabel(label).setInputFiles({ name, mimeType: "text/csv", buffer });
  await region.getByRole("button", { name: "Vérifier le fichier" }).click();
  await expect(region.getByRole("heading", { name: `Aperçu de « ${name} »` })).toBeVisible({ timeout: 30_000 });
  await expect(region.getByTestId(/^sync-(teams|people)-created$/)).toHaveText(created);
  await expect(region.getByTestId(/^sync-(teams|people)-error$/)).toHaveCount(0);
  await region.getByRole("button", { name: "Appliquer ces changements" }).click();
  await expect(region.getByRole("heading", { name: `Synchronisation appliquée : « ${name} »` })).toBeVisible({ timeout: 30_000 });
}

test("from no organisation to a pulse on an invited person's home page", async ({ browser }) => {
  test.setTimeout(300_000);
  const tag = Date.now().toString(36);
  const organisation = `Maison Étoilée ${tag}`;
  const slug = `etoilee-${tag}`;
  const admin = `camille.mercier@${slug}.test`;
  const directory = onboardingDirectory(slug);
  const { hr, newcomer } = directory;

  const adminPage = await newPage(browser);
  await test.step("the admin creates the organisation with the CLI and sets a password with its setup link", async () => {
    const link = await createOrganisationWithCli(organisation, slug, admin);
    expect(link).toMatch(new RegExp(`^${server.url}/fr/password/[A-Za-z0-9_-]{43}$`));
    await choosePassword(adminPage, link, "Créez votre mot de passe", admin, "le phare de Brest veille la nuit");
    await expect(adminPage.getByTestId("signed-in-as")).toContainText("Camille Mercier · Administrateur");
  });

  await test.step("the admin syncs 24 teams, then 400 people, from CSV files", async () => {
    await adminPage.goto("/fr/organisation/people");
    await adminPage.getByRole("navigation", { name: "Organisation" }).getByRole("link", { name: "Synchronisation SIRH" }).click();
    await expect(adminPage.getByRole("heading", { level: 1, name: "Synchroniser avec le SIRH" })).toBeVisible();
    await uploadAndApply(adminPage, /^1\./, "Fichier CSV des équipes", "équipes.csv", directory.teamsCsv, /^Créées\s*24(?!\d)/);
    await uploadAndApply(adminPage, /^2\./, "Fichier CSV des personnes", "salariés.csv", directory.peopleCsv, /^Créées\s*400(?!\d)/);
    await adminPage.goto(`/fr/organisation/people?q=${encodeURIComponent(newcomer.email)}`);
    const row = adminPage.getByTestId("person-row");
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(newcomer.name);
    await expect(row).toContainText(newcomer.teamName);
  });

  await test.step("the admin invites the newcomer from her page, then everyone not yet invited at once", async () => {
    await invitePerson(adminPage, newcomer);
    expect(server.mail.received.map((mail) => mail.to)).toEqual([[newcomer.email]]);

    await adminPage.goto("/fr/organisation/people");
    await adminPage.getByRole("link", { name: "Inviter toutes les personnes pas encore invitées…" }).click();
    const panel = adminPage.getByRole("region", { name: "Inviter les personnes pas encore invitées" });
    // 400 synced, less the newcomer (invited) and with the admin (has a password) never counted.
    await expect(panel.getByTestId("bulk-invite-count")).toHaveText(
      "399 personnes de ce filtre sont actives, sans mot de passe et sans invitation en cours.",
    );
    await panel.getByRole("button", { name: "Envoyer 399 invitations" }).click();
    await expect(adminPage.getByTestId("bulk-invite-result")).toHaveText("399 invitations envoyées.", { timeout: 90_000 });
    const recipients = server.mail.received.flatMap((mail) => mail.to);
    expect(recipients).toHaveLength(400);
    expect(new Set(recipients)).toEqual(new Set(directory.emails));
  });

  const newcomerPage = await newPage(browser);
  await test.step("the newcomer opens the link from her mail, sets a password and signs in", async () => {
    const link = await invitationLink(newcomer.email, organisation);
    await choosePassword(newcomerPage, link, `Rejoignez ${organisation}`, newcomer.email, "un soleil d'hiver sur la Loire");
    await expect(newcomerPage.getByTestId("signed-in-as")).toContainText(`${newcomer.name} · Collaborateur`);
  });

  const pulse = `Baromètre d'arrivée ${tag}`;
  await test.step("HR, invited in the bulk mailing, opens her link the same way and launches a pulse to the newcomer's team", async () => {
    const hrPage = await newPage(browser);
    await choosePassword(
      hrPage,
      await invitationLink(hr.email, organisation),
      `Rejoignez ${organisation}`,
      hr.email,
      "les marées de Saint-Malo",
    );
    await hrPage.goto("/fr/pulses/manage");
    await hrPage.getByLabel("Nom").fill(pulse);
    const teams = hrPage.getByLabel(/Équipes/);
    const team = await teams.locator("option", { hasText: newcomer.teamName }).getAttribute("value");
    await teams.selectOption(team!);
    await hrPage.getByRole("button", { name: "Créer le baromètre" }).click();
    await expect(hrPage.getByTestId("pulse-notice")).toContainText("Baromètre créé");
    await hrPage.getByRole("link", { name: "Lancer" }).click();
    await hrPage.getByRole("button", { name: "Confirmer le lancement" }).click();
    await expect(hrPage.getByTestId("pulse-status")).toHaveText("Ouvert");
    await hrPage.context().close();
  });

  await test.step("the newcomer finds the pulse on her home page and answers it", async () => {
    await newcomerPage.goto("/fr/dashboard");
    await newcomerPage.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Mes baromètres" }).click();
    const open = newcomerPage.getByTestId("open-pulse").filter({ hasText: pulse });
    await expect(open).toHaveCount(1);
    await open.getByRole("link", { name: "Répondre" }).click();
    await newcomerPage.getByRole("radio", { name: /^9( –|$)/ }).check();
    await newcomerPage.getByRole("button", { name: "Envoyer ma réponse" }).click();
    await expect(newcomerPage.getByRole("heading", { name: "Merci pour votre réponse" })).toBeVisible();
  });
  await adminPage.context().close();
  await newcomerPage.context().close();
});
