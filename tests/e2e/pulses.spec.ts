// Employee pulses end to end (issue 4): HR creates, previews and launches a pulse; three
// employees answer (one with JavaScript off); a fourth tries twice and is refused the second
// time; out-of-range input is refused; HR sees participation counts, suppressed where small.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { createPulseOrg, type PulseOrg } from "./support/pulse-org";
import { signIn } from "./support/session";

test.describe.configure({ mode: "serial" });

let org: PulseOrg;
let pulsePath: string;
let detailUrl: string;

test.beforeAll(async () => {
  org = await createPulseOrg();
});

async function answer(page: Page, score: string) {
  await page.goto("/fr/pulses");
  await page.getByRole("link", { name: "Répondre" }).click();
  await expect(page.getByTestId("anonymity")).toContainText("au moins 5 personnes");
  await expect(page.getByTestId("anonymity")).toContainText("sans votre nom");
  await page.getByRole("radio", { name: new RegExp(`^${score}( –|$)`) }).check();
  await page.getByRole("group", { name: "Mon manager est à mon écoute" }).getByRole("radio", { name: "4 – Plutôt d'accord" }).check();
  await page.getByLabel("Pourquoi ? (facultatif)").fill("Une équipe soudée");
  await page.getByLabel("Des outils lents").check();
  await page.getByLabel(/Une suggestion/).fill("Des outils plus rapides");
  await page.getByRole("button", { name: "Envoyer ma réponse" }).click();
}

async function employeePage(browser: Browser, email: string, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

test("HR creates, previews and launches a pulse for a service", async ({ page }) => {
  await signIn(page, org.hr);
  await page.goto("/fr/pulses/manage");
  await page.getByLabel("Nom").fill("Baromètre e2e");
  await page.getByLabel(/Équipes/).selectOption({ label: org.serviceName });
  await page.getByRole("button", { name: "Créer le baromètre" }).click();
  await expect(page.getByTestId("pulse-notice")).toContainText("Baromètre créé");
  detailUrl = page.url().replace(/\?.*$/, "");
  pulsePath = `/fr/p/${detailUrl.split("/").at(-1)}`;
  await expect(page.getByTestId("pulse-status")).toHaveText("Brouillon");
  await page.getByRole("link", { name: "Aperçu" }).click();
  await expect(page.getByText("Aperçu : c'est ce que verront les collaborateurs")).toBeVisible();
  await expect(page.getByText("Quelle est la probabilité que vous recommandiez")).toContainText("comme employeur à un proche");
  await expect(page.getByRole("button", { name: "Envoyer ma réponse" })).toBeDisabled();
  await page.goto(detailUrl);
  await page.getByRole("link", { name: "Lancer" }).click();
  await expect(page.getByTestId("launch-count")).toHaveText("9 invitations vont partir"); // HR, 6 in A, 2 in B
  await page.getByRole("button", { name: "Confirmer le lancement" }).click();
  await expect(page.getByTestId("pulse-status")).toHaveText("Ouvert");
});

test("three employees answer, one of them with JavaScript off", async ({ browser }) => {
  test.setTimeout(90_000); // three sign-ins in a row
  for (const [i, email] of org.teamA.slice(0, 3).entries()) {
    const page = await employeePage(browser, email, i !== 2);
    await answer(page, String(6 + i));
    await expect(page.getByRole("heading", { name: "Merci pour votre réponse" })).toBeVisible();
    await page.goto("/fr/pulses");
    await expect(page.getByTestId("open-pulse")).toContainText("Merci, vous avez répondu");
    await page.context().close();
  }
});

test("a fourth answers, then tries again and is refused with nothing stored", async ({ browser }) => {
  const page = await employeePage(browser, org.teamA[3]!);
  await answer(page, "10");
  await expect(page.getByRole("heading", { name: "Merci pour votre réponse" })).toBeVisible();
  await page.goBack();
  const again = await page.request.post(pulsePath, { form: { score: "3" }, headers: { Origin: new URL(page.url()).origin } });
  expect(again.status()).toBe(409);
  expect(await again.text()).toContain("Vous avez déjà répondu");
  const view = await page.goto(pulsePath);
  expect(view?.status()).toBe(409);
  await page.context().close();
});

test("out-of-range scores and oversized text are refused in the reader's language", async ({ browser }) => {
  const page = await employeePage(browser, org.teamA[4]!);
  const origin = new URL(page.url()).origin;
  const tooHigh = await page.request.post(pulsePath, { form: { score: "11" }, headers: { Origin: origin } });
  expect(tooHigh.status()).toBe(422);
  expect(await tooHigh.text()).toContain("Choisissez une note de 0 à 10.");
  const tooLong = await page.request.post(pulsePath.replace("/fr/", "/en/"), {
    form: { score: "5", comment: "x".repeat(2100) },
    headers: { Origin: origin },
  });
  expect(tooLong.status()).toBe(422);
  expect(await tooLong.text()).toContain("longer than 2,000 characters");
  await page.goto("/fr/pulses");
  await expect(page.getByRole("link", { name: "Répondre" })).toBeVisible(); // still unanswered
  await page.context().close();
});

test("HR sees participation counts, hidden where small", async ({ page }) => {
  await signIn(page, org.hr);
  await page.goto(detailUrl);
  const table = page.getByTestId("participation-table");
  await expect(table).toBeVisible();
  const rowB = table.locator("tr", { has: page.getByRole("rowheader", { name: /Équipe B/ }) });
  await expect(rowB.locator("td").nth(0)).toHaveText("masqué");
  // 4 answers < k = 5: no answered count anywhere; any number shown is at least 5.
  const numbers = (await table.locator("tbody td").allInnerTexts())
    .map((text) => text.trim())
    .filter((text) => /^\d+$/.test(text))
    .map(Number);
  expect(numbers.filter((n) => n < 5)).toEqual([]);
  for (const row of await table.locator("tbody tr").all()) await expect(row.locator("td").nth(1)).toHaveText("masqué");
});
