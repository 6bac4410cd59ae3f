// The team page's verbatims, mirrored: customers left, employees right; a team below k_c shows
// no employee text, a large one does, each dated with its month only; the link to the comments
// page keeps the team.
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/session";

async function openTeam(page: Page, name: string) {
  await page.getByTestId("team-row").getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { name: "Verbatims", exact: true })).toBeVisible();
}

test("a small team shows customer comments but no employee text, for ADMIN too", async ({ page }) => {
  await signIn(page, "admin@demo.symetrie.fr");
  await openTeam(page, "Réseaux sociaux");
  await expect(page.getByTestId("verbatims-employee")).toContainText("Aucun commentaire collaborateur montrable");
  await expect(page.getByTestId("verbatims-employee").getByRole("listitem")).toHaveCount(0);
  // « Tous les commentaires » keeps the team, and its employee side stays empty there too.
  await page.getByRole("link", { name: "Tous les commentaires / rechercher" }).click();
  await expect(page).toHaveURL(/\/fr\/comments\?teamId=/);
  await expect(page.getByLabel("Équipe")).toHaveValue(new URL(page.url()).searchParams.get("teamId")!);
  await expect(page.getByTestId("comments-employee").getByRole("listitem")).toHaveCount(0);
});

test("a large team shows both sides, dated with the month only", async ({ page }) => {
  await signIn(page, "rh@demo.symetrie.fr");
  await openTeam(page, "Conseil Lyon A");
  for (const side of ["verbatims-customer", "verbatims-employee"]) {
    const items = page.getByTestId(side).getByRole("listitem");
    await expect(items.first()).toBeVisible();
    expect(await items.count()).toBeLessThanOrEqual(50);
    for (const footer of await items.locator("p").allTextContents()) expect(footer).toMatch(/Conseil Lyon A · [a-zéû]+ \d{4}$/);
  }
});
