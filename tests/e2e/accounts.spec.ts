// Issue 12 §1 and §5 in Chromium: an organisation created by `npm run org -- create` (the real
// CLI, on the e2e database), its admin's single-use setup link (a common password refused, a
// good one set, the link then spent), signing in, changing the password (the other browser's
// session ends), "forgot password" answering the same for any address, and the setup page
// gone once an organisation exists.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/session";

const ROOT = path.join(__dirname, "..", "..");
const run = promisify(execFile);
test.describe.configure({ mode: "serial" });

const slug = `onboard-${Date.now().toString(36)}`;
const admin = `admin@${slug}.test`;
const FIRST = "le chat dort sur la fenêtre";
const SECOND = "la pluie tombe sur Lyon ce soir";
let setupPath = "";

async function fillNewPassword(page: Page, password: string, confirm = password) {
  await page.getByLabel("Nouveau mot de passe").fill(password);
  await page.getByLabel("Confirmez le mot de passe").fill(confirm);
}

test("npm run org -- create prints a setup link; bad input is refused by name, with nothing created", async ({ baseURL }) => {
  const cli = (...args: string[]) =>
    run(
      process.execPath,
      [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "--tsconfig", "tsconfig.node.json", "scripts/org.ts", ...args],
      {
        cwd: ROOT,
        env: { ...process.env, APP_URL: baseURL, NODE_ENV: "production" },
      },
    );
  const refused = await cli("create", "--name", "Maison test", "--slug", "Bad Slug!", "--admin-email", "nobody").catch(
    (error: { code: number; stderr: string }) => error,
  );
  expect(refused).toMatchObject({ code: 2 });
  expect((refused as { stderr: string }).stderr).toContain("--slug");
  expect((refused as { stderr: string }).stderr).toContain("--admin-email must be an email address");
  const { stdout, stderr } = await cli(
    "create",
    "--name",
    "Maison Onboarding",
    "--slug",
    slug,
    "--admin-email",
    admin,
    "--admin-name",
    "Camille Martin",
  );
  expect(stderr).toContain(`created "Maison Onboarding" (${slug}`);
  const link = new URL(stdout.trim());
  expect(link.origin).toBe(baseURL);
  expect(link.pathname).toMatch(/^\/fr\/password\/[A-Za-z0-9_-]{43}$/);
  setupPath = link.pathname;
});

test("the admin sets a password with the link (a common one refused), signs in, and the link is spent", async ({ page }) => {
  await page.goto(setupPath);
  await expect(page.getByRole("heading", { name: "Créez votre mot de passe" })).toBeVisible();
  await expect(page.getByText("Vous administrez Maison Onboarding sur Symétrie")).toBeVisible();
  await fillNewPassword(page, "motdepasse123456");
  await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Ce mot de passe fait partie des plus courants : choisissez-en un autre." }),
  ).toBeVisible();
  await fillNewPassword(page, FIRST, `${FIRST}!`);
  await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Les deux mots de passe ne sont pas identiques." })).toBeVisible();
  await fillNewPassword(page, FIRST);
  await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  await expect(page).toHaveURL(/\/fr\/sign-in\?notice=password-saved$/);
  await expect(page.getByTestId("sign-in-notice")).toContainText("Mot de passe enregistré");
  await signIn(page, admin, FIRST);
  await expect(page.getByTestId("signed-in-as")).toContainText("Camille Martin · Administrateur");
  await page.goto(setupPath);
  await expect(page.getByRole("heading", { name: "Ce lien a déjà servi" })).toBeVisible();
});

test("changing the password ends the sessions of every browser, and the new one works", async ({ browser }) => {
  test.slow(); // three sign-ins and two bcrypt hashes of cost 12: 25 s on a loaded machine
  const [one, two] = [await browser.newContext(), await browser.newContext()];
  const [first, second] = [await one.newPage(), await two.newPage()];
  await signIn(first, admin, FIRST);
  await signIn(second, admin, FIRST);
  await first.getByTestId("signed-in-as").click();
  await expect(first.getByRole("heading", { name: "Mon compte" })).toBeVisible();
  await first.getByLabel("Mot de passe actuel").fill("pas le bon mot de passe");
  await fillNewPassword(first, SECOND);
  await first.getByRole("button", { name: "Changer le mot de passe" }).click();
  await expect(first.getByRole("alert").filter({ hasText: "Le mot de passe actuel n'est pas le bon." })).toBeVisible();
  await first.getByLabel("Mot de passe actuel").fill(FIRST);
  await fillNewPassword(first, SECOND);
  await first.getByRole("button", { name: "Changer le mot de passe" }).click();
  await expect(first.getByTestId("sign-in-notice")).toContainText("Mot de passe changé");
  // The other browser's session was signed before the change: it has ended.
  await second.goto("/fr/dashboard");
  await expect(second).toHaveURL(/\/fr\/sign-in\?callbackUrl=/);
  await signIn(first, admin, SECOND);
  await one.close();
  await two.close();
});

test("forgot password answers the same for a known and an unknown address; bad input says so", async ({ page }) => {
  for (const email of [admin, `nobody-${slug}@example.test`]) {
    await page.goto("/fr/sign-in");
    await page.getByRole("link", { name: "Mot de passe oublié ?" }).click();
    // The sign-in page has an address field too: fill the one of the page the link opened.
    await expect(page.getByRole("heading", { level: 1, name: "Mot de passe oublié" })).toBeVisible();
    await page.getByLabel("Adresse e-mail").fill(email);
    await page.getByRole("button", { name: "Recevoir un lien" }).click();
    await expect(page.getByTestId("forgot-sent")).toHaveText(
      "Si cette adresse correspond à un compte actif, un e-mail vient de lui être envoyé. Le lien reste valable une heure ; pensez à vérifier vos courriers indésirables.",
    );
  }
  await page.goto("/en/password/not-a-real-token");
  await expect(page.getByRole("heading", { name: "Invalid link" })).toBeVisible();
});

test("the setup page does not exist once an organisation does", async ({ request }) => {
  expect((await request.get("/fr/setup")).status()).toBe(404);
  expect((await request.get("/en/setup?token=anything")).status()).toBe(404);
});
