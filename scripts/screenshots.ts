// `npm run screenshots -- [baseUrl]`: refreshes the README's screenshots from a running
// app with the demo data (default http://localhost:3000), in Debian's Chromium. Take them
// from `npm start` (a production build): `npm run dev` adds Next's development badge.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";
import pg from "pg";
import { linkTokenFor } from "@/lib/surveys/tokens";
import { CHROMIUM_ARGS, requireChromium } from "../tests/e2e/browser";
import { DEV_DATABASE_URL_FILE } from "./db/dev-database-url-file";

const out = path.join(__dirname, "..", "docs", "screenshots");

async function signIn(page: Page, base: string, email: string) {
  await page.goto(`${base}/fr/sign-in`);
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill("symetrie-demo");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.waitForURL(/\/dashboard$/);
}

/**
 * A fresh survey link of the demo's first customer-facing team, minted the way the API does
 * (token from `npm run dev`'s secret and a new contact id), straight in the dev database.
 */
async function demoSurveyPath(): Promise<string> {
  const secret = fs.readFileSync(path.join(__dirname, "..", ".data", "auth-secret"), "utf8").trim();
  const client = new pg.Client({ connectionString: fs.readFileSync(DEV_DATABASE_URL_FILE, "utf8").trim() });
  await client.connect();
  try {
    const id = randomUUID();
    const { hash, token } = linkTokenFor(secret, id);
    await client.query(
      `INSERT INTO "Contact" (id, "organisationId", "teamId", "momentOfTruthId", channel, locale, "occurredAt", "tokenHash", "linkExpiresAt")
       SELECT $1, o.id, t.id, m.id, 'PHONE', 'fr', now(), $2, now() + interval '30 days'
       FROM "Organisation" o JOIN "Team" t ON t."organisationId" = o.id AND t."externalId" = 'T-REL-01'
       JOIN "MomentOfTruth" m ON m."organisationId" = o.id AND m.side = 'CUSTOMER' AND m.key = 'reclamation'
       WHERE o.slug = 'demo'`,
      [id, Buffer.from(hash)],
    );
    return `/fr/r/${token}`;
  } finally {
    await client.end();
  }
}

async function main() {
  const base = process.argv[2] ?? "http://localhost:3000";
  const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "fr-FR" });
    await page.goto(`${base}/fr/sign-in`);
    await page.screenshot({ path: path.join(out, "sign-in.png"), caret: "initial" });
    await signIn(page, base, "rh@demo.symetrie.fr");
    await page.locator(".recharts-surface").first().waitFor(); // charts draw after hydration
    await page.waitForTimeout(1_000); // let their entry animations finish
    await page.screenshot({ path: path.join(out, "dashboard.png"), fullPage: true, caret: "initial" });
    await page.getByTestId("team-row").getByRole("link", { name: "Centre de relation client Lyon", exact: true }).click();
    await page.waitForURL(/\/teams\//);
    await page.locator(".recharts-surface").first().waitFor();
    await page.waitForTimeout(1_000);
    await page.screenshot({ path: path.join(out, "team.png"), fullPage: true, caret: "initial" });
    await page.goto(`${base}/fr/pulses/manage`);
    await page.screenshot({ path: path.join(out, "pulses.png"), fullPage: true, caret: "initial" });
    await page.context().clearCookies();
    await signIn(page, base, "cx@demo.symetrie.fr");
    await page.goto(`${base}/fr/contacts`);
    await page.screenshot({ path: path.join(out, "contacts.png"), fullPage: true, caret: "initial" });
    await page.context().clearCookies();
    await signIn(page, base, "admin@demo.symetrie.fr");
    await page.goto(`${base}/fr/settings`);
    await page.screenshot({ path: path.join(out, "settings.png"), fullPage: true, caret: "initial" });
    // The respondent page as most customers see it: on a phone.
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: "fr-FR" });
    await phone.goto(`${base}${await demoSurveyPath()}`);
    await phone.screenshot({ path: path.join(out, "survey-phone.png"), fullPage: true, caret: "initial" });
    console.log(`Screenshots written to ${out}`);
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
