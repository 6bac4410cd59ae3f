// The printable monthly report (issue 15 §3) on the demo: HR opens it from the dashboard, reads the
// organisation's and a team's October, each chart followed by its table; in print media the
// navigation is gone, and Chromium saves it as a multi-page A4 PDF. A bad month is a helpful 404.
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/session";

// The demo's last month with both sides (scripts/db/seed/calendar.ts: pulses run May to October 2026).
const MONTH = "2026-10";

async function expectReport(page: Page, title: RegExp) {
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByTestId("report-month")).toHaveText("Mois : octobre 2026");
  await expect(page.getByTestId("tile-nps").getByTestId("tile-value")).toHaveText(/^[+−-]?\d+$/);
  // The trend: a chart, then its table of months.
  const trend = page.getByTestId("report-trend");
  await expect(trend.getByRole("img", { name: /Courbes mensuelles/ })).toBeVisible();
  await expect(trend.getByRole("table", { name: "NPS et eNPS de chaque mois (n = nombre de réponses)" })).toBeVisible();
  expect(await trend.getByTestId("trend-row").count()).toBeGreaterThanOrEqual(6);
  // The mirrored items: the butterfly, then its table.
  await expect(page.getByTestId("report-items").first().getByTestId("butterfly-table")).toBeVisible();
  await expect(page.getByRole("table", { name: "Côté clients" }).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Principaux thèmes des commentaires" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Actions du mois" })).toBeVisible();
  // Every figure of the report sits in a figure with a table (or is a table).
  const figures = page.getByTestId("monthly-report").locator("figure");
  for (let i = 0; i < (await figures.count()); i++) await expect(figures.nth(i).locator("table")).toHaveCount(1);
}

test("HR opens the organisation's report from the dashboard, then a small team's, with its eNPS hidden", async ({ page }) => {
  test.slow(); // the dashboard, a team page and two reports (each reads the dashboard's figures for three periods)
  await signIn(page, "rh@demo.symetrie.fr");
  await expect(page.getByTestId("monthly-report-link")).toHaveAttribute("href", /^\/fr\/reports\/\d{4}-\d{2}$/);
  await page.goto(`/fr/reports/${MONTH}`);
  await expectReport(page, /^Rapport mensuel — /);
  await expect(page.getByTestId("tile-enps").getByTestId("tile-value")).toHaveText(/^[+−-]?\d+$/);
  await expect(page.getByTestId("tile-enps")).toContainText(/réponses/);
  await expect(page.getByTestId("report-action-row").first()).toBeVisible();
  // Several directions: each one's items and irritants, named.
  expect(await page.getByTestId("report-detail").count()).toBeGreaterThan(1);

  await page.goto("/fr/dashboard");
  await page.getByTestId("team-row").getByRole("link", { name: "Réseaux sociaux", exact: true }).click();
  const teamReport = page.getByTestId("monthly-report-link");
  await expect(teamReport).toHaveAttribute("href", /^\/fr\/reports\/\d{4}-\d{2}\/teams\/[0-9a-f-]{36}$/);
  const href = (await teamReport.getAttribute("href"))!;
  await page.goto(href.replace(/reports\/\d{4}-\d{2}/, `reports/${MONTH}`));
  await expectReport(page, /^Rapport mensuel — équipe Réseaux sociaux$/);
  // Below the group size: no eNPS, as on the dashboard.
  await expect(page.getByTestId("tile-enps")).toContainText("Masqué pour l'anonymat");
  await expect(page.getByText("Les irritants collaborateurs sont masqués pour respecter l'anonymat.")).toBeVisible();
});

test("in print the navigation is hidden, and the report saves as a multi-page A4 PDF", async ({ page }) => {
  test.slow(); // the organisation's report, then Chromium lays it out for print twice
  await signIn(page, "rh@demo.symetrie.fr");
  await page.goto(`/fr/reports/${MONTH}`);
  await expect(page.getByRole("button", { name: "Imprimer / Enregistrer en PDF" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Navigation principale" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Imprimer / Enregistrer en PDF" })).toBeHidden();
  await expect(page.getByTestId("report-trend").getByRole("table")).toBeVisible();
  const pdf = await page.pdf({ format: "A4", path: test.info().outputPath("monthly-report.pdf") });
  expect(pdf.byteLength).toBeGreaterThan(0);
  expect(pdf.toString("latin1").match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0).toBeGreaterThan(1);
});

test("a malformed or future month, or a foreign team, is a 404 that says what a report address is", async ({ page }) => {
  test.slow(); // six pages, two of them reports
  await signIn(page, "rh@demo.symetrie.fr");
  for (const path of ["/fr/reports/2026-13", "/fr/reports/octobre", "/fr/reports/2999-01", `/fr/reports/${MONTH}/teams/not-a-team`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Rapport introuvable" })).toBeVisible();
    await expect(page.getByText(/AAAA-MM/)).toBeVisible();
  }
  await page.getByRole("link", { name: "Voir le rapport du dernier mois complet" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Rapport mensuel — / })).toBeVisible();
  // In English too.
  await page.goto("/en/reports/2026-13");
  await expect(page.getByRole("heading", { level: 1, name: "Report not found" })).toBeVisible();
  await page.goto(`/en/reports/${MONTH}`);
  await expect(page.getByRole("heading", { level: 1, name: /^Monthly report — / })).toBeVisible();
  await expect(page.getByTestId("report-month")).toHaveText("Month: October 2026");
});
