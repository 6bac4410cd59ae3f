// Survey wording and email templates through the browser (issue 13 §2), on an organisation of
// the spec's own (the demo stays as it is): an ADMIN names the organisation in the questions and
// writes a thank-you, and the respondent page uses them; a template is previewed live, markup is
// refused beside the field with nothing stored, then a plain template is saved.
import { expect, test } from "@playwright/test";
import { signIn } from "./support/session";
import { createSettingsOrg } from "./support/settings-org";
import { withClient } from "./survey-support";

// Sign-in, two pages and several saves: more than the default budget on a busy 2-core machine.
test.beforeEach(() => test.slow());

test("ADMIN words the customer survey; the respondent page uses the name, introduction and thank-you", async ({ page }) => {
  const org = await createSettingsOrg();
  await signIn(page, org.admin);
  await page.goto("/fr/settings");
  await page.getByRole("link", { name: "Textes et e-mails" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Textes et e-mails" })).toBeVisible();

  const form = page.getByTestId("wording-fr-CUSTOMER");
  await form.getByLabel("Nom utilisé dans les questions").fill("l'Atelier du Nord");
  await form.getByLabel("Introduction").fill("Votre avis compte <vraiment>.");
  await form.getByLabel("Texte de remerciement").fill("Merci, toute l'équipe vous lit.");
  await form.getByRole("button", { name: "Enregistrer les textes" }).click();
  await expect(form.getByRole("status")).toHaveText("Enregistré.");

  await page.goto(await org.newLink());
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Votre avis sur l'Atelier du Nord");
  await expect(page.getByRole("group", { name: /Quelle est la probabilité que vous recommandiez l'Atelier du Nord/ })).toBeVisible();
  await expect(page.getByTestId("survey-intro")).toHaveText("Votre avis compte <vraiment>.");
  await page.getByRole("radio", { name: "9", exact: true }).check();
  await page.getByRole("button", { name: "Envoyer mon avis" }).click();
  await expect(page.getByText("Merci, toute l'équipe vous lit.")).toBeVisible();
});

test("a template is previewed live; markup is refused and nothing stored; a plain one is saved", async ({ page }) => {
  const org = await createSettingsOrg();
  await signIn(page, org.admin);
  await page.goto("/fr/settings/wording");
  const form = page.getByTestId("template-fr-SURVEY_LINK");
  await form.getByLabel("Objet").fill("{{organisation}} veut votre avis");
  await form.getByLabel("Texte").fill("Bonjour,\n\nRépondez avant le {{closesOn}} : <b>merci</b>");
  const preview = form.getByTestId("template-preview");
  await expect(preview.getByTestId("preview-subject")).toHaveText(`Objet : ${org.name} veut votre avis`);
  await expect(form.getByText("Pas de balises ni de code : « <b>merci</b> » n'est pas accepté.")).toBeVisible();
  await form.getByRole("button", { name: "Enregistrer le modèle" }).click();
  await expect(form.getByRole("alert")).toBeVisible();
  const stored = () =>
    withClient(
      async (client) =>
        (await client.query(`SELECT subject, body FROM "EmailTemplate" WHERE "organisationId" = $1`, [org.organisationId])).rows,
    );
  expect(await stored()).toEqual([]);

  await form.getByLabel("Texte").fill("Bonjour,\n\nRépondez avant le {{closesOn}}, merci !");
  await expect(preview.getByTestId("preview-body")).toContainText("Répondez avant le 15 mars 2027, merci !");
  await form.getByRole("button", { name: "Enregistrer le modèle" }).click();
  await expect(form.getByRole("status")).toHaveText("Enregistré.");
  expect(await stored()).toEqual([
    { subject: "{{organisation}} veut votre avis", body: "Bonjour,\n\nRépondez avant le {{closesOn}}, merci !" },
  ]);
});
