// HR's pulse work (issue 19 §4) in the browser: « Baromètres » in HR's navigation (not an
// employee's); a whole-organisation draft created, refused then kept under a duplicate name,
// edited, deleted; the launch confirmed with the server's count; a launched pulse's delete
// refused with nothing changed; the pulse page with participation, sealed results and
// « relancer maintenant » showing its progress; a released demo pulse's results, none under k;
// a reminder plan of two, one before the opening refused first (issue 13 §2).
// Desktop in French, a 390 px phone in English; axe on every page drawn. The pulses are made in
// an organisation of the spec's own; the demo's October pulse is only read.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { formFields } from "./support/action-form";
import { createPulseOrg, type PulseOrg } from "./support/pulse-org";
import { signIn } from "./support/session";

test.describe.configure({ mode: "serial" });

let org: PulseOrg;
let launchedPage: string;

test.beforeAll(async () => {
  org = await createPulseOrg();
});

async function expectAccessible(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`),
    what,
  ).toEqual([]);
}

/** The main navigation, opened behind its "Menu" button on a phone. */
async function mainNav(page: Page, label: string) {
  const menu = page.getByRole("button", { name: /^(Menu)$/ });
  if (await menu.isVisible()) await menu.click();
  return page.getByRole("navigation", { name: label });
}

async function createDraft(page: Page, name: string, button = "Créer le baromètre") {
  await page.getByLabel(/^(Nom|Name)$/).fill(name);
  await page.getByRole("button", { name: button }).click();
}

test("an employee has no pulse management entry", async ({ page }) => {
  await signIn(page, org.teamA[0]!);
  const nav = await mainNav(page, "Navigation principale");
  await expect(nav.getByRole("link", { name: "Mes baromètres" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Baromètres", exact: true })).toHaveCount(0);
  expect((await page.goto("/fr/pulses/manage"))?.status()).toBe(403);
});

test("HR creates a whole-organisation draft, is warned of a duplicate name, edits, deletes, launches with the count", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, org.hr);
  await (await mainNav(page, "Navigation principale")).getByRole("link", { name: "Baromètres", exact: true }).click();
  await expect(page).toHaveURL(/\/fr\/pulses\/manage$/);
  await expect(page.getByLabel(/Équipes/)).toHaveValue(""); // « Toute l'organisation » first
  await expectAccessible(page, "pulse management");

  await createDraft(page, "Baromètre de gestion");
  await expect(page.getByTestId("pulse-notice")).toContainText("Baromètre créé");
  await expect(page.getByTestId("pulse-target")).toHaveText("Toute l'organisation");
  const detail = page.url().replace(/\?.*$/, "");
  launchedPage = detail;

  // Same name again: a warning, the typed values kept; « Garder ce nom » keeps it.
  await page.goto("/fr/pulses/manage");
  await page.getByLabel(/Équipes/).selectOption({ label: org.serviceName });
  await createDraft(page, "baromètre de GESTION");
  await expect(page.getByTestId("pulse-errors")).toContainText("Un autre baromètre porte déjà ce nom");
  await expect(page.getByLabel(/^Nom$/)).toHaveValue("baromètre de GESTION");
  await expect(page.getByLabel(/Équipes/)).not.toHaveValue("");
  await expectAccessible(page, "duplicate name warning");
  await page.getByLabel("Garder ce nom").check();
  await page.getByRole("button", { name: "Créer le baromètre" }).click();
  await expect(page.getByTestId("pulse-target")).toHaveText(org.serviceName);

  // That second draft is deleted after a confirmation.
  await page.getByRole("link", { name: "Supprimer le brouillon" }).click();
  await expect(page.getByTestId("pulse-confirm")).toContainText("Supprimer définitivement « baromètre de GESTION » ?");
  await page.getByRole("button", { name: "Oui, supprimer" }).click();
  await expect(page.getByTestId("pulse-notice")).toHaveText("Brouillon supprimé.");
  await expect(page.getByRole("link", { name: "baromètre de GESTION", exact: true })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Baromètre de gestion", exact: true })).toHaveCount(1);

  // The first is edited.
  await page.goto(detail);
  await page.getByText("Modifier le brouillon").click();
  await page.getByLabel(/^Nom$/).fill("Baromètre de décembre");
  await page.getByLabel("Fréquence").selectOption("MONTHLY");
  await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await expect(page.getByTestId("pulse-notice")).toHaveText("Brouillon enregistré.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Baromètre de décembre");
  await expect(page.getByTestId("pulse-status").locator("..")).toContainText("Mensuel");
  const deleteForm = await (async () => {
    await page.goto(`${detail}?confirm=delete`);
    return formFields(page, `${detail}?confirm=delete`, "pulse-delete-form");
  })();

  // Launch: the confirmation gives the server's count (HR, 6 in A, 2 in B), then the launch.
  await page.goto(detail);
  await page.getByRole("link", { name: "Lancer" }).click();
  await expect(page.getByTestId("launch-count")).toHaveText("9 invitations vont partir");
  await expectAccessible(page, "launch confirmation");
  await page.getByRole("button", { name: "Confirmer le lancement" }).click();
  await expect(page.getByTestId("pulse-status")).toHaveText("Ouvert");
  await expect(page.getByRole("link", { name: "Supprimer le brouillon" })).toHaveCount(0);

  // The delete form drawn while it was a draft, posted now: refused, said, nothing changed.
  const refused = await page.request.post(detail, { multipart: deleteForm, headers: { origin: new URL(detail).origin } });
  expect(refused.url()).toContain("result=locked");
  expect(await refused.text()).toContain("Ce baromètre est lancé : il ne peut plus être modifié ni supprimé.");
  await page.goto(detail);
  await expect(page.getByTestId("pulse-status")).toHaveText("Ouvert");

  // The pulse page: sealed results, participation, and the reminder showing its progress.
  await expect(page.getByTestId("pulse-results")).toContainText("restent scellées jusqu'à la fin du mois");
  await expect(page.getByTestId("participation-table")).toBeVisible();
  await page.route(detail, async (route) => {
    if (route.request().method() === "POST") await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.continue();
  });
  await page.getByRole("button", { name: "Relancer maintenant" }).click();
  const busy = page.getByRole("button", { name: "Envoi des relances…" });
  await expect(busy).toBeDisabled();
  await expect(busy).toHaveAttribute("aria-busy", "true");
  // The shared e2e server has no SMTP: it says so and claims nobody (the db tier sends for real).
  await expect(page.getByTestId("pulse-notice")).toContainText("Aucune relance envoyée");
  await page.unroute(detail);
  await expectAccessible(page, "open pulse page");
});

test("an employee gets 403 on the pulse page", async ({ page }) => {
  await signIn(page, org.teamA[1]!);
  expect((await page.goto(launchedPage))?.status()).toBe(403);
});

test("HR reads a released demo pulse's results, never a count under k", async ({ page }) => {
  await signIn(page, "rh@demo.symetrie.fr");
  await page.goto("/fr/pulses/manage");
  await page.getByRole("link", { name: "Baromètre collaborateurs — octobre 2026", exact: true }).click();
  const results = page.getByTestId("pulse-results");
  await expect(results).toContainText("eNPS de octobre 2026");
  const n = (await results.locator("tbody tr td:nth-child(4)").allInnerTexts()).map((text) => Number(text.replace(/\s/g, "")));
  expect(n.length).toBeGreaterThan(0);
  expect(n.filter((value) => value < 5)).toEqual([]);
  await expectAccessible(page, "released pulse page");
});

test("HR plans two reminders; one before the opening is refused, the values kept, nothing stored", async ({ page }) => {
  await signIn(page, org.hr);
  await page.goto("/fr/pulses/manage");
  const first = page.getByLabel("Première relance (jours avant la clôture)");
  await expect(first).toHaveValue("3"); // the default window (14 days) is longer than 3 days
  await page.getByLabel(/^Nom$/).fill("Baromètre relancé");
  await first.fill("20");
  await page.getByRole("button", { name: "Créer le baromètre" }).click();
  await expect(page.getByTestId("pulse-errors")).toContainText("Cette relance partirait avant l'ouverture du baromètre");
  await expect(first).toHaveValue("20");
  await expect(page.getByRole("link", { name: "Baromètre relancé", exact: true })).toHaveCount(0);
  await first.fill("7");
  await page.getByLabel("Seconde relance (jours avant la clôture)").fill("2");
  await page.getByRole("button", { name: "Créer le baromètre" }).click();
  await expect(page.getByTestId("pulse-notice")).toContainText("Baromètre créé");
  await expect(page.getByTestId("pulse-reminders")).toContainText("7 jours avant la clôture");
  await expect(page.getByTestId("pulse-reminders")).toContainText("2 jours avant la clôture");
});

test.describe("on a 390 px phone, in English", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the entry, a whole-organisation draft and its launch count, a released pulse's results", async ({ page }) => {
    test.setTimeout(90_000);
    await signIn(page, org.hr);
    await page.goto("/en/dashboard");
    await (await mainNav(page, "Main navigation")).getByRole("link", { name: "Pulse surveys", exact: true }).click();
    await expect(page).toHaveURL(/\/en\/pulses\/manage$/);
    await createDraft(page, "Phone pulse", "Create the pulse");
    await expect(page.getByTestId("pulse-target")).toHaveText("The whole organisation");
    await page.getByRole("link", { name: "Launch" }).click();
    await expect(page.getByTestId("launch-count")).toHaveText("9 invitations will be sent");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page, "launch confirmation, phone");
    await page.getByRole("link", { name: "Cancel" }).click();
    await expect(page.getByTestId("pulse-status")).toHaveText("Draft");

    await page.context().clearCookies();
    await signIn(page, "rh@demo.symetrie.fr");
    await page.goto("/en/pulses/manage");
    await page.getByRole("link", { name: "Baromètre collaborateurs — octobre 2026", exact: true }).click();
    await expect(page.getByTestId("pulse-results")).toContainText("eNPS of October 2026");
    await expect(page.getByTestId("participation-table")).toBeVisible();
  });
});
