// `npm run screenshots -- [baseUrl]`: refreshes the README's screenshots from a running
// app with the demo data (default http://localhost:3000), in Debian's Chromium.
import path from "node:path";
import { chromium, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, requireChromium } from "../tests/e2e/browser";

const out = path.join(__dirname, "..", "docs", "screenshots");

async function signIn(page: Page, base: string, email: string) {
  await page.goto(`${base}/fr/sign-in`);
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill("symetrie-demo");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.waitForURL(/\/dashboard$/);
}

async function main() {
  const base = process.argv[2] ?? "http://localhost:3000";
  const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "fr-FR" });
    await page.goto(`${base}/fr/sign-in`);
    await page.screenshot({ path: path.join(out, "sign-in.png") });
    await signIn(page, base, "rh@demo.symetrie.fr");
    await page.locator(".recharts-surface").first().waitFor(); // charts draw after hydration
    await page.waitForTimeout(1_000); // let their entry animations finish
    await page.screenshot({ path: path.join(out, "dashboard.png"), fullPage: true });
    await page.getByRole("link", { name: "Centre de relation client Lyon", exact: true }).click();
    await page.waitForURL(/\/teams\//);
    await page.locator(".recharts-surface").first().waitFor();
    await page.waitForTimeout(1_000);
    await page.screenshot({ path: path.join(out, "team.png"), fullPage: true });
    console.log(`Screenshots written to ${out}`);
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
