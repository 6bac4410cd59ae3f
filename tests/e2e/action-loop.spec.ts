// Issue 14's "done when", in Chromium on the demo: the manager of the Lyon service turns the top
// irritant pair of Conseil Lyon A into an action owned by someone of another department (the
// after-sales workshop serving the front line) with a budget, works it to done and publishes it;
// the team's employee sees it on their home page; the irritant pair is marked eliminated; and the
// before/after panel compares the months around it. The demo's data stops in November 2026, so the
// action's done date is set back to mid-July 2026 in the database ("four months later"): the panel
// then reads three months before and three after, as it will for a real action. What the spec wrote
// is deleted afterwards: the demo stays as seeded.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { query } from "./support/api-keys";
import { signIn } from "./support/session";

const tag = randomUUID().slice(0, 8);
const title = `Boucle e2e ${tag}`;

const demoTeam = async (externalId: string) =>
  (
    await query<{ id: string }>(
      `SELECT t.id::text FROM "Team" t JOIN "Organisation" o ON o.id = t."organisationId" WHERE o.slug = 'demo' AND t."externalId" = $1`,
      [externalId],
    )
  )[0]!.id;

let teamId = "";

test.afterAll(async () => {
  const actions = await query<{ id: string }>(`SELECT id::text FROM "Action" WHERE title = $1`, [title]);
  const ids = actions.map((a) => a.id);
  await query(
    `DELETE FROM "TeamIrritant" WHERE "teamId" = $1::uuid AND "irritantId" IN (SELECT "irritantId" FROM "ActionIrritant" WHERE "actionId" = ANY($2::uuid[]))`,
    [teamId, ids],
  );
  await query(`DELETE FROM "Action" WHERE id = ANY($1::uuid[])`, [ids]);
});

test("the action loop: an irritant pair becomes a budgeted action, published, eliminated, measured before and after", async ({ page }) => {
  test.setTimeout(180_000);
  teamId = await demoTeam("T-REL-01");
  const [owner] = await query<{ id: string; name: string }>(
    `SELECT m.id::text, u.name FROM "Membership" m JOIN "User" u ON u.id = m."userId"
      WHERE m."teamId" = $1 AND m.active AND m.role = 'EMPLOYEE' ORDER BY m.id LIMIT 1`,
    [await demoTeam("T-LIV-03")],
  );
  let actionPath = "";

  await test.step("the manager opens the top irritant pair of their team as a new action", async () => {
    await signIn(page, "manager@demo.symetrie.fr");
    await page.goto(`/fr/teams/${teamId}`);
    await page.getByTestId("irritant-action-link").first().click();
    await expect(page).toHaveURL(/\/fr\/actions\/new\?origin=IRRITANT&team=[^&]+&irritant=[^&]+&irritant=/);
    await page.getByLabel("Titre").fill(title);
    await page.getByLabel("Responsable", { exact: true }).selectOption(owner!.id);
    await page.getByLabel("Budget prévu (en euros)").fill("2000");
    await page.getByLabel("Échéance").fill("2099-06-30");
    await page.getByRole("button", { name: "Créer l'action" }).click();
    await expect(page).toHaveURL(/\/fr\/actions\/[0-9a-f-]{36}\?notice=created$/);
    actionPath = new URL(page.url()).pathname;
    await expect(page.getByText(owner!.name).first()).toBeVisible();
  });

  await test.step("worked to done and published to the employees", async () => {
    for (const [button, status] of [
      ["Planifier", "Planifiée"],
      ["Démarrer", "En cours"],
      ["Terminer", "Terminée"],
    ] as const) {
      await page.getByRole("button", { name: button, exact: true }).click();
      await expect(page.getByTestId("action-status").first()).toHaveText(status);
    }
    await page.getByLabel("Ce qui a été fait").fill("Les conseillers règlent les cas simples sans transfert.");
    await page.getByRole("button", { name: "Publier", exact: true }).click();
    await expect(page.getByTestId("action-published")).toContainText("Publiée le");
    // Done this month: too early to compare.
    await expect(page.getByTestId("before-after")).toContainText("il faut au moins un mois complet");
  });

  await test.step("the team's employee sees it on their home page", async () => {
    await page.context().clearCookies();
    await signIn(page, "employe@demo.symetrie.fr");
    const section = page.getByTestId("published-actions");
    await expect(section.getByRole("heading", { name: title })).toBeVisible();
    await expect(section).toContainText("Les conseillers règlent les cas simples sans transfert.");
  });

  await test.step("the irritant pair moves to eliminated on the team page", async () => {
    const [irritant] = await query<{ key: string }>(
      `SELECT i.key FROM "ActionIrritant" ai JOIN "Irritant" i ON i.id = ai."irritantId" JOIN "Action" a ON a.id = ai."actionId"
        WHERE a.title = $1 AND i.side = 'CUSTOMER'`,
      [title],
    );
    await page.context().clearCookies();
    await signIn(page, "manager@demo.symetrie.fr");
    await page.goto(`/fr/teams/${teamId}`);
    const row = page.getByTestId("irritant-states").locator(`tr[data-pair="${irritant!.key}"]`);
    await expect(row.getByTestId("irritant-state")).toHaveAttribute("data-state", "TREATED");
    await row.getByRole("button", { name: "Marquer éliminé" }).click();
    await expect(page.getByText("L'état de l'irritant est enregistré.")).toBeVisible();
    await expect(row.getByTestId("irritant-state")).toHaveText(/^Éliminé le /);
  });

  await test.step("four months later, the before/after panel compares the teams", async () => {
    await query(`UPDATE "Action" SET "doneAt" = '2026-07-15T10:00:00Z' WHERE title = $1`, [title]);
    await page.goto(actionPath);
    const panel = page.getByTestId("before-after");
    await expect(panel).toContainText("avant (avril 2026 – juin 2026) et après (août 2026 – octobre 2026)");
    const nps = panel.locator('tr[data-kind="nps"]');
    await expect(nps).toContainText(/-?\d+(,\d)? → -?\d+(,\d)?/);
    await expect(nps.getByTestId("before-after-reading")).toHaveText(/significative|Trop peu/);
    await expect(panel.locator('tr[data-kind="irritant"]')).toHaveCount(2);
  });
});
