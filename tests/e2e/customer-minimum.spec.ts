// Issue 19 §2, honest small numbers on the customer side: under the organisation's customer minimum
// (default 10) a customer NPS reads « trop peu de réponses (n = …) » on the overview and the team
// page (desktop and phone), in the CSV export and in the API; and the correlation card's reading
// weighs its interval. Its own organisation (support/few-customers-org.ts), the demo only read.
import { expect, test, type Page } from "@playwright/test";
import { createKey, query } from "./support/api-keys";
import { createFewCustomersOrg } from "./support/few-customers-org";
import { createSettingsOrg } from "./support/settings-org";
import { signIn } from "./support/session";

const row = (page: Page, name: string) => page.getByTestId("team-row").filter({ has: page.getByRole("link", { name, exact: true }) });

for (const [label, viewport] of [
  ["desktop", { width: 1280, height: 800 }],
  ["390 px phone", { width: 390, height: 844 }],
] as const) {
  test(`${label}: one customer answer reads « trop peu de réponses (n = 1) » on the overview and the team page`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const org = await createFewCustomersOrg();
    await signIn(page, org.hr);
    const b = row(page, org.teamBName);
    await expect(b).toContainText("trop peu de réponses (n = 1)");
    await expect(b).not.toContainText("+100");
    await expect(b).not.toContainText("IC 95 %");
    await expect(b.getByTestId("too-few")).toBeVisible();
    await expect(row(page, org.teamAName)).toContainText(/12 réponses · IC 95 % \[/);
    await b.getByRole("link", { name: org.teamBName, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Équipe ${org.teamBName}` })).toBeVisible();
    await expect(page.getByTestId("team-row")).toContainText("trop peu de réponses (n = 1)");
    await expect(page.getByRole("table", { name: "Par canal" })).toContainText("trop peu de réponses (n = 1)");
    await expect(page.getByRole("table", { name: "Par canal" })).not.toContainText("IC 95 %");
  });
}

test("English page, CSV export and API: the count is kept, the score is not", async ({ page, request }) => {
  const org = await createFewCustomersOrg();
  await signIn(page, org.hr);
  await page.goto("/en/dashboard");
  await expect(row(page, org.teamBName)).toContainText("too few answers (n = 1)");
  await expect(row(page, org.teamBName)).not.toContainText("+100");

  const csv = (await (await page.request.get("/fr/dashboard/export.csv")).text()).split("\r\n");
  const line = csv.find((l) => l.startsWith(`${org.teamBName};`));
  expect(line?.split(";").slice(2, 6)).toEqual(["trop peu de réponses (n = 1)", "1", "", ""]);
  // Team B's eNPS is hidden too (2 people): its gap says so first, as on the page (lib/dashboard/symmetry-csv.ts).
  expect(line?.split(";").slice(10, 13)).toEqual(Array(3).fill("masqué pour l'anonymat"));

  const { key } = createKey("e2e customer minimum", org.slug, "results:read");
  const response = await request.get("/api/v1/symmetry", { headers: { authorization: `Bearer ${key}` } });
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { minCustomerResponses: number; teams: Array<{ teamId: string; nps: unknown; gap: unknown }> };
  expect(body.minCustomerResponses).toBe(10);
  expect(body.teams.find((team) => team.teamId === org.teams.b)).toMatchObject({
    nps: { score: null, n: 1, low: null, high: null, tooFew: true },
    gap: null,
  });
  expect(body.teams.find((team) => team.teamId === org.teams.a)?.nps).toMatchObject({ n: 12, tooFew: false });
});

test("ADMIN sets the customer minimum beside the group sizes; a bad value is explained and nothing is saved", async ({ page }) => {
  const org = await createSettingsOrg();
  await signIn(page, org.admin);
  await page.goto("/fr/settings");
  const field = page.getByRole("spinbutton", { name: "Nombre minimal de réponses clients pour afficher un NPS" });
  await expect(field).toHaveValue("10");
  const stored = async () =>
    (await query<{ n: number }>(`SELECT "minCustomerResponses" AS n FROM "Organisation" WHERE id = $1`, [org.organisationId]))[0]?.n;
  await field.fill("0");
  await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(/Saisissez un nombre entier de réponses, de 1 à 1 000\./);
  expect(await stored()).toBe(10);
  await field.fill("15");
  await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Paramètres enregistrés." })).toBeVisible();
  expect(await stored()).toBe(15);
});

/** The card's Pearson interval, e.g. "IC 95 % [+0,05 ; +0,91]" → [0.05, 0.91]. */
async function pearsonInterval(page: Page): Promise<[number, number]> {
  const text = await page.getByTestId("correlation-card").innerText();
  const match = text.match(/\[([+\-−]?\d[,.]\d+) ?; ?([+\-−]?\d[,.]\d+)\]/);
  expect(match).not.toBeNull();
  const read = (value: string) => Number(value.replace(",", ".").replace("−", "-"));
  return [read(match![1]!), read(match![2]!)];
}

test("the correlation's reading weighs its interval, in French on a desktop and in English on a phone", async ({ page }) => {
  await signIn(page, "rh@demo.symetrie.fr");
  const reading = page.getByTestId("correlation-reading");
  await expect(reading).toHaveText(
    /^(Lien (faible|modéré|fort), significatif et précis\.|Lien probable mais imprécis\.|Lien fragile\.|Lien incertain\.|Pas de lien démontré\.) .*Une corrélation ne prouve pas une causalité\.$/,
  );
  const [low, high] = await pearsonInterval(page);
  // A wide interval is never read as a precise, significant link (docs/statistics.md "Reading the correlation").
  if (high - low > 0.5) await expect(reading).not.toContainText("significatif et précis");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/en/dashboard");
  await expect(page.getByTestId("correlation-reading")).toHaveText(
    /^(A (weak|moderate|strong), significant and precise link\.|A probable but imprecise link\.|A fragile link\.|An uncertain link\.|No link shown\.) .*Correlation does not prove causation\.$/,
  );
});
