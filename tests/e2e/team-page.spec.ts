// A team's mirrored page on the demo: scores, butterfly with its table, irritants, breakdown,
// sub-teams; a suppressed employee side is explained, never shown.
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/session";

async function openTeam(page: Page, name: string) {
  await page.getByTestId("team-row").getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Équipe ${name}` })).toBeVisible();
}

test("the butterfly of a team has one row per dimension, both sides with intervals", async ({ page }) => {
  await signIn(page, "rh@demo.symetrie.fr");
  await openTeam(page, "Conseil Lyon A");
  await expect(page.getByRole("img", { name: /Graphique papillon/ })).toBeVisible();
  const table = page.getByTestId("butterfly-table");
  await expect(table.locator("tbody tr")).toHaveCount(5);
  for (const dimension of ["Écoute", "Considération", "Pouvoir d'agir", "Simplicité", "Sens"]) {
    await expect(table.getByRole("rowheader", { name: dimension })).toBeVisible();
  }
  // Both sides, for a team of its size: mean, n and interval on the customer side, then on the employee side.
  await expect(table.locator("tbody tr").first()).toContainText(
    /\/ 5 · [\d\s\u202f]+ réponses · IC 95 % \[.+\].*\/ 5 · [\d\s\u202f]+ réponses · IC 95 % \[/,
  );
  await expect(table).not.toContainText("Masqué");
  await expect(page.getByRole("heading", { name: "Irritants miroirs" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Côté clients" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Par canal" })).toContainText(/IC 95 % \[/);
  await expect(page.getByRole("table", { name: "Par moment de vérité" })).toBeVisible();
  await expect(page.getByTestId("team-row")).toContainText(/réponses · IC 95 % \[/);
});

test("the small team's employee side is suppressed on its page", async ({ page }) => {
  await signIn(page, "admin@demo.symetrie.fr");
  await openTeam(page, "Réseaux sociaux");
  await expect(page.getByTestId("team-row")).toContainText("Masqué pour l'anonymat (moins de 5 personnes ici ou dans une équipe proche)");
  const table = page.getByTestId("butterfly-table");
  await expect(table.locator("tbody tr")).toHaveCount(5);
  await expect(table.getByText("Masqué pour l'anonymat")).toHaveCount(5);
  await expect(page.getByText("Les irritants collaborateurs sont masqués pour respecter l'anonymat.")).toBeVisible();
});

/** The mirror column of the customer irritants: with the employee side hidden, still the catalogue's labels. */
async function mirrorCells(page: Page, table: string): Promise<string[]> {
  const rows = page.getByRole("table", { name: table }).locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  return rows.locator("td:nth-of-type(2)").allInnerTexts();
}

test("a hidden employee side still names the mirror irritants by their labels, in French and English", async ({ page }) => {
  await signIn(page, "admin@demo.symetrie.fr");
  await openTeam(page, "Réseaux sociaux");
  const french = await mirrorCells(page, "Côté clients");
  for (const label of french) {
    expect(label).not.toMatch(/^(historique incomplet|decisions floues|pas autonomie|outils lents|pas temps suivi|manque reconnaissance)$/);
    expect(label).toMatch(
      /^(Des outils lents ou qui plantent|Pas le pouvoir de décider seul|Pas le temps d’assurer le suivi|Des décisions et consignes peu claires|Un historique client incomplet ou éparpillé|Le manque de reconnaissance)$/,
    );
  }
  await page.goto(page.url().replace("/fr/", "/en/"));
  const english = await mirrorCells(page, "Customer side");
  expect(english).toHaveLength(french.length);
  for (const label of english)
    expect(label).toMatch(
      /^(Slow or unreliable tools|No authority to decide on my own|No time to follow up|Unclear decisions and instructions|Incomplete or scattered customer history|Lack of recognition)$/,
    );
});

test("a service page links to its sub-teams and keeps the period", async ({ page }) => {
  await signIn(page, "manager@demo.symetrie.fr");
  await page.goto("/fr/dashboard?from=2026-06&to=2026-10");
  await openTeam(page, "Centre de relation client Lyon");
  await expect(page).toHaveURL(/\?from=2026-06&to=2026-10$/);
  const subteams = page.locator("section").filter({ has: page.getByRole("heading", { name: "Sous-équipes" }) });
  await expect(subteams.getByRole("link")).toHaveCount(3);
  await subteams.getByRole("link", { name: "Réclamations" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Équipe Réclamations" })).toBeVisible();
  await expect(page).toHaveURL(/\?from=2026-06&to=2026-10$/);
});

test("the team page is complete in English", async ({ page }) => {
  await signIn(page, "cx@demo.symetrie.fr");
  await openTeam(page, "Conseil Lyon A");
  await page.goto(page.url().replace("/fr/", "/en/"));
  await expect(page.getByRole("heading", { level: 1, name: "Team Conseil Lyon A" })).toBeVisible();
  await expect(page.getByTestId("butterfly-table").getByRole("rowheader", { name: "Listening" })).toBeVisible();
  for (const heading of ["Mirrored irritants", "Customer NPS by channel and moment of truth", "Sub-teams"]) {
    await expect(page.getByRole("heading", { name: heading })).toBeVisible();
  }
});
