// Bulk invitations on the people directory (issue 12 §5) in Chromium, on an organisation of its
// own: the confirmation counts the current filter's people not yet invited and names the per-click
// limit; this server has no SMTP, so sending is refused with nothing created (the mailing itself,
// over real SMTP, is tests/db/bulk-invitations.test.ts).
import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { createMember } from "./support/extra-member";
import { signIn } from "./support/session";
import { createSettingsOrg } from "./support/settings-org";

async function expectAccessible(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.help}`),
    `${what}: WCAG 2.1 AA violations`,
  ).toEqual([]);
}

test("the ADMIN sees how many people the filter would invite, and without mail nothing is created", async ({ page }) => {
  const org = await createSettingsOrg();
  const tag = randomUUID().slice(0, 8);
  for (const name of ["ana", "bob", "cyd"]) await createMember({ organisationId: org.organisationId, email: `${name}-${tag}@bulk.test` });
  await createMember({ organisationId: org.organisationId, email: `has-password-${tag}@bulk.test`, password: "un mot de passe correct" });
  await signIn(page, org.admin);

  await page.goto("/fr/organisation/people");
  await page.getByRole("link", { name: "Inviter toutes les personnes pas encore invitées…" }).click();
  const panel = page.getByRole("region", { name: "Inviter les personnes pas encore invitées" });
  await expect(panel.getByTestId("bulk-invite-count")).toHaveText(
    "3 personnes de ce filtre sont actives, sans mot de passe et sans invitation en cours.",
  );
  await expect(panel).toContainText("Au plus 1 000 invitations par envoi");
  await expectAccessible(page, "the confirmation");

  // The count follows the filter.
  await page.goto(`/fr/organisation/people?q=bob-${tag}`);
  await page.getByRole("link", { name: "Inviter toutes les personnes pas encore invitées…" }).click();
  await expect(panel.getByTestId("bulk-invite-count")).toHaveText(
    "1 personne de ce filtre est active, sans mot de passe et sans invitation en cours.",
  );
  await panel.getByRole("button", { name: "Envoyer 1 invitation" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "L'envoi d'e-mails" })).toHaveText(
    "L'envoi d'e-mails n'est pas configuré (SMTP_URL) : aucune invitation n'a été créée.",
  );
  await expect(page).toHaveURL(new RegExp(`q=bob-${tag}`));
  await expectAccessible(page, "the refusal");

  // Nothing was created: the same three are still to invite.
  await page.goto("/fr/organisation/people?invite=confirm");
  await expect(panel.getByTestId("bulk-invite-count")).toContainText("3 personnes");
  await expect(page.getByTestId("person-row").filter({ hasText: `ana-${tag}` })).toContainText("pas encore invitée");
});
