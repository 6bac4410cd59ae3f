// The customer respondent page in Chromium, JavaScript on and off: answer, thank-you,
// revisit → already answered, retries store one response, bad input stores nothing.
import { expect, test, type Page } from "@playwright/test";
import { demoLinks } from "./support/demo-restore";
import { responsesOf } from "./survey-support";

// The demo links this spec answers are deleted afterwards: the demo keeps its figures (support/demo-restore.ts).
const links = demoLinks();
test.afterAll(() => links.restore());

async function answerForm(page: Page, comment: string) {
  await page.getByRole("radio", { name: "9", exact: true }).check();
  await page.getByLabel("Pourquoi ? (facultatif)").fill(comment);
  await page.getByRole("group", { name: "Le conseiller m’a écouté" }).getByRole("radio", { name: "4 – Plutôt d'accord" }).check();
  await page
    .getByRole("group", { name: /Qu'est-ce qui vous a gêné/ })
    .getByRole("checkbox")
    .first()
    .check();
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("answer, thank-you, then revisiting says already answered", async ({ page }) => {
      const link = await links.create();
      const response = await page.goto(link.path());
      expect(response?.status()).toBe(200);
      expect(response?.headers()["referrer-policy"]).toBe("no-referrer");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Votre avis sur Maison Lumière");
      await expect(
        page.getByRole("group", { name: /Quelle est la probabilité que vous recommandiez Maison Lumière à un ami ou à un collègue/ }),
      ).toBeVisible();
      await answerForm(page, `Très bien ${javaScriptEnabled}`);
      await page.getByRole("button", { name: "Envoyer mon avis" }).click();
      await expect(page.getByRole("heading", { name: "Merci !" })).toBeVisible();
      expect(await responsesOf(link.contactId)).toEqual([
        { score: 9, comment: `Très bien ${javaScriptEnabled}`, items: 1, irritants: 1, followUps: 0 },
      ]);
      await page.goto(link.path());
      await expect(page.getByRole("heading", { name: "Vous avez déjà répondu" })).toBeVisible();
    });

    test("back button and resubmit store one response", async ({ page }) => {
      const link = await links.create();
      await page.goto(link.path());
      await page.getByRole("radio", { name: "3", exact: true }).check();
      await page.getByRole("button", { name: "Envoyer mon avis" }).click();
      await expect(page.getByRole("heading", { name: "Merci !" })).toBeVisible();
      await page.goBack();
      const button = page.getByRole("button", { name: "Envoyer mon avis" });
      // Restored from the back/forward cache the form is resubmitted with its submissionId;
      // refetched, the page already says "answered". Either way: one response.
      if (await button.isVisible()) {
        await button.click();
        await expect(page.getByRole("heading", { name: /Merci !|Vous avez déjà répondu/ })).toBeVisible();
      } else {
        await expect(page.getByRole("heading", { name: "Vous avez déjà répondu" })).toBeVisible();
      }
      expect(await responsesOf(link.contactId)).toHaveLength(1);
      expect((await responsesOf(link.contactId))[0]).toMatchObject({ score: 3, followUps: 1 });
    });

    test("no score → 422 with a linked error summary, what was typed kept, nothing stored", async ({ page }) => {
      const link = await links.create();
      await page.goto(link.path());
      await page.getByLabel("Pourquoi ? (facultatif)").fill("J'ai oublié la note");
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === "POST"),
        page.getByRole("button", { name: "Envoyer mon avis" }).click(),
      ]);
      expect(response.status()).toBe(422);
      const summary = page.getByRole("alert");
      await expect(summary).toContainText("Votre réponse n'a pas pu être envoyée");
      await expect(page.getByLabel("Pourquoi ? (facultatif)")).toHaveValue("J'ai oublié la note");
      await summary.getByRole("link", { name: "Choisissez une note de 0 à 10." }).click();
      await expect(page).toHaveURL(/#score-0$/);
      expect(await responsesOf(link.contactId)).toEqual([]);
      await page.getByRole("radio", { name: "10 – Très probable" }).check();
      await page.getByRole("button", { name: "Envoyer mon avis" }).click();
      await expect(page.getByRole("heading", { name: "Merci !" })).toBeVisible();
      expect(await responsesOf(link.contactId)).toHaveLength(1);
    });
  });
}

test("a double click stores one response and shows the thank-you", async ({ page }) => {
  const link = await links.create();
  await page.goto(link.path());
  await page.getByRole("radio", { name: "8", exact: true }).check();
  await page.getByRole("button", { name: "Envoyer mon avis" }).dblclick();
  await expect(page.getByRole("heading", { name: "Merci !" })).toBeVisible();
  expect(await responsesOf(link.contactId)).toHaveLength(1);
});

test("a retried post with the same submissionId gets the same thank-you; a forged one is refused", async ({ page, baseURL }) => {
  const link = await links.create({ locale: "en" });
  await page.goto(link.path("en"));
  const submissionId = await page.locator('input[name="submissionId"]').inputValue();
  const post = (origin: string) =>
    page.request.post(link.path("en"), {
      form: { submissionId, score: "5", comment: "retry" },
      headers: { Origin: origin },
      maxRedirects: 0,
    });
  const forged = await post("https://evil.example");
  expect(forged.status()).toBe(403);
  expect(await responsesOf(link.contactId)).toEqual([]);
  for (let i = 0; i < 3; i++) {
    const retry = await post(baseURL!);
    expect(retry.status()).toBe(200);
    expect(await retry.text()).toContain("Thank you!");
  }
  expect(await responsesOf(link.contactId)).toHaveLength(1);
  const tampered = await page.request.post(link.path("en"), { form: { submissionId, score: "42" }, headers: { Origin: baseURL! } });
  expect(tampered.status()).toBe(200); // the link is used: "already answered", not a 500
  expect(await tampered.text()).toContain("You have already answered");
});

test("English link in English, with the standard wording", async ({ page }) => {
  const link = await links.create({ locale: "en" });
  await page.goto(link.path("en"));
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(
    page.getByRole("group", { name: "How likely is it that you would recommend Maison Lumière to a friend or colleague? (required)" }),
  ).toBeVisible();
  await expect(page.getByRole("radio", { name: "0 – Not at all likely" })).toBeVisible();
  await expect(page.getByRole("radio", { name: "10 – Extremely likely" })).toBeVisible();
});
