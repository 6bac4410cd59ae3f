// The mirrored dashboard on the demo: correlation card, role scope, anonymity for every role,
// URL filters (plain GET form) and the English page.
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/session";

const row = (page: Page, name: string) => page.getByTestId("team-row").filter({ has: page.getByRole("link", { name, exact: true }) });

test("HR sees the cross-team correlation with its teams, the scatter, the trend and the lags", async ({ page }) => {
  await signIn(page, "rh@demo.symetrie.fr");
  const card = page.getByTestId("correlation-card");
  await expect(card.getByRole("heading", { name: "Lien entre eNPS et NPS entre équipes" })).toBeVisible();
  // A coefficient, not a hard-coded value: the demo's r moves with its generator.
  await expect(card.getByTestId("pearson-r")).toHaveText(/^[+−-]?\d,\d{2}$/);
  await expect(card).toContainText(/IC 95 % \[.+\] · p/);
  await expect(card).toContainText("ρ de Spearman");
  const teams = Number((await card.getByText(/\d+ équipes utilisées/).textContent())?.match(/\d+/)?.[0]);
  expect(teams).toBeGreaterThanOrEqual(5);
  await expect(card).toContainText("Une corrélation ne prouve pas une causalité.");
  await expect(page.getByRole("img", { name: /Nuage de points/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /Courbes mensuelles/ })).toBeVisible();
  await expect(page.getByText("L'eNPS d'aujourd'hui annonce-t-il le NPS de demain ?", { exact: true })).toBeVisible();
  await expect(page.getByRole("img", { name: /r de Pearson selon le décalage/ })).toBeVisible();
  // The lag chart's table: lags 0 to 3 months, each with a coefficient, its interval and enough team × month pairs.
  const lag = page.locator("figure").filter({ hasText: "L'eNPS d'aujourd'hui annonce-t-il le NPS de demain ?" });
  await lag.getByText("Afficher les données en tableau").click();
  const lagRows = lag.getByRole("table").locator("tbody tr");
  await expect(lagRows).toHaveCount(4);
  for (let k = 0; k < 4; k++) {
    const cells = lagRows.nth(k);
    await expect(cells.getByRole("rowheader")).toHaveText(`${k} mois`);
    await expect(cells.locator("td").nth(0)).toHaveText(/^[+−-]?\d,\d{2} · IC 95 % \[.+\] · p/);
    expect(Number(await cells.locator("td").nth(2).innerText())).toBeGreaterThanOrEqual(5);
  }
  // The table alternative of the scatter lists exactly the teams used.
  const scatter = page.locator("figure").filter({ hasText: "eNPS et NPS par équipe" });
  await scatter.getByText("Afficher les données en tableau").click();
  await expect(scatter.getByRole("table").locator("tbody tr")).toHaveCount(teams);
  await expect(scatter.getByRole("table")).not.toContainText("Réseaux sociaux");
});

test("the dashboard and the team page say which months are published and when the running one will be", async ({ page }) => {
  // Worked out here from the Paris calendar, apart from the app's own release calendar.
  const [year, month] = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit" })
    .format(new Date())
    .split("-")
    .map(Number) as [number, number];
  const monthName = (offset: number) =>
    new Intl.DateTimeFormat("fr-FR", { month: "long", year: "numeric", timeZone: "UTC" }).format(
      new Date(Date.UTC(year, month - 1 + offset, 1)),
    );
  const expected = `Résultats collaborateurs publiés jusqu'à ${monthName(-1)} inclus. Les réponses de ${monthName(0)} restent scellées jusqu'à la fin du mois : publication le 1 ${monthName(1)}.`;
  await signIn(page, "rh@demo.symetrie.fr");
  await expect(page.getByTestId("release-note")).toHaveText(expected);
  await row(page, "Conseil Lyon A").getByRole("link", { name: "Conseil Lyon A", exact: true }).click();
  await expect(page.getByTestId("release-note")).toHaveText(expected);
});

test("a manager sees only their subtree, and the small team stays suppressed for ADMIN too", async ({ page }) => {
  await signIn(page, "manager@demo.symetrie.fr");
  await expect(page.getByTestId("team-row")).toHaveCount(4);
  for (const name of ["Centre de relation client Lyon", "Conseil Lyon A", "Conseil Lyon B", "Réclamations"])
    await expect(row(page, name)).toHaveCount(1);
  await expect(page.getByRole("option", { name: /Paris Opéra/ })).toHaveCount(0);
  // Four leaf teams are fewer than five: no coefficient, an explanation instead.
  await expect(page.getByTestId("correlation-card")).toContainText("Pas assez d'équipes pour calculer une corrélation");
  await page.context().clearCookies();
  await signIn(page, "admin@demo.symetrie.fr");
  await expect(row(page, "Réseaux sociaux")).toContainText("Masqué pour l'anonymat (moins de 5 personnes ici ou dans une équipe proche)");
  await expect(row(page, "Conseil Lyon A")).toContainText(/réponses · IC 95 % \[/);
});

test("the filter form puts the period and team in the URL and changes the figures", async ({ page }) => {
  await signIn(page, "rh@demo.symetrie.fr");
  const before = await row(page, "Conseil Lyon A").textContent();
  const filters = page.getByRole("search", { name: "Filtres" });
  await filters.getByLabel("Du mois").fill("2026-09");
  await filters.getByLabel("Au mois").fill("2026-10");
  await filters.getByRole("button", { name: "Appliquer" }).click();
  await expect(page).toHaveURL(/\/fr\/dashboard\?from=2026-09&to=2026-10&team=&channel=&mot=$/);
  await expect(row(page, "Conseil Lyon A")).toContainText(/réponses · IC 95 % \[/);
  expect(await row(page, "Conseil Lyon A").textContent()).not.toBe(before);
  // The trend keeps only the chosen months.
  const trend = page.locator("figure").filter({ hasText: "Évolution mensuelle" });
  await trend.getByText("Afficher les données en tableau").click();
  await expect(trend.getByRole("table").locator("tbody tr")).toHaveCount(2);
  // Links to team pages carry the period.
  await expect(row(page, "Conseil Lyon A").getByRole("link")).toHaveAttribute("href", /\?from=2026-09&to=2026-10$/);

  await filters.getByLabel("Équipe (avec ses sous-équipes)").selectOption({ label: "Magasins" });
  await filters.getByRole("button", { name: "Appliquer" }).click();
  await expect(page).toHaveURL(/team=[0-9a-f-]{36}&channel=&mot=$/);
  await expect(row(page, "Paris Opéra")).toHaveCount(1);
  await expect(row(page, "Conseil Lyon A")).toHaveCount(0);
  await page.getByRole("link", { name: "Effacer les filtres" }).click();
  await expect(page).toHaveURL(/\/fr\/dashboard$/);
  await expect(row(page, "Conseil Lyon A")).toHaveCount(1);
});

test("choosing a channel puts it in the URL, changes the customer side only and travels to team pages", async ({ page }) => {
  await signIn(page, "rh@demo.symetrie.fr");
  const cells = async () => row(page, "Conseil Lyon A").locator("td").allInnerTexts();
  const [npsBefore, enpsBefore] = await cells();
  const filters = page.getByRole("search", { name: "Filtres" });
  await expect(filters).toContainText("ne filtrent que les réponses clients");
  await filters.getByLabel("Canal").selectOption({ label: "Chat" });
  await filters.getByRole("button", { name: "Appliquer" }).click();
  await expect(page).toHaveURL(/\/fr\/dashboard\?from=&to=&team=&channel=CHAT&mot=$/);
  await expect(filters.getByLabel("Canal")).toHaveValue("CHAT");
  const [npsChat, enpsChat] = await cells();
  expect(npsChat).toMatch(/réponses · IC 95 % \[/);
  expect(npsChat).not.toBe(npsBefore);
  // Employees do not answer by channel: their side is the same.
  expect(enpsChat).toBe(enpsBefore);
  // A store team takes no chat: it says there is no customer answer rather than a number.
  await expect(row(page, "Paris Opéra").locator("td").first()).toHaveText("Aucune réponse client sur la période");
  await expect(row(page, "Conseil Lyon A").getByRole("link")).toHaveAttribute("href", /\?channel=CHAT$/);

  await filters.getByLabel("Moment de vérité").selectOption({ label: "Réclamation" });
  await filters.getByRole("button", { name: "Appliquer" }).click();
  await expect(page).toHaveURL(/channel=CHAT&mot=[0-9a-f-]{36}$/);
  await expect(row(page, "Conseil Lyon A").getByRole("link")).toHaveAttribute("href", /\?channel=CHAT&mot=[0-9a-f-]{36}$/);
  expect((await cells())[0]).not.toBe(npsChat);
});

test("a garbage channel is ignored and an unknown moment of truth is removed with a message, not a 404", async ({ page }) => {
  await signIn(page, "rh@demo.symetrie.fr");
  const garbage = await page.goto("/fr/dashboard?channel=FAX&mot=reclamation");
  expect(garbage?.status()).toBe(200);
  await expect(page.getByRole("search", { name: "Filtres" }).getByLabel("Canal")).toHaveValue("");
  await expect(page.getByTestId("unknown-moment")).toHaveCount(0);
  const unknown = await page.goto("/fr/dashboard?channel=PHONE&mot=00000000-0000-4000-8000-000000000000");
  expect(unknown?.status()).toBe(200);
  await expect(page.getByTestId("unknown-moment")).toHaveText(
    "Le moment de vérité demandé n'existe pas ou n'est plus proposé : ce filtre a été retiré.",
  );
  await expect(page.getByRole("search", { name: "Filtres" }).getByLabel("Canal")).toHaveValue("PHONE");
  await expect(row(page, "Conseil Lyon A")).toContainText(/réponses · IC 95 % \[/);
  await expect(page.getByRole("link", { name: "Exporter (CSV)" })).toHaveAttribute("href", "/fr/dashboard/export.csv?channel=PHONE");
});

test("a team outside the manager's scope in the URL is not found", async ({ page }) => {
  await signIn(page, "rh@demo.symetrie.fr");
  const href = await row(page, "Paris Opéra").getByRole("link").getAttribute("href");
  const teamId = href?.match(/teams\/([0-9a-f-]{36})/)?.[1];
  await page.context().clearCookies();
  await signIn(page, "manager@demo.symetrie.fr");
  const response = await page.goto(`/fr/dashboard?team=${teamId}`);
  expect(response?.status()).toBe(404);
});

test("the English dashboard is complete", async ({ page }) => {
  await signIn(page, "rh@demo.symetrie.fr");
  await page.goto("/en/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "Mirrored dashboard" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Customer NPS" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Link between eNPS and NPS across teams" })).toBeVisible();
  await expect(page.getByTestId("correlation-card")).toContainText(/\d+ teams used/);
  await expect(page.getByTestId("correlation-card")).toContainText("Correlation does not prove causation.");
  for (const text of ["eNPS and NPS per team", "Monthly trend", "Does today's eNPS foretell tomorrow's NPS?"])
    await expect(page.getByText(text, { exact: true })).toBeVisible();
  await expect(page.getByRole("search", { name: "Filters" }).getByLabel("From month")).toBeVisible();
  await expect(row(page, "Réseaux sociaux")).toContainText("Hidden for anonymity (fewer than 5 people here or in a nearby team)");
  const main = page.locator("main");
  for (const french of ["réponses", "IC 95", "équipes", "Masqué", "Afficher"]) await expect(main).not.toContainText(french);
});
