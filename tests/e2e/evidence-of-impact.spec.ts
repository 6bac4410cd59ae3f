// Issue 15 "Done when", on the demo: HR imports a year of absenteeism from a CSV, reads it against
// eNPS across the teams on the overview, opens a theme mirrored on both sides and reads its
// comments, then prints the monthly report. The CSV carries the demo's own values (read from the
// database and written back by the import as updates), so the demo stays as it was.
import { expect, test } from "@playwright/test";
import { signIn } from "./support/session";
import { withClient } from "./survey-support";

// The demo's last month with both sides (scripts/db/seed/calendar.ts).
const MONTH = "2026-10";

/** The demo's absenteeism, one line per leaf team and month, as HR would export it from their HRIS. */
async function absenteeismCsv(): Promise<{ csv: string; rows: number; months: number }> {
  const rows = await withClient(async (client) => {
    const result = await client.query<{ team: string; month: string; value: number }>(
      `SELECT t.id::text AS team, to_char(k.period, 'YYYY-MM') AS month, k.value
         FROM "OperationalKpi" k
         JOIN "KpiDefinition" d ON d.id = k."kpiId" AND d.key = 'absenteeism'
         JOIN "Team" t ON t.id = k."teamId"
         JOIN "Organisation" o ON o.id = k."organisationId" AND o.slug = 'demo'
        ORDER BY t.id, k.period`,
    );
    return result.rows;
  });
  const lines = rows.map((row) => `${row.team};${row.month};absenteeism;${String(row.value).replace(".", ",")}`);
  return { csv: ["team;month;kpi;value", ...lines, ""].join("\n"), rows: rows.length, months: new Set(rows.map((row) => row.month)).size };
}

test("HR imports a year of KPIs, reads absenteeism against eNPS, reads a mirrored theme's comments and prints the report", async ({
  page,
}) => {
  test.slow(); // an import, the overview with its KPI evidence, the comments page and the report laid out for print
  const { csv, rows, months } = await absenteeismCsv();
  expect(months).toBeGreaterThanOrEqual(12);
  const n = new Intl.NumberFormat("fr-FR").format(rows);
  await signIn(page, "rh@demo.symetrie.fr");

  // 1. A year of absenteeism from a CSV: the preview counts it, the import stores it.
  await page.goto("/fr/settings/kpis");
  const upload = page.getByRole("region", { name: "Importer des valeurs (CSV)" });
  await upload.getByLabel("Fichier CSV").setInputFiles({ name: "absenteisme.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await upload.getByRole("button", { name: "Prévisualiser" }).click();
  await expect(upload.getByTestId("kpi-import-counts")).toHaveText(`${n} lignes valides : 0 nouvelles valeurs, ${n} mises à jour.`);
  await upload.getByRole("button", { name: /^Importer/ }).click();
  await expect(upload.getByTestId("kpi-import-done")).toHaveText(`Import terminé : ${n} lignes, 0 nouvelles valeurs, ${n} mises à jour.`);

  // 2. Absenteeism against eNPS across the teams, lag by lag, with its table.
  await page.goto("/fr/dashboard");
  const evidence = page.getByTestId("kpi-correlations");
  const absenteeism = evidence.locator("details").filter({ hasText: /^Absentéisme \(/ });
  await absenteeism.locator(":scope > summary").click();
  await absenteeism.getByText("Afficher les données en tableau").first().click();
  const table = absenteeism.getByRole("table", { name: /eNPS → Absentéisme/ });
  await expect(table).toBeVisible();
  await expect(table.locator("tbody tr")).toHaveCount(4); // lags 0 to 3 months

  // 3. A theme mirrored on both sides: its comments, customers' and employees'.
  const themes = page.getByTestId("theme-mirror");
  await expect(themes).toBeVisible();
  const pair = themes
    .getByTestId("theme-pair")
    .filter({ has: page.getByTestId("theme-employee").getByRole("link") })
    .first();
  await pair.getByTestId("theme-customer").getByRole("link").click();
  await expect(page).toHaveURL(/\/fr\/comments\?.*theme=[0-9a-f-]{36}/);
  await expect(page.getByTestId("comments-customer").getByRole("listitem").first()).toBeVisible();
  await expect(page.getByTestId("comments-employee").getByRole("listitem").first()).toBeVisible();

  // 4. The month's report, laid out for print and saved as an A4 PDF.
  await page.goto(`/fr/reports/${MONTH}`);
  await expect(page.getByRole("heading", { level: 1, name: /^Rapport mensuel — / })).toBeVisible();
  await expect(page.getByTestId("report-themes").getByRole("row").nth(1)).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation").first()).toBeHidden();
  const pdf = await page.pdf({ format: "A4", path: test.info().outputPath("rapport-mensuel.pdf") });
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
});
