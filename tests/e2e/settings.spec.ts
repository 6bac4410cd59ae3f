// Organisation settings through the browser, on an organisation of the spec's own: an ADMIN
// changes the brand colour and a respondent page wears it; an invalid k is explained beside
// the field and nothing is saved; the HR sync's moments of truth are ticked on and off; the webhook is saved, its secret shown once, and a test
// event reaches a real receiver signed with that secret; replacing the secret is confirmed first (FR and EN).
import { expect, test } from "@playwright/test";
import { verifySignature } from "@/lib/webhooks/sign";
import { startWebhookReceiver } from "../shared/webhook-receiver";
import { signIn } from "./support/session";
import { createSettingsOrg } from "./support/settings-org";
import { withClient } from "./survey-support";

test("ADMIN changes the brand colour; the preview shows its contrast and a respondent page wears it", async ({ page }) => {
  const org = await createSettingsOrg();
  await signIn(page, org.admin);
  await page.goto("/fr/settings");
  await expect(page.getByRole("heading", { level: 1, name: "Paramètres de l'organisation" })).toBeVisible();
  const colour = page.getByRole("textbox", { name: "Couleur de la marque" });
  await expect(colour).toHaveValue("#1d4ed8");

  await colour.fill("#ffd400"); // a yellow: white text fails AA, the page will write in black
  const preview = page.getByTestId("brand-preview");
  await expect(preview).toContainText(/Contraste du texte blanc sur cette couleur : 1,\d:1 insuffisant/);
  await expect(preview).toContainText("Les pages de réponse écriront en noir");
  await colour.fill("#0f766e");
  await expect(preview).toContainText("suffisant (WCAG AA demande 4,5:1)");
  await expect(preview).toContainText("Les pages de réponse écriront en blanc");

  await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Paramètres enregistrés." })).toBeVisible();
  expect((await org.read()).brandColor).toBe("#0f766e");

  await page.goto(await org.newLink());
  const band = page.locator("header.band");
  await expect(band).toHaveText(org.name);
  await expect(band).toHaveCSS("background-color", "rgb(15, 118, 110)");
  await expect(band).toHaveCSS("color", "rgb(255, 255, 255)");
});

test("an invalid k is explained beside the field and nothing is saved", async ({ page }) => {
  const org = await createSettingsOrg();
  await signIn(page, org.admin);
  await page.goto("/fr/settings");
  const k = page.getByRole("spinbutton", { name: "Taille minimale d'un groupe (anonymat)" });
  await k.fill("2");
  await page.getByRole("textbox", { name: "Nom", exact: true }).fill("Nouveau nom");
  await page.getByRole("button", { name: "Enregistrer", exact: true }).click();

  await expect(page.getByRole("alert").filter({ hasText: "Corrigez les champs signalés : rien n'a été enregistré." })).toBeVisible();
  await expect(k).toHaveAttribute("aria-invalid", "true");
  await expect(k).toHaveValue("2");
  await expect(k).toHaveAccessibleDescription(/Saisissez un nombre entier de 3 à 1 000\./);
  await expect(page.locator("#settings-min-group-size-error")).toHaveText("Saisissez un nombre entier de 3 à 1 000.");
  await expect(page.getByRole("textbox", { name: "Nom", exact: true })).toHaveValue("Nouveau nom"); // kept as typed, not saved
  expect(await org.read()).toMatchObject({ name: org.name, minGroupSize: 5 });
});

test("ADMIN ticks and unticks the HR sync's moments of truth, explained beside the box", async ({ page }) => {
  const org = await createSettingsOrg();
  await signIn(page, org.admin);
  await page.goto("/fr/settings");
  const box = page.getByRole("checkbox", { name: "La synchronisation RH crée les moments de vérité" });
  await expect(box).not.toBeChecked();
  await expect(box).toHaveAccessibleDescription(/changement d'équipe, réorganisation d'une équipe : chacun déclenche un pulse personnel/);
  const save = page.getByRole("button", { name: "Enregistrer", exact: true });
  await box.check();
  await save.click();
  await expect(page.getByRole("status").filter({ hasText: "Paramètres enregistrés." })).toBeVisible();
  expect((await org.read()).syncCreatesEvents).toBe(true);
  await page.reload();
  await expect(box).toBeChecked();
  await box.uncheck();
  await save.click();
  await expect(page.getByRole("status").filter({ hasText: "Paramètres enregistrés." })).toBeVisible();
  await expect(box).not.toBeChecked();
  expect((await org.read()).syncCreatesEvents).toBe(false);
});

test("the settings page is complete in English", async ({ page }) => {
  const org = await createSettingsOrg();
  await signIn(page, org.admin);
  await page.goto("/en/settings");
  await expect(page.getByRole("heading", { level: 1, name: "Organisation settings" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Save", exact: true })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "The HR sync creates moments of truth" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Detractor webhook" })).toBeVisible();
  await expect(page.getByText("No delivery yet.")).toBeVisible();
});

test("webhook: saved, secret shown once, a test event reaches the receiver signed with it", async ({ page }) => {
  const receiver = await startWebhookReceiver();
  const { received } = receiver;
  try {
    const org = await createSettingsOrg();
    await signIn(page, org.admin);
    await page.goto("/fr/settings");
    await expect(page.getByText("Aucun webhook n'est configuré.")).toBeVisible();
    await expect(page.getByText("Aucun envoi pour l'instant.")).toBeVisible();

    const url = page.getByRole("textbox", { name: "Adresse du webhook" });
    await url.fill("ftp://hooks.example.com/x");
    await page.getByRole("button", { name: "Enregistrer l'adresse" }).click();
    await expect(page.locator("#webhook-url-error")).toHaveText("L'adresse doit commencer par https://.");
    expect((await org.read()).webhookUrl).toBeNull();

    const target = receiver.url("/symetrie");
    await url.fill(target);
    await page.getByRole("button", { name: "Enregistrer l'adresse" }).click();
    const shown = page.getByTestId("new-webhook-secret");
    await expect(shown).toHaveText(/^[A-Za-z0-9_-]{43}$/);
    const secret = (await shown.textContent())!.trim();
    expect(await org.read()).toMatchObject({ webhookUrl: target, webhookSecret: secret });

    await page.reload(); // shown once: gone from a fresh page
    await expect(page.getByTestId("new-webhook-secret")).toHaveCount(0);
    expect(await page.content()).not.toContain(secret);
    await expect(page.getByText("Un secret est défini.", { exact: false })).toBeVisible();

    await page.getByRole("button", { name: "Envoyer un événement de test" }).click();
    await expect(page.getByText("Événement de test mis en file", { exact: false })).toBeVisible();
    await expect(page.getByTestId("webhook-delivery-row").filter({ hasText: "webhook.test" })).toHaveCount(1);
    // The server's own job runner delivers it (every few seconds).
    await expect.poll(() => received.length, { timeout: 20_000 }).toBe(1);
    expect(JSON.parse(received[0]!.body)).toMatchObject({ event: "webhook.test" });
    expect(verifySignature(secret, received[0]!.body, received[0]!.signature)).toBe(true);
    await expect(async () => {
      await page.reload();
      await expect(page.getByTestId("webhook-delivery-row").filter({ hasText: "webhook.test" })).toContainText("Livré", { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });

    // Replacing the secret breaks the receiver until updated: asked first, never one click.
    await expect(page.getByRole("button", { name: "Générer un nouveau secret", exact: true })).toHaveCount(0);
    const confirmRotate = page.getByRole("button", { name: "Oui, générer un nouveau secret" });
    await expect(confirmRotate).toBeHidden();
    await page.getByText("Générer un nouveau secret…").click();
    await expect(page.getByText("Remplacer le secret ? L'ancien cesse aussitôt de signer les envois", { exact: false })).toBeVisible();
    expect((await org.read()).webhookSecret).toBe(secret);
    await confirmRotate.click();
    await expect(shown).toHaveText(/^[A-Za-z0-9_-]{43}$/);
    const rotated = (await shown.textContent())!.trim();
    expect(rotated).not.toBe(secret);
    expect((await org.read()).webhookSecret).toBe(rotated);

    await page.goto("/en/settings");
    await expect(page.getByRole("button", { name: "Yes, generate a new secret" })).toBeHidden();
    await page.getByText("Generate a new secret…").click();
    await expect(page.getByText("Replace the secret? The old one stops signing deliveries at once", { exact: false })).toBeVisible();
    await expect(page.getByRole("button", { name: "Yes, generate a new secret" })).toBeVisible();
    expect((await org.read()).webhookSecret).toBe(rotated);
    await page.goto("/fr/settings");

    await page.getByText("Supprimer le webhook…").click();
    await page.getByRole("button", { name: "Oui, supprimer le webhook" }).click();
    await expect(page.getByText("Aucun webhook n'est configuré.")).toBeVisible();
    expect(await org.read()).toMatchObject({ webhookUrl: null, webhookSecret: null });
  } finally {
    await receiver.close();
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("replacing the webhook secret is confirmed first, and then works", async ({ page }) => {
    const org = await createSettingsOrg();
    const old = "a".repeat(43);
    await withClient((client) =>
      client.query(`UPDATE "Organisation" SET "webhookUrl" = 'https://hooks.example.com/symetrie', "webhookSecret" = $1 WHERE id = $2`, [
        old,
        org.organisationId,
      ]),
    );
    await signIn(page, org.admin);
    await page.goto("/fr/settings");
    const confirm = page.getByRole("button", { name: "Oui, générer un nouveau secret" });
    await expect(confirm).toBeHidden();
    await page.getByText("Générer un nouveau secret…").click();
    await confirm.click();
    const shown = page.getByTestId("new-webhook-secret");
    await expect(shown).toHaveText(/^[A-Za-z0-9_-]{43}$/);
    const secret = (await shown.textContent())!.trim();
    expect(secret).not.toBe(old);
    expect((await org.read()).webhookSecret).toBe(secret);
  });
});
