// Irritants worked to elimination and "you said, we did" on the demo (issue 14 §2–3): the manager
// marks an irritant pair eliminated on their team's page and reopens it (the rows it wrote are
// removed afterwards: the demo stays as seeded); the demo employee's home lists the published
// action of their team, not another team's.
import { expect, test } from "@playwright/test";
import { query } from "./support/api-keys";
import { signIn } from "./support/session";

const TEAM = "T-REL-01";
const PAIR = "renvoi";

async function teamId(): Promise<string> {
  const [row] = await query<{ id: string }>(
    `SELECT t.id FROM "Team" t JOIN "Organisation" o ON o.id = t."organisationId" WHERE o.slug = 'demo' AND t."externalId" = $1`,
    [TEAM],
  );
  return row!.id;
}

async function forget(id: string) {
  await query(
    `DELETE FROM "TeamIrritant" ti USING "Irritant" i WHERE ti."irritantId" = i.id AND ti."teamId" = $1 AND (i.key = $2 OR i."mirrorId" IN (SELECT id FROM "Irritant" WHERE key = $2))`,
    [id, PAIR],
  );
}

test("a manager marks an irritant pair eliminated on their team's page, then reopens it", async ({ page }) => {
  const id = await teamId();
  await forget(id);
  try {
    await signIn(page, "manager@demo.symetrie.fr");
    await page.goto(`/fr/teams/${id}`);
    await expect(page.getByRole("heading", { name: "Irritants travaillés" })).toBeVisible();
    const row = page.getByTestId("irritant-states").locator(`tr[data-pair="${PAIR}"]`);
    await expect(row.getByTestId("irritant-state")).not.toHaveAttribute("data-state", "ELIMINATED");
    await expect(row).toContainText(/Clients : \d+ % \[\d+ % – \d+ %\] sur [\d\s\u202f]+ réponses/);
    await row.getByRole("textbox").fill("Réglé en atelier e2e");
    await row.getByRole("button", { name: "Marquer éliminé" }).click();
    await expect(page.getByText("L'état de l'irritant est enregistré.")).toBeVisible();
    await expect(row.getByTestId("irritant-state")).toHaveText(/^Éliminé le \d+ \S+ \d{4}$/);
    await expect(row).toContainText("Réglé en atelier e2e");
    await row.getByRole("button", { name: "Rouvrir" }).click();
    await expect(page.getByText("L'état de l'irritant est enregistré.")).toBeVisible();
    await expect(row.getByTestId("irritant-state")).not.toHaveAttribute("data-state", "ELIMINATED");
    await expect(row.getByRole("button", { name: "Marquer éliminé" })).toBeVisible();
  } finally {
    await forget(id);
  }
});

test("the employee's home lists their team's published action, not another team's", async ({ page }) => {
  await signIn(page, "employe@demo.symetrie.fr");
  const section = page.getByTestId("published-actions");
  await expect(section.getByRole("heading", { name: "Vous avez dit, nous avons fait" })).toBeVisible();
  await expect(section.getByRole("heading", { name: "Un poste conseiller unique avec tout l’historique client" })).toBeVisible();
  await expect(section).toContainText("Votre équipe · Publié le 20 septembre 2026");
  await expect(section).not.toContainText("Geste commercial");
  await expect(section).not.toContainText("Plannings du samedi");
});
