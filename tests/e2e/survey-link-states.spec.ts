// Link states and the page's weight: expired → 410, unknown/malformed → 404 in the link's
// language, too many bad tokens → 429; the JS budget (≤ 30 KB gzip) and the a11y structure.
import zlib from "node:zlib";
import { expect, test } from "@playwright/test";
import { demoLinks } from "./support/demo-restore";

// The demo links this spec answers are deleted afterwards: the demo keeps its figures (support/demo-restore.ts).
const links = demoLinks();
test.afterAll(() => links.restore());

test("expired → 410 page in the link's language", async ({ page }) => {
  const link = await links.create({ locale: "en", expired: true });
  const response = await page.goto(link.path("en"));
  expect(response?.status()).toBe(410);
  await expect(page.getByRole("heading", { name: "This link has expired" })).toBeVisible();
  const french = await page.goto(link.path("fr"));
  expect(french?.status()).toBe(410);
  await expect(page.getByRole("heading", { name: "Ce lien a expiré" })).toBeVisible();
});

test("unknown and malformed tokens → 404 page in the URL's language, never a 500", async ({ page }) => {
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": `203.0.113.${Math.floor(Math.random() * 200)}` });
  for (const [path, heading] of [
    ["/fr/r/AAAAAAAAAAAAAAAAAAAAAA", "Lien introuvable"],
    ["/en/r/AAAAAAAAAAAAAAAAAAAAAA", "Link not found"],
    ["/en/r/too-short", "Link not found"],
    ["/fr/r/%27%3B%20DROP%20TABLE%20x", "Lien introuvable"],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: heading })).toBeVisible();
  }
});

test("more than 20 bad tokens from one client in 10 minutes → 429 page; valid links still open", async ({ page }) => {
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": `198.51.100.${Math.floor(Math.random() * 250)}` });
  const statuses: number[] = [];
  for (let i = 0; i < 21; i++) statuses.push((await page.goto(`/fr/r/BBBBBBBBBBBBBBBBBBBBB${i % 10}`))?.status() ?? 0);
  expect(statuses.slice(0, 20).every((status) => status === 404)).toBe(true);
  expect(statuses[20]).toBe(429);
  await expect(page.getByRole("heading", { name: "Trop de tentatives" })).toBeVisible();
  const valid = await links.create();
  expect((await page.goto(valid.path()))?.status()).toBe(200);
});

test("the form page ships at most 30 KB of JavaScript (gzip) and no framework bundle", async ({ page }) => {
  const link = await links.create();
  const scripts: Array<{ url: string; bytes: number }> = [];
  page.on("requestfinished", async (request) => {
    if (request.resourceType() !== "script") return;
    const sizes = await request.sizes();
    scripts.push({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
  });
  const response = await page.goto(link.path());
  await page.waitForLoadState("load");
  const inline = await page.locator("script:not([src])").evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ""));
  const inlineGzip = inline.reduce((sum, code) => sum + zlib.gzipSync(code).length, 0);
  const externalBytes = scripts.reduce((sum, s) => sum + s.bytes, 0);
  const documentBytes = zlib.gzipSync(await response!.text()).length;
  console.log(
    `[survey budget] external scripts: ${scripts.length} (${externalBytes} B), inline JS gzip ${inlineGzip} B, whole document gzip ${documentBytes} B`,
  );
  expect(scripts).toEqual([]);
  expect(externalBytes + inlineGzip).toBeLessThanOrEqual(30 * 1024);
  expect(documentBytes).toBeLessThanOrEqual(30 * 1024);
  // And it travels compressed: the browser asked for gzip, the production server gave it.
  expect((await response!.allHeaders())["content-encoding"]).toBe("gzip");
});

test("accessibility structure: lang, title, labelled radio groups, keyboard use, visible focus", async ({ page }) => {
  const link = await links.create();
  await page.goto(link.path());
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page).toHaveTitle("Votre avis sur Maison Lumière");
  const nps = page.getByRole("group", { name: /Quelle est la probabilité/ });
  await expect(nps.getByRole("radio")).toHaveCount(11);
  await expect(nps.getByRole("radio", { name: "0 – Pas du tout probable" })).toBeVisible();
  // Every form control has an accessible name.
  const unnamed = await page
    .locator("input:not([type=hidden]), textarea, button")
    .evaluateAll(
      (nodes) =>
        nodes.filter((node) => !(node as HTMLInputElement).labels?.length && !node.getAttribute("aria-label") && node.tagName !== "BUTTON")
          .length,
    );
  expect(unnamed).toBe(0);
  await expect(page.getByRole("group")).toHaveCount(2 + 5); // NPS, irritants, 5 mirrored items
  // Keyboard: tab into the scale, arrows move the choice, the focused option shows an outline.
  await page.locator("#score-0").focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.locator("#score-1")).toBeChecked();
  const outline = await page.locator('label[for="score-1"]').evaluate((label) => getComputedStyle(label).outlineStyle);
  expect(outline).toBe("solid");
});
