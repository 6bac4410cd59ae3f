// Sign-in rate limits in the browser and over HTTP (issue 12 §6): past 5 attempts on one account
// the sign-in page says to wait, even for the right password; API callers get 429 + Retry-After.
// Each test uses a fresh account and its own client address (the right-most X-Forwarded-For hop:
// the e2e server trusts loopback as a proxy, TRUST_PROXY in playwright.config.ts), so no other
// spec's sign-ins are counted with these.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createMember } from "./support/extra-member";

const PASSWORD = "un mot de passe correct";

test.describe("in the browser", () => {
  test.use({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.10" } });

  test("after 5 wrong passwords the page says to wait, and the right password is refused too", async ({ page }) => {
    const email = `limite-${randomUUID().slice(0, 8)}@demo.symetrie.fr`;
    await createMember({ email, password: PASSWORD });
    const attempt = async (password: string) => {
      await page.goto("/fr/sign-in");
      await page.getByLabel("Adresse e-mail").fill(email);
      await page.getByLabel("Mot de passe").fill(password);
      await page.getByRole("button", { name: "Se connecter" }).click();
      await expect(page).toHaveURL(/\/fr\/sign-in\?/);
      return page.locator("#sign-in-error");
    };
    for (let i = 0; i < 5; i++) await expect(await attempt(`faux ${i}`)).toHaveText("Adresse e-mail ou mot de passe incorrect.");
    await expect(await attempt("faux encore")).toHaveText("Trop de tentatives. Réessayez dans 15 minutes.");
    await expect(await attempt(PASSWORD)).toHaveText("Trop de tentatives. Réessayez dans 15 minutes.");
    expect(page.url()).not.toContain(PASSWORD.replace(/ /g, "+"));
    await page.goto("/fr/dashboard");
    await expect(page).toHaveURL(/\/fr\/sign-in/);
  });
});

test("API callers get 429 with Retry-After from both sign-in endpoints", async ({ playwright, baseURL }) => {
  const email = `api-${randomUUID().slice(0, 8)}@demo.symetrie.fr`;
  await createMember({ email, password: PASSWORD });
  const request = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { "x-forwarded-for": "203.0.113.11", origin: baseURL!, accept: "application/json" },
  });
  const start = () => request.post("/api/session/start", { form: { email, password: "faux", locale: "en" }, maxRedirects: 0 });
  for (let i = 0; i < 5; i++) expect((await start()).status()).toBe(303);
  const limited = await start();
  expect(limited.status()).toBe(429);
  expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(800);
  expect(((await limited.json()) as { detail: string }).detail).toBe("Too many attempts. Try again in 15 minutes.");
  const csrf = ((await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
  const callback = await request.post("/api/auth/callback/credentials", {
    form: { email, password: PASSWORD, csrfToken: csrf, json: "true" },
    maxRedirects: 0,
  });
  expect(callback.status()).toBe(429);
  expect(Number(callback.headers()["retry-after"])).toBeGreaterThan(800);
  await request.dispose();
});
