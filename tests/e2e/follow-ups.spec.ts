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

test("the manager takes on then closes a detractor follow-up of their team", async ({ page }) => {
  const comment = await detractorAnswer(page, "T-REL-01");
  await signIn(page, "manager@demo.symetrie.fr");
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Clients à rappeler" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Clients à rappeler" })).toBeVisible();
  const row = rowOf(page, comment);
  await expect(row).toContainText("Conseil Lyon A");
  await expect(row).toContainText("À traiter");
  await row.getByRole("button", { name: "Prendre en charge" }).click();
  await expect(page.getByTestId("follow-up-notice")).toHaveText("Le suivi a été mis à jour.");
  await expect(rowOf(page, comment)).toContainText("En cours");
  await rowOf(page, comment).getByRole("button", { name: "Clôturer" }).click();
  await expect(page.getByTestId("follow-up-notice")).toHaveText("Le suivi a été mis à jour.");
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
