// A wrong password keeps the typed address (issue 19 §6), with and without JavaScript and on a
// 390 px phone, in French and English: the form post comes back with the address in the field,
// the password empty, and the address in no URL. Its own client addresses (X-Forwarded-For, see
// sign-in-limits.spec.ts) keep these failures out of other specs' rate limits.
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { createMember } from "./support/extra-member";

const PASSWORD = "le bon mot de passe";

const words = {
  fr: { email: "Adresse e-mail", password: "Mot de passe", submit: "Se connecter", invalid: "Adresse e-mail ou mot de passe incorrect." },
  en: { email: "Email address", password: "Password", submit: "Sign in", invalid: "Incorrect email address or password." },
} as const;

async function failOnce(page: Page, locale: "fr" | "en", email: string) {
  const w = words[locale];
  await page.goto(`/${locale}/sign-in`);
  await page.getByLabel(w.email).fill(email);
  await page.getByLabel(w.password).fill("pas le bon mot de passe");
  await page.getByRole("button", { name: w.submit }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/sign-in\\?error=invalid`));
  await expect(page.locator("#sign-in-error")).toHaveText(w.invalid);
  await expect(page.getByLabel(w.email)).toHaveValue(email);
  await expect(page.getByLabel(w.password)).toHaveValue("");
  expect(decodeURIComponent(page.url())).not.toContain(email);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled, extraHTTPHeaders: { "x-forwarded-for": javaScriptEnabled ? "203.0.113.30" : "203.0.113.31" } });

    for (const locale of ["fr", "en"] as const) {
      test(`a wrong password keeps the typed address (${locale})`, async ({ page }) => {
        await failOnce(page, locale, `quelquun-${randomUUID().slice(0, 8)}@exemple.fr`);
      });
    }

    test("the kept address signs in with the right password, and is then forgotten", async ({ page }) => {
      // A fresh account: its failed attempt counts against no demo account's limit.
      const email = `garde-${randomUUID().slice(0, 8)}@demo.symetrie.fr`;
      await createMember({ email, password: PASSWORD, role: "HR" });
      await failOnce(page, "fr", email);
      await page.getByLabel("Mot de passe").fill(PASSWORD);
      await page.getByRole("button", { name: "Se connecter" }).click();
      await expect(page).toHaveURL(/\/fr\/dashboard$/);
      const cookies = await page.context().cookies();
      expect(cookies.map((cookie) => cookie.name)).not.toContain("symetrie-sign-in-email");
      await page.context().clearCookies();
      await page.goto("/fr/sign-in");
      await expect(page.getByLabel("Adresse e-mail")).toHaveValue("");
    });
  });
}

test.describe("on a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, extraHTTPHeaders: { "x-forwarded-for": "203.0.113.32" } });

  for (const locale of ["fr", "en"] as const) {
    test(`a wrong password keeps the typed address, and the form fits the screen (${locale})`, async ({ page }) => {
      await failOnce(page, locale, `telephone-${randomUUID().slice(0, 8)}@exemple.fr`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(390);
    });
  }
});
