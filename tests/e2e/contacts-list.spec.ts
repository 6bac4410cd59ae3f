// The contacts list in the browser on the demo: a CX lead sees the contacts, filters the failed
// emails (the demo's bounced ones, CRM-… ids) and the answered ones, pages forward and back, and
// exports CSV files whose rows are the filter's; retries a failed email; English is complete.
import { expect, test, type Page } from "@playwright/test";
import { csvLines } from "./support/csv";
import { createFailedDemoContact, emailStateOf } from "./support/failed-contact";
import { signIn } from "./support/session";

const rows = (page: Page) => page.getByTestId("contact-row");
const pages = (page: Page) => page.getByRole("navigation", { name: "Pages de la liste" });

/** The external ids of the rows on screen (second column). */
const externalIds = async (page: Page) => (await rows(page).locator("td:nth-child(2)").allInnerTexts()).map((text) => text.trim());

async function summaryTotal(page: Page): Promise<number> {
  const text = await page.getByTestId("contacts-summary").locator("strong").innerText();
  return Number(text.replace(/\D/g, ""));
}

/** A CX lead's French list filtered on one link state, through the form: a full first page. */
async function filterByLink(page: Page, label: string, state: string) {
  await signIn(page, "cx@demo.symetrie.fr");
  await page.goto("/fr/contacts");
  await page.getByRole("combobox", { name: /^Lien/ }).selectOption({ label });
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]link=${state}`));
  await expect(rows(page)).toHaveCount(50);
}

test("a CX lead filters the failed emails, pages through them and exports exactly those rows", async ({ page }) => {
  await signIn(page, "cx@demo.symetrie.fr");
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Contacts" }).click();
  await expect(page).toHaveURL(/\/fr\/contacts$/);
  await expect(page.getByRole("heading", { level: 1, name: "Contacts" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Contacts, du plus récent au plus ancien (50 par page)" })).toBeVisible();
  await expect(rows(page)).toHaveCount(50);
  expect(await summaryTotal(page)).toBeGreaterThan(18_000);
  await page.getByLabel("Identifiant externe (début)").fill("CRM-");
  await page.getByLabel("Envoi de l'e-mail").selectOption({ label: "Échec" });
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(/[?&]status=FAILED/);
  const total = await summaryTotal(page);
  expect(total).toBeGreaterThan(50); // the demo bounces about one in 97 unanswered emails: 67
  expect(total).toBeLessThan(100);
  await expect(page.getByTestId("contacts-summary-email")).toContainText(`0 envoyés, ${total} en échec`);
  await expect(rows(page)).toHaveCount(50);
  for (const cell of await page.getByTestId("contact-email-status").allInnerTexts()) {
    expect(cell).toContain("Échec");
    expect(cell).toContain("Dernière erreur :");
  }
  // Masked in the list: the demo's addresses are client.N@example.com.
  for (const email of await rows(page).locator("td:nth-child(7)").allInnerTexts()) expect(email).toBe("c***@example.com");
  const first = await externalIds(page);
  await pages(page).getByRole("link", { name: "Suivant" }).click();
  await expect(page).toHaveURL(/[?&]cursor=/);
  await expect(rows(page)).toHaveCount(total - 50);
  const second = await externalIds(page);
  expect(second.filter((id) => first.includes(id))).toEqual([]);
  await expect(pages(page).getByRole("link", { name: "Suivant" })).toHaveCount(0);
  await pages(page).getByRole("link", { name: "Précédent" }).click();
  await expect(rows(page)).toHaveCount(50);
  expect(await externalIds(page)).toEqual(first);

  const href = await page.getByRole("link", { name: "Exporter en CSV" }).getAttribute("href");
  expect(href).toMatch(/^\/fr\/contacts\/export\.csv\?status=FAILED&q=CRM-$/);
  const response = await page.request.get(href!);
  expect(response.headers()["content-disposition"]).toBe('attachment; filename="contacts-toutes-periodes-echec-crm.csv"');
  const [header, ...lines] = await csvLines(response, ";");
  expect(header).toEqual([
    "Date du contact (heure de Paris)",
    "Identifiant externe",
    "Équipe",
    "Canal",
    "Moment de vérité",
    "Langue",
    "E-mail du client",
    "Envoi de l'e-mail",
    "Tentatives",
    "Dernière erreur",
    "Lien",
    "Note",
  ]);
  expect(lines.map((cells) => cells[1])).toEqual([...first, ...second]);
  for (const cells of lines) {
    expect(cells[6]).toMatch(/^client\.\d+@example\.com$/); // the full address, in the export only
    expect(cells.slice(7, 9)).toEqual(["Échec", "6"]);
    expect(cells[9]).not.toBe("");
  }
});

test("answered contacts: every row has a score, pages do not overlap, the export holds only answered ones", async ({ page }) => {
  await filterByLink(page, "Répondu", "answered");
  const check = async () => {
    for (const state of await page.getByTestId("contact-link-state").allInnerTexts()) expect(state).toBe("Répondu");
    for (const score of await rows(page).locator("td:nth-child(10)").allInnerTexts()) expect(score).toMatch(/^(10|\d)$/);
  };
  await check();
  const first = await externalIds(page);
  await pages(page).getByRole("link", { name: "Suivant" }).click();
  await expect(page).toHaveURL(/link=answered.*cursor=/);
  await expect(rows(page)).toHaveCount(50);
  await check();
  expect((await externalIds(page)).filter((id) => first.includes(id))).toEqual([]);

  const [, ...lines] = await csvLines(await page.request.get("/fr/contacts/export.csv?link=answered"), ";");
  expect(lines.length).toBeGreaterThan(7_000);
  for (const cells of lines) {
    expect(cells[10]).toBe("Répondu");
    expect(cells[11]).toMatch(/^(10|\d)$/);
  }
});

test('an unanswered link reads « En attente de réponse » / "Awaiting a reply", never « Ouvert »', async ({ page }) => {
  await filterByLink(page, "En attente de réponse", "open");
  for (const state of await page.getByTestId("contact-link-state").allInnerTexts()) expect(state).toBe("En attente de réponse");
  await expect(page.getByTestId("contacts-summary-link")).toContainText(
    /^Liens : [\d\s\u202f]+ en attente de réponse, 0 répondus, 0 expirés$/,
  );
  await expect(page.getByRole("main")).not.toContainText(/Ouvert/);
  const [, first] = await csvLines(await page.request.get("/fr/contacts/export.csv?link=open"), ";");
  expect(first?.[10]).toBe("En attente de réponse");

  await page.goto("/en/contacts?link=open");
  await expect(page.getByRole("combobox", { name: /^Link/ })).toHaveValue("open");
  for (const state of await page.getByTestId("contact-link-state").allInnerTexts()) expect(state).toBe("Awaiting a reply");
  await expect(page.getByTestId("contacts-summary-link")).toContainText(/awaiting a reply, 0 answered, 0 expired$/);
  await expect(page.getByRole("main")).not.toContainText(/\bOpen\b/);
});

test("garbage in the URL is dropped, a filter with no match offers a reset", async ({ page }) => {
  await signIn(page, "cx@demo.symetrie.fr");
  const response = await page.goto("/fr/contacts?status=BOUNCED&team=T-REL-01&from=2026-13&link=%3Cscript%3E&cursor=nope");
  expect(response?.status()).toBe(200);
  await expect(rows(page)).toHaveCount(50);
  await expect(page.getByLabel("Envoi de l'e-mail")).toHaveValue("");
  await page.goto("/fr/contacts?q=AUCUN-CONTACT-ICI");
  await expect(page.getByText("Aucun contact ne correspond à ces filtres")).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: "Réinitialiser les filtres" }).last().click();
  await expect(page).toHaveURL(/\/fr\/contacts$/);
  await expect(rows(page)).toHaveCount(50);
});

test("retry now puts a failed email back in the queue, on the same filtered page", async ({ page }) => {
  const contact = await createFailedDemoContact("E2E-RETRY");
  await signIn(page, "admin@demo.symetrie.fr");
  await page.goto(`/fr/contacts?q=${contact.externalId}`);
  await expect(rows(page)).toHaveCount(1);
  await expect(page.getByTestId("contact-email-status")).toContainText("Échec 6 tentatives");
  await expect(page.getByTestId("contact-last-error")).toHaveText("Dernière erreur : Greeting never received");
  await page.getByRole("button", { name: `Renvoyer maintenant le lien du contact ${contact.externalId}` }).click();
  await expect(page.getByTestId("contacts-notice")).toHaveText(
    "Le lien repartira au prochain passage de l'envoi des e-mails : le contact est de nouveau « En attente ».",
  );
  await expect(page).toHaveURL(new RegExp(`q=${contact.externalId}&result=retried$`));
  await expect(page.getByTestId("contact-email-status")).toContainText("En attente");
  await expect(page.getByRole("button", { name: /Renvoyer maintenant/ })).toHaveCount(0);
  expect(await emailStateOf(contact.id)).toEqual({ emailStatus: "PENDING", emailAttempts: 6, due: true, audits: 1 });
});

test("the page is complete in English", async ({ page }) => {
  await signIn(page, "cx@demo.symetrie.fr");
  await page.goto("/en/contacts?status=FAILED&q=CRM-");
  await expect(page.getByRole("heading", { level: 1, name: "Contacts" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Contacts, newest first (50 per page)" })).toBeVisible();
  await expect(page.getByTestId("contact-email-status").first()).toContainText("Failed 6 attempts");
  await expect(page.getByTestId("contact-last-error").first()).toContainText("Last error: ");
  await expect(page.getByTestId("contacts-summary-email")).toContainText("Emails: 0 without an address, 0 pending, 0 sent,");
  await expect(page.getByRole("navigation", { name: "List pages" }).getByRole("link", { name: "Next" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Export as CSV" })).toHaveAttribute("href", "/en/contacts/export.csv?status=FAILED&q=CRM-");
  const [header] = await csvLines(await page.request.get("/en/contacts/export.csv?status=FAILED&q=CRM-"), ",");
  expect(header).toEqual([
    "Contact date (Paris time)",
    "External id",
    "Team",
    "Channel",
    "Moment of truth",
    "Language",
    "Customer email",
    "Email sending",
    "Attempts",
    "Last error",
    "Link",
    "Score",
  ]);
});
