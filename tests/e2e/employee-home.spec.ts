// An employee lands on their home, not on the statistics dashboard (issue 19 §5): the pulses
// they can answer and the published eNPS of their team and organisation, month by month; with
// nothing published yet, an empty state saying when the next month is published. Each test
// uses an organisation of its own (history imported through the API), never the demo's figures.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { formatDate } from "@/lib/i18n/format";
import { releaseCalendar, shiftMonth } from "@/lib/surveys/release-calendar";
import { createKey, query } from "./support/api-keys";
import { expectAccessible } from "./support/axe";
import { createPulseOrg, type PulseOrg } from "./support/pulse-org";
import { DEMO_PASSWORD } from "./support/session";

const labels = {
  fr: { email: "Adresse e-mail", password: "Mot de passe", submit: "Se connecter" },
  en: { email: "Email address", password: "Password", submit: "Sign in" },
};

async function signInAs(page: Page, email: string, locale: "fr" | "en" = "fr") {
  await page.goto(`/${locale}/sign-in`);
  await page.getByLabel(labels[locale].email).fill(email);
  await page.getByLabel(labels[locale].password).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: labels[locale].submit }).click();
}

// The last released month and the one before, whenever the test runs.
const last = releaseCalendar().lastReleasedMonth;
const before = shiftMonth(last, -1);
const month = (locale: "fr" | "en", m: string) => formatDate(locale, `${m}-01`, "month");

interface World {
  org: PulseOrg;
  pulseName: string;
  pulseId: string;
}

/** Team A's six answers in each of the two last released months (+33 then +83, imported through the API), and an open pulse. */
async function organisationWithResults(api: APIRequestContext): Promise<World> {
  const org = await createPulseOrg();
  const [row] = await query<{ slug: string }>(`SELECT slug FROM "Organisation" WHERE id = $1`, [org.organisationId]);
  const slug = row!.slug;
  await query(`UPDATE "Team" SET "externalId" = 'HOME-A' WHERE id = $1`, [org.teams.a]);
  const { key } = createKey(`home ${slug}`, slug, "history:import");
  const answers = (period: string, scores: number[]) =>
    scores.map((score) => ({ side: "employee", teamExternalId: "HOME-A", period, score }));
  const rows = [...answers(before, [10, 10, 9, 8, 7, 3]), ...answers(last, [10, 10, 10, 9, 9, 8])];
  const imported = await api.post("/api/v1/import/responses", { headers: { authorization: `Bearer ${key}` }, data: { rows } });
  expect(imported.status()).toBe(201);
  const pulseName = `Baromètre maison ${slug}`;
  const [pulse] = await query<{ id: string }>(
    `INSERT INTO "Pulse" (id, "organisationId", "seriesId", name, "opensAt", "closesAt", "launchedAt")
     VALUES (gen_random_uuid(), $1, gen_random_uuid(), $2, now() - interval '1 day', now() + interval '7 days', now() - interval '1 day') RETURNING id::text`,
    [org.organisationId, pulseName],
  );
  await query(`INSERT INTO "PulseTeam" ("organisationId", "pulseId", "teamId") VALUES ($1, $2, $3)`, [
    org.organisationId,
    pulse!.id,
    org.teams.a,
  ]);
  return { org, pulseName, pulseId: pulse!.id };
}

test.describe("with published results", () => {
  let world: World;

  test.beforeAll(async ({ playwright, baseURL }) => {
    const api = await playwright.request.newContext({ baseURL });
    world = await organisationWithResults(api);
    await api.dispose();
  });

  test("an employee signs in on their pulses and their team's published eNPS, not the dashboard", async ({ page }) => {
    await signInAs(page, world.org.teamA[0]!);
    await expect(page).toHaveURL(/\/fr\/home$/);
    await expect(page.getByRole("heading", { level: 1, name: "Accueil" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Tableau de bord miroir" })).toHaveCount(0);
    const pulse = page.getByTestId("home-pulse").filter({ hasText: world.pulseName });
    await expect(pulse.getByRole("link", { name: `Répondre – ${world.pulseName}` })).toHaveAttribute("href", `/fr/p/${world.pulseId}`);
    const team = page.getByTestId("home-team");
    await expect(team).toContainText(`Mon équipe : Équipe A`);
    await expect(team).toContainText(month("fr", last));
    await expect(team).toContainText("+83");
    await expect(team).toContainText(`+50 depuis ${month("fr", before)}`);
    await expect(page.getByTestId("home-organisation")).toContainText("+83");
    const trend = page.getByTestId("home-trend");
    await expect(trend.getByRole("row")).toHaveCount(3); // header + two released months
    await expect(trend.getByRole("row", { name: new RegExp(month("fr", before)) })).toContainText("+33 (n = 6)");
    await expect(page.getByTestId("release-note")).toBeVisible();
    // The logo and the root of the site lead back here.
    await page.goto("/fr");
    await expect(page).toHaveURL(/\/fr\/home$/);
    await expectAccessible(page, "employee home (fr, desktop)");
  });

  test.describe("on a 390 px phone", () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test("the same home in English, fitting the screen", async ({ page }) => {
      await signInAs(page, world.org.teamA[1]!, "en");
      await expect(page).toHaveURL(/\/en\/home$/);
      await expect(page.getByRole("heading", { level: 1, name: "Home" })).toBeVisible();
      await expect(page.getByRole("link", { name: `Answer – ${world.pulseName}` })).toBeVisible();
      await expect(page.getByTestId("home-team")).toContainText(`+50 since ${month("en", before)}`);
      await expect(page.getByTestId("home-organisation")).toContainText("+83");
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await expectAccessible(page, "employee home (en, phone)");
    });
  });
});

test("with nothing published yet: empty states that say when the next month is published; HR keeps the dashboard", async ({ page }) => {
  const org = await createPulseOrg();
  await signInAs(page, org.teamA[0]!);
  await expect(page).toHaveURL(/\/fr\/home$/);
  await expect(page.getByText("Aucun baromètre à remplir pour l'instant.")).toBeVisible();
  const calendar = releaseCalendar();
  await expect(page.getByText("Aucun résultat collaborateur publié pour l'instant.")).toBeVisible();
  await expect(page.getByRole("main")).toContainText(
    `Les réponses de ${month("fr", calendar.openMonth)} seront publiées le ${formatDate("fr", calendar.publishedOn)}`,
  );
  await expectAccessible(page, "employee home, empty");
  await page.context().clearCookies();
  await signInAs(page, org.hr);
  await expect(page).toHaveURL(/\/fr\/dashboard$/);
  expect((await page.goto("/fr/home"))?.url()).toMatch(/\/fr\/dashboard$/);
});
