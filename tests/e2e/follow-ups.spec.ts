// Closed loop: a detractor's answer on the respondent page becomes a follow-up that the
// team's manager (and CX) sees and handles; outside the scope it does not exist.
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { demoLinks } from "./support/demo-restore";
import { signIn } from "./support/session";

// The demo links this spec answers are deleted afterwards: the demo keeps its figures (support/demo-restore.ts).
const links = demoLinks();
test.afterAll(() => links.restore());

async function detractorAnswer(page: Page, teamExternalId: string): Promise<string> {
  const comment = `Rappel e2e ${randomUUID().slice(0, 8)}`;
  const link = await links.create({ teamExternalId });
  await page.goto(link.path());
  await page.getByRole("radio", { name: "2", exact: true }).check();
  await page.getByLabel("Pourquoi ? (facultatif)").fill(comment);
  await page.getByRole("button", { name: "Envoyer mon avis" }).click();
  await expect(page.getByRole("heading", { name: "Merci !" })).toBeVisible();
  return comment;
}

const rowOf = (page: Page, comment: string) => page.getByTestId("follow-up-row").filter({ hasText: comment });

test("a manager calls back a detractor from the follow-up page and closes it with a note", async ({ page }) => {
  test.slow(); // an answer, a sign-in and six posts of the follow-up page: 31 s on a loaded machine
  const comment = await detractorAnswer(page, "T-REL-01");
  await signIn(page, "manager@demo.symetrie.fr");
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Clients à rappeler" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Clients à rappeler" })).toBeVisible();
  const row = rowOf(page, comment);
  await expect(row).toContainText("Conseil Lyon A");
  await expect(row).toContainText("À traiter");
  await row.getByTestId("follow-up-open").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Conseil Lyon A");
  await expect(page.getByTestId("follow-up-score")).toHaveText("2");
  await expect(page.getByText(comment)).toBeVisible();
  // The address is masked, and a manager who is not the assignee cannot reveal it.
  await expect(page.getByTestId("follow-up-email")).toHaveText(/^c\*+@example\.com$/);
  await expect(page.getByRole("button", { name: "Révéler l'adresse" })).toHaveCount(0);
  // Assigned to themselves (the default choice), they may: the number to call back appears.
  await page.getByRole("button", { name: "Attribuer" }).click();
  await expect(page.getByTestId("follow-up-saved")).toHaveText("C'est enregistré.");
  await expect(page.getByTestId("follow-up-assignee")).toHaveText("Karim Benali");
  await page.getByRole("button", { name: "Révéler l'adresse" }).click();
  await expect(page.getByTestId("follow-up-email")).toHaveText("client-e2e@example.com");
  // Closing needs a note: refused without one, kept with it.
  await page.getByRole("button", { name: "Clôturer le suivi" }).click();
  await expect(page.getByTestId("follow-up-field-error")).toHaveText("Écrivez une note : ce qui a été fait pour le client.");
  await page.getByLabel("Note de clôture").fill("Rappelé, geste accordé");
  await page.getByRole("button", { name: "Clôturer le suivi" }).click();
  await expect(page.getByTestId("follow-up-status")).toHaveText("Clôturé");
  const history = page.getByTestId("follow-up-history");
  await expect(history).toContainText("Adresse e-mail affichée");
  await expect(history).toContainText("Note : Rappelé, geste accordé");
  await page.goto("/fr/follow-ups");
  await expect(rowOf(page, comment)).toHaveCount(0);
});

test("a follow-up outside the manager's subtree is invisible to them, visible to CX", async ({ page }) => {
  const comment = await detractorAnswer(page, "T-MAG-01"); // Paris Opéra: not under Lyon
  await signIn(page, "manager@demo.symetrie.fr");
  await page.goto("/fr/follow-ups");
  await expect(page.getByRole("heading", { level: 1, name: "Clients à rappeler" })).toBeVisible();
  await expect(rowOf(page, comment)).toHaveCount(0);
  await page.context().clearCookies();
  await signIn(page, "cx@demo.symetrie.fr");
  await page.goto("/en/follow-ups");
  await expect(page.getByRole("heading", { level: 1, name: "Customers to call back" })).toBeVisible();
  await expect(rowOf(page, comment)).toContainText("Paris Opéra");
});

test("an employee has no follow-ups entry and gets 403 by URL", async ({ page }) => {
  await signIn(page, "employe@demo.symetrie.fr");
  await expect(
    page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Clients à rappeler" }),
  ).toHaveCount(0);
  const response = await page.goto("/fr/follow-ups");
  expect(response?.status()).toBe(403);
});
