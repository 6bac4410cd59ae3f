// The dashboard's CSV export against the screen: same rows and figures for HR and for a
// manager (subtree only), suppressed cells as a word, filters carried, French and English
// formats, and no file for someone signed out or for a team outside the scope.
import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { csvLines, download, normal, teamRowCells } from "./support/csv";
import { signIn } from "./support/session";

/** The start of a hidden cell on screen; lowercased, the word the file writes. */
const HIDDEN = "Masqué pour l'anonymat";

async function screenTable(page: Page, hidden: string): Promise<string[][]> {
  const rows = page.getByTestId("team-row");
  await expect(rows.first()).toBeVisible();
  const out: string[][] = [];
  for (const row of await rows.all()) out.push(await teamRowCells(row, hidden));
  return out;
}

/** The file's table without its last column (the months an eNPS leaves out), which `excluded` returns per row. */
async function csvTable(response: APIResponse, separator: string): Promise<{ header: string[]; rows: string[][]; excluded: string[] }> {
  const [header = [], ...rows] = await csvLines(response, separator);
  return {
    header,
    rows: rows.map(([name = "", _externalId, ...cells]) => [name, ...cells.slice(0, -1).map(normal)]),
    excluded: rows.map((row) => row.at(-1) ?? ""),
  };
}

test("HR: the export is the table on screen, the small team's eNPS and gap say why they are hidden", async ({ page }) => {
  await signIn(page, "rh@demo.symetrie.fr");
  const { response } = await download(page, "Exporter (CSV)");
  expect(response.headers()["content-disposition"]).toBe('attachment; filename="symetrie-toutes-periodes.csv"');
  const csv = await csvTable(response, ";");
  expect(csv.header.slice(0, 3)).toEqual(["Équipe", "Identifiant externe", "NPS client"]);
  expect(csv.header.at(-1)).toBe("eNPS : mois laissés de côté (anonymat)");
  expect(csv.rows).toEqual(await screenTable(page, HIDDEN));
  // The demo's small groups are small in every month: no figure leaves a month out.
  expect(new Set(csv.excluded)).toEqual(new Set([""]));
  const small = csv.rows.find((row) => row[0] === "Réseaux sociaux");
  expect(small?.slice(5)).toEqual(Array(7).fill("masqué pour l'anonymat"));
  expect(small?.[1]).toMatch(/^-?\d+$/);
});

test("a manager's export keeps their subtree and the period filter", async ({ page }) => {
  await signIn(page, "manager@demo.symetrie.fr");
  await page.goto("/fr/dashboard?from=2026-09&to=2026-10");
  const { href, response } = await download(page, "Exporter (CSV)");
  expect(href).toBe("/fr/dashboard/export.csv?from=2026-09&to=2026-10");
  expect(response.headers()["content-disposition"]).toBe('attachment; filename="symetrie-2026-09_2026-10.csv"');
  const csv = await csvTable(response, ";");
  expect(csv.rows).toHaveLength(4);
  expect(csv.rows).toEqual(await screenTable(page, HIDDEN));
  expect(csv.rows.map((row) => row[0])).not.toContain("Paris Opéra");
});

test("the export carries the channel and moment-of-truth filters and stays the table on screen", async ({ page }) => {
  await signIn(page, "rh@demo.symetrie.fr");
  const filters = page.getByRole("search", { name: "Filtres" });
  await filters.getByLabel("Canal").selectOption({ label: "Chat" });
  await filters.getByLabel("Moment de vérité").selectOption({ label: "Réclamation" });
  await filters.getByRole("button", { name: "Appliquer" }).click();
  await expect(page).toHaveURL(/channel=CHAT&mot=[0-9a-f-]{36}$/);
  const { href, response } = await download(page, "Exporter (CSV)");
  expect(href).toMatch(/^\/fr\/dashboard\/export\.csv\?channel=CHAT&mot=[0-9a-f-]{36}$/);
  expect(response.headers()["content-disposition"]).toBe('attachment; filename="symetrie-toutes-periodes-chat-reclamation.csv"');
  const csv = await csvTable(response, ";");
  expect(csv.rows).toEqual(await screenTable(page, HIDDEN));
  // Stores take no chat: their customer cells are empty in the file as on the screen.
  expect(csv.rows.find((row) => row[0] === "Paris Opéra")?.slice(1, 5)).toEqual(["", "", "", ""]);
});

test("the English export uses commas, decimal points and 'hidden for anonymity'", async ({ page }) => {
  await signIn(page, "rh@demo.symetrie.fr");
  await page.goto("/en/dashboard");
  const { response } = await download(page, "Export (CSV)");
  const csv = await csvTable(response, ",");
  expect(csv.header[0]).toBe("Team");
  const screen = (await screenTable(page, "Hidden for anonymity")).map((row) => row.map((cell) => cell.replace(/,/g, "")));
  expect(csv.rows).toEqual(screen);
  expect(csv.rows.find((row) => row[0] === "Réseaux sociaux")?.[5]).toBe("hidden for anonymity");
});

test("no file when signed out, nor for a team outside the manager's scope", async ({ page }) => {
  const signedOut = await page.request.get("/fr/dashboard/export.csv", { maxRedirects: 0 });
  expect(signedOut.status()).toBe(303);
  expect(signedOut.headers().location).toMatch(/^\/fr\/sign-in\?callbackUrl=/);
  await signIn(page, "rh@demo.symetrie.fr");
  const href = await page.getByTestId("team-row").filter({ hasText: "Paris Opéra" }).getByRole("link").getAttribute("href");
  const teamId = href?.match(/teams\/([0-9a-f-]{36})/)?.[1];
  await page.context().clearCookies();
  await signIn(page, "manager@demo.symetrie.fr");
  const foreign = await page.request.get(`/fr/dashboard/export.csv?team=${teamId}`);
  expect(foreign.status()).toBe(404);
  expect(await foreign.text()).not.toContain("Paris");
});
