// Issue 13's "Done when", in Chromium, on an organisation created by the CLI with the default
// catalogue: its admin adapts the instrument to a field-service company (a customer item's wording,
// a new irritant pair, a new customer moment, the name used in the questions); an integrator builds
// a contact from GET /api/v1/catalogue alone; the customer's survey asks the adapted catalogue, and
// the team page's butterfly and irritant pairs follow it; a new pulse's preview asks the employee side.
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test, type Page } from "@playwright/test";
import { createKey, query } from "./support/api-keys";
import { signIn } from "./support/session";

const ROOT = path.join(__dirname, "..", "..");
const run = promisify(execFile);

async function createOrganisation(name: string, slug: string, admin: string): Promise<string> {
  const cli = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");
  const args = [cli, "--tsconfig", "tsconfig.node.json", "scripts/org.ts", "create", "--name", name, "--slug", slug];
  const { stdout } = await run(process.execPath, [...args, "--admin-email", admin, "--admin-name", "Inès Roux"], { cwd: ROOT });
  return new URL(stdout.trim()).pathname;
}

async function choosePassword(page: Page, setupPath: string, email: string, password: string) {
  await page.goto(setupPath);
  await page.getByLabel("Nouveau mot de passe").fill(password);
  await page.getByLabel("Confirmez le mot de passe").fill(password);
  await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  await expect(page).toHaveURL(/\/fr\/sign-in\?notice=password-saved$/);
  await signIn(page, email, password);
}

interface Catalogue {
  channels: Array<{ key: string; labelFr: string }>;
  customer: { momentsOfTruth: Array<{ key: string; labelFr: string }>; irritants: Array<{ key: string; labelFr: string }> };
  itemPairs: Array<{ dimension: string; customer: { textFr: string } }>;
}

test("a field-service company adapts the instrument; contacts, surveys, the dashboard and pulses follow", async ({ page, request }) => {
  test.setTimeout(240_000);
  const tag = randomUUID().slice(0, 8);
  const slug = `depannage-${tag}`;
  const admin = `ines.roux@${slug}.test`;

  await test.step("the admin creates the organisation and a technicians' team", async () => {
    const setup = await createOrganisation(`Dépannage du Rhône ${tag}`, slug, admin);
    const [org] = await query<{ id: string }>(`SELECT id::text FROM "Organisation" WHERE slug = $1`, [slug]);
    const team = randomUUID();
    await query(
      `INSERT INTO "Team" (id, "organisationId", name, kind, path, depth, "externalId") VALUES ($1, $2, 'Techniciens Lyon Nord', 'TEAM', $3, 0, 'T-LYON-NORD')`,
      [team, org!.id, `/${team}/`],
    );
    await choosePassword(page, setup, admin, "la clé de douze est dans le camion");
  });

  await test.step("the admin adapts the catalogue and the wording in the browser", async () => {
    await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Catalogue" }).click();
    await expect(page).toHaveURL(/\/fr\/catalogue$/);
    const listening = page.getByTestId("item-pair").filter({ hasText: "ecoute" }).getByTestId("customer-side");
    await listening.getByLabel(/Français/).fill("Le technicien a pris le temps de m'écouter");
    await listening.getByRole("button").click();
    await expect(page.getByTestId("catalogue-notice")).toHaveText("Libellés enregistrés.");

    const tabs = page.getByRole("navigation", { name: "Parties du catalogue" });
    await tabs.getByRole("link", { name: "Irritants" }).click();
    const add = page.getByRole("region", { name: "Ajouter une paire d'irritants" });
    await add.getByLabel("Clé côté client").fill("retard_technicien");
    await add.getByLabel("Irritant client, en français").fill("Le technicien est arrivé en retard");
    await add.getByLabel("Irritant client, en anglais").fill("The technician arrived late");
    await add.getByLabel("Clé côté collaborateur").fill("tournee_irrealiste");
    await add.getByLabel("Irritant collaborateur miroir, en français").fill("Une tournée impossible à tenir");
    await add.getByLabel("Irritant collaborateur miroir, en anglais").fill("A round that cannot be kept");
    await add.getByRole("button", { name: "Ajouter la paire" }).click();
    await expect(page.getByTestId("catalogue-notice")).toContainText("Paire ajoutée");

    await tabs.getByRole("link", { name: "Moments de vérité" }).click();
    const moments = page.getByRole("region", { name: "Moments de vérité client" });
    await moments.getByLabel("Clé").fill("intervention_site");
    await moments.getByLabel("Libellé en français").fill("Intervention sur site");
    await moments.getByLabel("Libellé en anglais").fill("On-site intervention");
    await moments.getByRole("button", { name: "Ajouter" }).click();
    await expect(page.getByTestId("moments-notice")).toHaveText("Moment ajouté.");

    await tabs.getByRole("link", { name: "Textes et e-mails" }).click();
    const wording = page.getByTestId("wording-fr-CUSTOMER");
    await wording.getByLabel("Nom utilisé dans les questions").fill("votre dépanneur du Rhône");
    await wording.getByRole("button", { name: "Enregistrer les textes" }).click();
    await expect(wording.getByRole("status")).toHaveText("Enregistré.");
  });

  let surveyUrl = "";
  await test.step("an integrator builds a contact from GET /api/v1/catalogue alone", async () => {
    const { key } = createKey(`e2e field service ${tag}`, slug, "catalogue:read,contacts:write");
    const headers = { authorization: `Bearer ${key}` };
    const catalogue = (await (await request.get("/api/v1/catalogue", { headers })).json()) as Catalogue;
    const moment = catalogue.customer.momentsOfTruth.find((m) => m.labelFr === "Intervention sur site");
    const channel = catalogue.channels.find((c) => c.key === "field");
    expect(moment?.key).toBe("intervention_site");
    expect(catalogue.customer.irritants.map((i) => i.key)).toContain("retard_technicien");
    expect(catalogue.itemPairs.find((p) => p.dimension === "ecoute")?.customer.textFr).toBe("Le technicien a pris le temps de m'écouter");
    const created = await request.post("/api/v1/contacts", {
      headers,
      data: { teamExternalId: "T-LYON-NORD", channel: channel!.key, momentOfTruth: moment!.key, locale: "fr" },
    });
    expect(created.status()).toBe(201);
    surveyUrl = ((await created.json()) as { url: string }).url;
  });

  await test.step("the customer's survey asks the adapted catalogue", async () => {
    await page.goto(new URL(surveyUrl).pathname);
    await expect(
      page.getByRole("group", { name: /Quelle est la probabilité que vous recommandiez votre dépanneur du Rhône/ }),
    ).toBeVisible();
    await page.getByRole("radio", { name: "4", exact: true }).check();
    await expect(page.getByText("Le technicien a pris le temps de m'écouter")).toBeVisible();
    await page.getByLabel("Le technicien est arrivé en retard").check();
    await page.getByRole("button", { name: "Envoyer mon avis" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("button", { name: "Envoyer mon avis" })).toHaveCount(0);
  });

  await test.step("the team page's irritant pairs and butterfly follow the catalogue", async () => {
    await page.goto("/fr/dashboard");
    await page.getByTestId("team-row").getByRole("link", { name: "Techniciens Lyon Nord", exact: true }).click();
    const irritants = page.getByRole("table", { name: "Côté clients" });
    const late = irritants.locator("tbody tr").filter({ hasText: "Le technicien est arrivé en retard" });
    await expect(late).toContainText("Une tournée impossible à tenir");
    await expect(page.getByTestId("butterfly-table").getByRole("rowheader", { name: "Écoute" })).toBeVisible();
  });

  await test.step("a new pulse's preview asks the employee side of the catalogue", async () => {
    await page.goto("/fr/pulses/manage");
    await page.getByLabel(/^Nom$/).fill(`Baromètre terrain ${tag}`);
    await page.getByRole("button", { name: "Créer le baromètre" }).click();
    await expect(page.getByTestId("pulse-notice")).toContainText("Baromètre créé");
    await page.getByRole("link", { name: "Aperçu" }).click();
    await expect(page.getByLabel("Une tournée impossible à tenir")).toBeVisible();
  });
});
