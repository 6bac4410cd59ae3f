// The favicon and the web app manifest: served from public/ and linked by the locale layout.
import { expect, test } from "@playwright/test";

test("the layout links the favicon, the manifest and the theme colour", async ({ page }) => {
  await page.goto("/en/sign-in");
  await expect(page.locator('link[rel="icon"][href="/favicon.svg"]')).toHaveCount(1);
  await expect(page.locator('link[rel="manifest"][href="/manifest.webmanifest"]')).toHaveCount(1);
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute("content", "#1d4ed8");
});

test("the favicon and the manifest are served, and the manifest's icon exists", async ({ request }) => {
  const icon = await request.get("/favicon.svg");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
  const manifest = await request.get("/manifest.webmanifest");
  expect(manifest.status()).toBe(200);
  const body = (await manifest.json()) as { name: string; short_name: string; theme_color: string; icons: { src: string }[] };
  expect(body).toMatchObject({ name: "Symétrie", short_name: "Symétrie", theme_color: "#1d4ed8" });
  for (const { src } of body.icons) expect((await request.get(src)).status(), src).toBe(200);
});
