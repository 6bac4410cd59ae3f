// Tables fit their container and the header folds on a phone (issue 19 §6): at 1 440 px the
// contacts table shows « Note » and « Action » without a sideways scroll; at 390 px the shared
// table (components/ui/data-table.tsx, layout "stack") turns rows into labelled cards for contacts,
// follow-ups, the dashboard's teams and the people directory, and the header is one line with a
// "Menu" button (aria-expanded, focus moved in, Escape closes). No page scrolls sideways; axe clean.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/session";

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
// Several pages, a menu and axe per test: room for a loaded 2-core machine.
test.describe.configure({ timeout: 90_000 });

async function expectAccessible(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`),
    what,
  ).toEqual([]);
}

async function expectNoSideScroll(page: Page, what: string) {
  const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scrollWidth, what).toBeLessThanOrEqual(innerWidth);
}

/** Every table region of the page fits: nothing hidden behind its own scroll. */
async function expectTablesFit(page: Page, what: string) {
  const overflowing = await page
    .locator("[role=region][data-layout]")
    .evaluateAll((regions) => regions.filter((r) => r.scrollWidth > r.clientWidth + 1).map((r) => r.getAttribute("aria-label")));
  expect(overflowing, what).toEqual([]);
}

test("at 1 440 px the contacts table shows « Note » and « Action » without scrolling, and no table scrolls", async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await signIn(page, "cx@demo.symetrie.fr");
  await page.goto("/fr/contacts?status=FAILED");
  const table = page.getByRole("table", { name: /^Contacts, du plus récent au plus ancien/ });
  await expect(table.getByRole("row").nth(1)).toBeVisible();
  const region = (await page.getByRole("region", { name: /^Contacts, du plus récent/ }).boundingBox())!;
  for (const name of ["Note", "Action"]) {
    const box = (await table.getByRole("columnheader", { name, exact: true }).boundingBox())!;
    expect(box.x + box.width, name).toBeLessThanOrEqual(region.x + region.width);
    expect(box.x + box.width, name).toBeLessThanOrEqual(DESKTOP.width);
  }
  await expectTablesFit(page, "contacts");
  await expectNoSideScroll(page, "contacts");
  // The header is the full one: navigation in the row, no menu button.
  await expect(page.getByRole("button", { name: "Menu" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Navigation principale" })).toBeVisible();
  await expectAccessible(page, "contacts at 1 440 px");

  await page.context().clearCookies();
  await signIn(page, "admin@demo.symetrie.fr");
  for (const path of ["/fr/dashboard", "/fr/follow-ups", "/fr/organisation/people"]) {
    await page.goto(path);
    await expectTablesFit(page, path);
    await expectNoSideScroll(page, path);
  }
});

test("on a 390 px phone the header folds behind « Menu » and tables become labelled cards", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await signIn(page, "cx@demo.symetrie.fr");
  const header = page.locator("header").first();
  const menu = header.getByRole("button", { name: "Menu" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(header.getByRole("navigation", { name: "Navigation principale" })).toBeHidden();
  expect((await header.boundingBox())!.height).toBeLessThanOrEqual(64);

  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  const nav = header.getByRole("navigation", { name: "Navigation principale" });
  await expect(nav).toBeVisible();
  await expect(nav.getByRole("link").first()).toBeFocused();
  await expectAccessible(page, "menu open (fr)");
  await page.keyboard.press("Escape");
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(menu).toBeFocused();
  await expect(nav).toBeHidden();
  // A link followed closes it on the next page.
  await menu.click();
  await nav.getByRole("link", { name: "Contacts" }).click();
  await expect(page).toHaveURL(/\/fr\/contacts$/);
  await expect(menu).toHaveAttribute("aria-expanded", "false");

  // Contacts: each row is a card, each value preceded by its column's name; nothing scrolls sideways.
  const row = page.getByTestId("contact-row").first();
  await expect(row).toBeVisible();
  const label = await row
    .locator("td[data-label]")
    .first()
    .evaluate((td) => getComputedStyle(td, "::before").content);
  expect(label).toBe('"Date du contact"');
  const rowBox = (await row.boundingBox())!;
  expect(rowBox.width).toBeLessThanOrEqual(PHONE.width);
  await expectTablesFit(page, "contacts (phone)");
  await expectNoSideScroll(page, "contacts (phone)");
  await expectAccessible(page, "contacts (phone, fr)");
});

test("on a 390 px phone, in English: dashboard teams, follow-ups and the people directory stack without side scrolling", async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await signIn(page, "admin@demo.symetrie.fr");
  for (const path of ["/en/dashboard", "/en/follow-ups", "/en/organisation/people"]) {
    await page.goto(path);
    await expect(page.locator("header").getByRole("button", { name: "Menu" })).toHaveAttribute("aria-expanded", "false");
    await expectTablesFit(page, path);
    await expectNoSideScroll(page, path);
  }
  await page.goto("/en/dashboard");
  const team = page.getByTestId("team-row").filter({ hasText: "Conseil Lyon A" });
  await expect(team.locator("td").first()).toHaveAttribute("data-label", "Customer NPS");
  expect((await team.boundingBox())!.width).toBeLessThanOrEqual(PHONE.width);
  await expectAccessible(page, "dashboard (phone, en)");
  await page.goto("/en/organisation/people");
  await expect(page.getByTestId("person-row").first().locator("td").first()).toHaveAttribute("data-label", "Address");
  await expectAccessible(page, "people (phone, en)");
});
