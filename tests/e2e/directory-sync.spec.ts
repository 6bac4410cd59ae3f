// The HR-system sync by CSV in Chromium (issue 12 §4), on an organisation of its own: HR opens the
// sync page from the people directory, previews a teams file and applies it, sees a people file's
// errors by line, previews and applies the corrected file, and finds the people in the directory
// in their teams. The same works as plain form posts without JavaScript; a file that is not UTF-8
// is refused with a clear message, in English too.
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { createMember } from "./support/extra-member";
import { DEMO_PASSWORD, signIn } from "./support/session";
import { createSettingsOrg } from "./support/settings-org";

const csv = (lines: string[], bom = true) => Buffer.from(`${bom ? "\uFEFF" : ""}${lines.join("\r\n")}\r\n`, "utf8");

/** A fresh organisation (its ADMIN and one team made in Symétrie) with an HR person signed in. */
async function signInAsNewHr(page: Page): Promise<void> {
  const org = await createSettingsOrg();
  const tag = randomUUID().slice(0, 8);
  const hr = `rh-${tag}@settings.test`;
  await createMember({ organisationId: org.organisationId, email: hr, role: "HR", password: DEMO_PASSWORD });
  await signIn(page, hr);
}

const section = (page: Page, name: RegExp) => page.getByRole("region", { name });

async function upload(page: Page, which: "équipes" | "personnes", name: string, buffer: Buffer) {
  const part = section(page, which === "équipes" ? /^1\./ : /^2\./);
  await part.getByLabel(`Fichier CSV des ${which}`).setInputFiles({ name, mimeType: "text/csv", buffer });
  await part.getByRole("button", { name: "Vérifier le fichier" }).click();
  await expect(part.getByRole("heading", { name: `Aperçu de « ${name} »` })).toBeVisible({ timeout: 60_000 }); // a 9 MB file takes a while
  return part;
}

const TEAMS = [
  "externalId;name;parentExternalId",
  "D-OUEST;Direction Ouest;",
  "S-NTE;Relation client Nantes;D-OUEST",
  "T-NTE-A;Conseil Nantes A;S-NTE",
];

test("HR previews and applies a teams file, then a people file, and finds the people in the directory", async ({ page }) => {
  await signInAsNewHr(page);
  const tag = randomUUID().slice(0, 8); // in the people's names and addresses only, so a search finds just them
  await page.goto("/fr/organisation/people");
  await page.getByRole("navigation", { name: "Organisation" }).getByRole("link", { name: "Synchronisation SIRH" }).click();
  await expect(page).toHaveURL(/\/fr\/organisation\/sync$/);
  await expect(page.getByRole("heading", { level: 1, name: "Synchroniser avec le SIRH" })).toBeVisible();

  const teams = await upload(page, "équipes", "equipes.csv", csv(TEAMS));
  await expect(teams.getByTestId("sync-teams-summary")).toHaveText(
    "3 lignes lues. Mode miroir désactivé : rien n'est archivé ni désactivé. Rien n'a encore été modifié.",
  );
  await expect(teams.getByTestId("sync-teams-created")).toHaveText(/Créées\s*3\s*D-OUEST, S-NTE, T-NTE-A/);
  await expect(teams.getByTestId("sync-teams-unchanged")).toContainText("0");
  await teams.getByRole("button", { name: "Appliquer ces changements" }).click();
  await expect(teams.getByRole("heading", { name: "Synchronisation appliquée : « equipes.csv »" })).toBeVisible();
  await expect(teams.getByTestId("sync-teams-created")).toContainText("3");

  // A people file with a team that does not exist (line 3) and a bad address (line 5): listed, nothing to apply.
  const header = "employeeId,email,givenName,familyName,teamExternalId,role";
  const claire = `E-${tag}-1,claire.${tag}@settings.test,Claire,Durand${tag},T-NTE-A,MANAGER`;
  const jules = `E-${tag}-2,jules.${tag}@settings.test,Jules,Martin${tag},S-NTE,employee`;
  const wrong = await upload(
    page,
    "personnes",
    "personnes.csv",
    csv([header, claire, jules.replace("S-NTE", "NOPE"), "", `E-${tag}-3,pas-une-adresse,A,B,,EMPLOYEE`], false),
  );
  const errors = wrong.getByTestId("sync-people-error");
  await expect(errors).toHaveCount(2);
  await expect(errors.nth(0)).toHaveText(/^3\s*teamExternalId\s*équipe « NOPE » inconnue : synchronisez d'abord les équipes\.$/);
  await expect(errors.nth(1)).toHaveText(/^5\s*email\s*n'est pas une adresse e-mail\.$/);
  await expect(wrong.getByRole("button", { name: "Appliquer ces changements" })).toHaveCount(0);

  const people = await upload(page, "personnes", "personnes-ok.csv", csv([header, claire, jules], false));
  await expect(people.getByTestId("sync-people-created")).toHaveText(new RegExp(`Créées\\s*2\\s*E-${tag}-1, E-${tag}-2`));
  await people.getByRole("button", { name: "Appliquer ces changements" }).click();
  await expect(people.getByRole("heading", { name: "Synchronisation appliquée : « personnes-ok.csv »" })).toBeVisible();

  await page.goto(`/fr/organisation/people?q=${tag}`);
  const rows = page.getByTestId("person-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: `Claire Durand${tag}` })).toContainText("Conseil Nantes A");
  await expect(rows.filter({ hasText: `Claire Durand${tag}` })).toContainText("Manager");
  await expect(rows.filter({ hasText: `Jules Martin${tag}` })).toContainText("Relation client Nantes");
});

test("the sync works as plain form posts, without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "fr-FR" });
  const page = await context.newPage();
  await signInAsNewHr(page);
  await page.goto("/fr/organisation/sync");
  const teams = await upload(page, "équipes", "equipes.csv", csv(TEAMS));
  await expect(teams.getByTestId("sync-teams-created")).toContainText("3");
  // Without JavaScript the page cannot put the file back: the person chooses it again; another file is refused.
  const confirm = teams.getByLabel("Pour confirmer, choisissez de nouveau le fichier « equipes.csv »");
  await confirm.setInputFiles({ name: "equipes.csv", mimeType: "text/csv", buffer: csv([...TEAMS, "T-X;Autre;"]) });
  await teams.getByRole("button", { name: "Appliquer ces changements" }).click();
  await expect(section(page, /^1\./).getByTestId("sync-teams-problem")).toContainText("n'est pas celui de l'aperçu");
  const again = await upload(page, "équipes", "equipes.csv", csv(TEAMS));
  await again.getByLabel("Pour confirmer, choisissez de nouveau le fichier « equipes.csv »").setInputFiles({
    name: "equipes.csv",
    mimeType: "text/csv",
    buffer: csv(TEAMS),
  });
  await again.getByRole("button", { name: "Appliquer ces changements" }).click();
  await expect(page.getByRole("heading", { name: "Synchronisation appliquée : « equipes.csv »" })).toBeVisible();
  await page.goto("/fr/organisation/teams");
  await expect(page.getByTestId("team-tree")).toContainText("Conseil Nantes A");
  await context.close();
});

test("a file that is not UTF-8 or over the size limit is refused with a clear message, in English too", async ({ page }) => {
  await signInAsNewHr(page);
  await page.goto("/en/organisation/sync");
  const teams = section(page, /^1\./);
  const latin1 = Buffer.concat([
    Buffer.from("externalId;name;parentExternalId\r\nT1;", "latin1"),
    Buffer.from([0xc9]),
    Buffer.from("quipe;\r\n"),
  ]);
  await teams.getByLabel("Teams CSV file").setInputFiles({ name: "teams.csv", mimeType: "text/csv", buffer: latin1 });
  await teams.getByRole("button", { name: "Check the file" }).click();
  await expect(teams.getByTestId("sync-teams-problem")).toHaveText(/^This file is not UTF-8: accents would be mangled\./);

  // Over 2 MB: with JavaScript the browser keeps it from being sent, with the same sentence.
  const input = teams.getByLabel("Teams CSV file");
  await input.setInputFiles({ name: "big.csv", mimeType: "text/csv", buffer: Buffer.alloc(2 * 1024 * 1024 + 1, "a") });
  await teams.getByRole("button", { name: "Check the file" }).click();
  await expect(input).toHaveJSProperty("validationMessage", "This file is over 2 MB: split it, or remove the columns you do not need.");
});

test("a people file of 9 MB previews and applies: each post carries it once, under the body limits", async ({ page }) => {
  test.setTimeout(180_000);
  await signInAsNewHr(page);
  await page.goto("/fr/organisation/sync");
  await upload(page, "équipes", "equipes.csv", csv(TEAMS));
  await section(page, /^1\./).getByRole("button", { name: "Appliquer ces changements" }).click();
  await expect(page.getByRole("heading", { name: "Synchronisation appliquée : « equipes.csv »" })).toBeVisible();

  const tag = randomUUID().slice(0, 8);
  const pad = "x".repeat(48); // names stay under the 60 characters a name may have
  const rows = Array.from({ length: 42_000 }, (_, i) => {
    const n = String(i).padStart(5, "0");
    return `E-${tag}-${n},p${n}.${tag}.${pad}@big.test,Prénom${n}${pad},Nom${n}${pad},T-NTE-A,EMPLOYEE`;
  });
  const buffer = csv(["employeeId,email,givenName,familyName,teamExternalId,role", ...rows], false);
  expect(buffer.byteLength).toBeGreaterThan(8.5 * 1024 * 1024);
  expect(buffer.byteLength).toBeLessThan(10 * 1024 * 1024);
  const people = await upload(page, "personnes", "gros.csv", buffer);
  await expect(people.getByTestId("sync-people-created")).toHaveText(/^Créées\s*42\D?000\s*E-/);
  await people.getByRole("button", { name: "Appliquer ces changements" }).click();
  await expect(people.getByRole("heading", { name: "Synchronisation appliquée : « gros.csv »" })).toBeVisible({ timeout: 120_000 });
  await expect(people.getByTestId("sync-people-created")).toContainText(/42\D?000/);
});
