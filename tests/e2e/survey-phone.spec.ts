// The customer survey on a phone (issue 19 §5), at 320 and 390 px, in French and English: the
// 0–10 scale is one row of 11 (390) or a deliberate 0–5 / 6–10 grid (320) with touch targets of
// 24 px or more in a named radio group; the page says its true length, recalls the contact it
// follows and links a privacy notice that works; the thank-you page keeps the brand colour.
import { expect, test, type Page } from "@playwright/test";
import { query } from "./support/api-keys";
import { expectAccessible } from "./support/axe";
import { demoLinks } from "./support/demo-restore";

// The demo links this spec answers are deleted afterwards: the demo keeps its figures (support/demo-restore.ts).
const links = demoLinks();
test.afterAll(() => links.restore());

/** What the demo's form asks: the score, "why?", one statement per active item, the irritant list. */
async function demoForm(): Promise<{ questions: number; brandColor: string; linkExpiryDays: number }> {
  const [row] = await query<{ items: number; irritants: number; brandColor: string; linkExpiryDays: number }>(
    `SELECT (SELECT count(*)::int FROM "MirroredItem" i WHERE i."organisationId" = o.id AND i.active) AS items,
            (SELECT count(*)::int FROM "Irritant" x WHERE x."organisationId" = o.id AND x.side = 'CUSTOMER' AND x.active) AS irritants,
            o."brandColor", o."linkExpiryDays"
       FROM "Organisation" o WHERE o.slug = 'demo'`,
  );
  if (!row) throw new Error("demo organisation not seeded");
  return { questions: 2 + row.items + (row.irritants > 0 ? 1 : 0), brandColor: row.brandColor, linkExpiryDays: row.linkExpiryDays };
}

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;

const words = {
  fr: {
    recall: "Suite à votre appel du 3 décembre 2026.",
    length: (n: number) => new RegExp(`^${n} questions, environ \\d+ minutes?\\. Seule la première est obligatoire\\.$`),
    group: /Quelle est la probabilité que vous recommandiez Maison Lumière/,
    low: "0 – Pas du tout probable",
    privacy: "Ce que nous conservons de votre réponse, et pourquoi",
    privacyTitle: "Vos réponses aux enquêtes de Maison Lumière",
    days: (d: number) => `${d} jours`,
    submit: "Envoyer mon avis",
    thanks: "Merci !",
  },
  en: {
    recall: "Following your call on 3 December 2026.",
    length: (n: number) => new RegExp(`^${n} questions, about \\d+ minutes?\\. Only the first one is required\\.$`),
    group: /How likely is it that you would recommend Maison Lumière/,
    low: "0 – Not at all likely",
    privacy: "What we keep of your answer, and why",
    privacyTitle: "Your answers to Maison Lumière's surveys",
    days: (d: number) => `${d} days`,
    submit: "Send my feedback",
    thanks: "Thank you!",
  },
};

async function scaleBoxes(page: Page) {
  const boxes = [];
  for (let score = 0; score <= 10; score++) {
    const box = await page.locator(`label[for="score-${score}"]`).boundingBox();
    if (!box) throw new Error(`score ${score} not drawn`);
    boxes.push(box);
  }
  return boxes;
}

for (const [locale, width] of [
  ["fr", 320],
  ["fr", 390],
  ["en", 320],
  ["en", 390],
] as const) {
  test.describe(`${locale} at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test("true length, contact recalled, readable scale, privacy notice, branded thank-you", async ({ page }) => {
      const w = words[locale];
      const demo = await demoForm();
      // 23:30 UTC on 2 December is 3 December in Paris: the recall is dated in the organisation's zone.
      const link = await links.create({ locale, occurredAt: new Date("2026-12-02T23:30:00Z") });
      await page.goto(link.path());
      await expect(page.getByTestId("contact-recall")).toHaveText(w.recall);
      await expect(page.getByTestId("survey-length")).toHaveText(w.length(demo.questions));

      // The scale: a named radio group; one row of 11 at 390 px, rows 0–5 and 6–10 at 320 px.
      await expect(page.getByRole("group", { name: w.group })).toBeVisible();
      await expect(page.getByRole("radio", { name: w.low })).toBeVisible();
      const boxes = await scaleBoxes(page);
      for (const box of boxes) {
        expect(box.width).toBeGreaterThanOrEqual(24);
        expect(box.height).toBeGreaterThanOrEqual(24);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
      }
      const rows = [...new Set(boxes.map((box) => Math.round(box.y)))];
      if (width >= 360) expect(rows).toHaveLength(1);
      else {
        expect(rows).toHaveLength(2);
        expect(new Set(boxes.slice(0, 6).map((box) => Math.round(box.y))).size).toBe(1);
        expect(new Set(boxes.slice(6).map((box) => Math.round(box.y))).size).toBe(1);
        expect(boxes[6]!.y).toBeGreaterThan(boxes[0]!.y);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await expectAccessible(page, "survey form");
      // The README's phone screenshot, refreshed on demand (UPDATE_SCREENSHOTS=1 npm run test:e2e -- tests/e2e/survey-phone.spec.ts).
      if (process.env.UPDATE_SCREENSHOTS && locale === "fr" && width === 390) {
        await page.screenshot({ path: "docs/screenshots/survey-phone.png", fullPage: false });
      }

      // The privacy notice opens, says who, what, why and how long, and the way back keeps the form.
      await page.getByRole("link", { name: w.privacy }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/privacy/demo$`));
      await expect(page.getByRole("heading", { level: 1, name: w.privacyTitle })).toBeVisible();
      await expect(page.getByRole("main")).toContainText(w.days(demo.linkExpiryDays));
      await expectAccessible(page, "privacy notice");
      await page.goBack();

      await page.getByRole("radio", { name: "9", exact: true }).check();
      await page.getByRole("button", { name: w.submit }).click();
      await expect(page.getByRole("heading", { level: 1, name: w.thanks })).toBeVisible();
      await expect(page.locator("header.band")).toHaveCSS("background-color", rgb(demo.brandColor));
      // Below the band too: the thank-you's mark wears the brand colour.
      const mark = await page.locator(".message").evaluate((el) => getComputedStyle(el, "::before").backgroundColor);
      expect(mark).toBe(rgb(demo.brandColor));
      await expect(page.getByRole("link", { name: w.privacy })).toHaveAttribute("href", `/${locale}/privacy/demo`);
      await expectAccessible(page, "thank-you");
    });
  });
}

test("an unknown organisation's privacy notice is a 404 page", async ({ page }) => {
  const response = await page.goto("/fr/privacy/pas-une-organisation");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Lien introuvable" })).toBeVisible();
});
