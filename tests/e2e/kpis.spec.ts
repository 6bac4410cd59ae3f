// Operational KPIs (issue 15 §1). HR of an organisation of its own (raw SQL rows, so the demo is
// never touched) adds a KPI, uploads a CSV whose preview names the refused row and imports
// nothing, fixes it, imports and reads the values on the team page. The demo manager reads the
// seeded year of KPIs on their team's page.
import { expect, test } from "@playwright/test";
import { query } from "./support/api-keys";
import { insertOrgRows } from "./support/org-rows";
import { signIn } from "./support/session";
import { withClient } from "./survey-support";

const csvFile = (name: string, text: string) => ({ name, mimeType: "text/csv", buffer: Buffer.from(text) });
const lastMonth = () => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
};

test("HR adds a KPI, previews a CSV with a refused row, imports the fixed one and sees it on the team page", async ({ page }) => {
  test.setTimeout(120_000); // sign-in, two previews, an import and the team page, each a server render
  const { organisationId, teamId, hr } = await withClient(async (client) => {
    const rows = await insertOrgRows(client, "kpis", "kpis.test");
    return { ...rows, hr: await rows.person("rh", "HR") };
  });
  try {
    await signIn(page, hr);
    await page.goto("/fr/settings/kpis");
    await expect(page.getByRole("heading", { name: "Indicateurs opérationnels", level: 1 })).toBeVisible();
    const add = page.getByRole("region", { name: "Ajouter un indicateur" });
    await add.getByLabel("Clé (utilisée par l'import)").fill("taux_escalade");
    await add.getByLabel("Unité").selectOption("PERCENT");
    await add.getByLabel("Nom (français)").fill("Taux d'escalade");
    await add.getByLabel("Nom (anglais)").fill("Escalation rate");
    await add.getByLabel("Une valeur plus haute est meilleure").uncheck();
    await add.getByLabel("Valeur d'un point (€, facultatif)").fill("1500");
    await add.getByRole("button", { name: "Ajouter l'indicateur" }).click();
    await expect(page.getByTestId("kpi-notice")).toHaveText("Indicateur ajouté.");
    await expect(page.locator('[data-testid="kpi-definition"][data-key="taux_escalade"]')).toContainText("1 500 €");

    const month = lastMonth();
    const upload = page.getByRole("region", { name: "Importer des valeurs (CSV)" });
    await upload
      .getByLabel("Fichier CSV")
      .setInputFiles(
        csvFile("kpis.csv", `team;month;kpi;value\n${teamId};${month};taux_escalade;12,5\n${teamId};${month};taux_escalade;140\n`),
      );
    await upload.getByRole("button", { name: "Prévisualiser" }).click();
    await expect(upload.getByTestId("kpi-import-counts")).toHaveText(
      "1 lignes refusées : rien ne sera importé tant qu'elles ne sont pas corrigées.",
    );
    await expect(upload.getByTestId("kpi-import-errors")).toContainText(
      "la même équipe, le même mois et le même indicateur figurent déjà ligne 2.",
    );
    await expect(upload.getByRole("button", { name: /^Importer/ })).toHaveCount(0);

    await upload
      .getByLabel("Fichier CSV")
      .setInputFiles(csvFile("kpis.csv", `team;month;kpi;value\n${teamId};${month};taux_escalade;12,5\n`));
    await upload.getByRole("button", { name: "Prévisualiser" }).click();
    await expect(upload.getByTestId("kpi-import-counts")).toHaveText("1 lignes valides : 1 nouvelles valeurs, 0 mises à jour.");
    await upload.getByRole("button", { name: "Importer 1 lignes" }).click();
    await expect(upload.getByTestId("kpi-import-done")).toHaveText("Import terminé : 1 lignes, 1 nouvelles valeurs, 0 mises à jour.");

    await page.goto(`/fr/teams/${teamId}`);
    const section = page.getByTestId("team-kpis");
    await expect(section.getByRole("heading", { name: "Indicateurs opérationnels" })).toBeVisible();
    await expect(section.getByRole("table")).toContainText("12,5\u00a0%");
  } finally {
    await query(`DELETE FROM "Organisation" WHERE id = $1`, [organisationId]);
  }
});

test("the demo manager reads the seeded KPIs of their team", async ({ page }) => {
  test.setTimeout(90_000); // the demo team page is the heaviest render
  const [team] = await query<{ id: string }>(
    `SELECT t.id FROM "Team" t JOIN "Organisation" o ON o.id = t."organisationId" WHERE o.slug = 'demo' AND t."externalId" = 'T-REL-01'`,
  );
  await signIn(page, "manager@demo.symetrie.fr");
  await page.goto(`/fr/teams/${team!.id}`);
  const section = page.getByTestId("team-kpis");
  await expect(section.getByRole("heading", { name: "Indicateurs opérationnels" })).toBeVisible();
  const table = section.getByRole("table");
  await expect(table.getByRole("columnheader", { name: "Absentéisme" })).toBeVisible();
  await expect(table.getByRole("row", { name: /octobre 2026/ })).toContainText(/\d+,\d\u00a0%/);
});

test("HR sees absenteeism against eNPS across teams on the overview, and the ROI panel", async ({ page }) => {
  await signIn(page, "rh@demo.symetrie.fr");
  await page.goto("/fr/dashboard");
  const evidence = page.getByTestId("kpi-correlations");
  await expect(evidence.getByRole("heading", { level: 2, name: "Indicateurs opérationnels et expérience" })).toBeVisible();
  await evidence.getByText(/^Absentéisme \(/).click();
  await expect(evidence.getByRole("figure", { name: "eNPS d'un mois et Absentéisme 0 à 3 mois plus tard" })).toBeVisible();
  const roi = page.getByTestId("kpi-roi");
  await expect(roi.getByRole("heading", { name: "Ce que rapporte un meilleur climat" })).toBeVisible();
  await expect(roi.getByTestId("kpi-roi-row").filter({ hasText: "Absentéisme" })).toHaveCount(1);
});
