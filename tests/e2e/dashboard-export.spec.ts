// The dashboard's CSV export against the screen: same rows and figures for HR and for a
// manager (subtree only), suppressed cells as a word, filters carried, French and English
// formats, and no file for someone signed out or for a team outside the scope.
import { expect, test, type APIResponse, type Locator, type Page } from "@playwright/test";
import { signIn } from "./support/session";

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Numbers of a table cell as the CSV writes them: no "+", ASCII minus, no grouping, "IC 95 %" not a figure. */
function figures(text: string): string[] {
  const cleaned = text.replace(/IC 95 %|95% CI/g, "");
  return [...cleaned.matchAll(/[+\-−]?\d[\d\u202f\u00a0]*(?:[,.]\d+)?/g)].map((m) => normal(m[0].replace(/[\u202f\u00a0]/g, "").replace("−", "-").replace(/^\+/, "")));
}
const normal = (value: string) => (/^-0([,.]0+)?$/.test(value) ? value.slice(1) : value);

/** One row of the screen's team table, in the CSV's columns (name, NPS ×4, eNPS ×4, gap ×3); innerText keeps the score and its n apart. */
async function screenRow(row: Locator, hidden: string): Promise<string[]> {
  const name = (await row.getByRole("link").textContent())?.trim() ?? "";
  const [nps = "", enps = "", gap = ""] = await row.locator("td").allInnerTexts();
  const side = (text: string, size: number) => (text.includes(hidden) ? Array<string>(size).fill(hidden.toLowerCase()) : figures(text).length ? figures(text) : Array<string>(size).fill(""));
  const enpsCells = side(enps, 4);
  // The page shows "—" for the gap of a suppressed team; the file says why.
  const gapCells = enps.includes(hidden) ? Array<string>(3).fill(hidden.toLowerCase()) : side(gap, 3);
  return [name, ...side(nps, 4), ...enpsCells, ...gapCells];
}

async function screenTable(page: Page, hidden: string): Promise<string[][]> {
  const rows = page.getByTestId("team-row");
  await expect(rows.first()).toBeVisible();
  const out: string[][] = [];
  for (const row of await rows.all()) out.push(await screenRow(row, hidden));
  return out;
}

async function csvTable(response: APIResponse, separator: string): Promise<{ header: string[]; rows: string[][] }> {
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const body = await response.body();
  expect(body.subarray(0, 3)).toEqual(BOM);
  const lines = body.subarray(3).toString("utf8").split("\r\n").filter((line) => line !== "");
  // The demo's names hold no separator or quote, so a plain split is exact here.
  const [header = [], ...rows] = lines.map((line) => line.split(separator));
  return { header, rows: rows.map(([name = "", _externalId, ...cells]) => [name, ...cells.map(normal)]) };
}

async function download(page: Page, name: string) {
  const href = await page.getByRole("link", { name, exact: true }).getAttribute("href");
  expect(href).toBeTruthy();
  return { href: href!, response: await page.request.get(href!) };
}

test("HR: the export is the table on screen, the small team's eNPS and gap are masqué", async ({ page }) => {
  await signIn(page, "rh@demo.symetrie.fr");
  const { response } = await download(page, "Exporter (CSV)");
  expect(response.headers()["content-disposition"]).toBe('attachment; filename="symetrie-toutes-periodes.csv"');
  const csv = await csvTable(response, ";");
  expect(csv.header.slice(0, 3)).toEqual(["Équipe", "Identifiant externe", "NPS client"]);
  expect(csv.rows).toEqual(await screenTable(page, "Masqué"));
  const small = csv.rows.find((row) => row[0] === "Réseaux sociaux");
  expect(small?.slice(5)).toEqual(Array(7).fill("masqué"));
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
  expect(csv.rows).toEqual(await screenTable(page, "Masqué"));
  expect(csv.rows.map((row) => row[0])).not.toContain("Paris Opéra");
});

test("the English export uses commas, decimal points and 'hidden'", async ({ page }) => {
  await signIn(page, "rh@demo.symetrie.fr");
  await page.goto("/en/dashboard");
  const { response } = await download(page, "Export (CSV)");
  const csv = await csvTable(response, ",");
  expect(csv.header[0]).toBe("Team");
  const screen = (await screenTable(page, "Hidden")).map((row) => row.map((cell) => cell.replace(/,/g, "")));
  expect(csv.rows).toEqual(screen);
  expect(csv.rows.find((row) => row[0] === "Réseaux sociaux")?.[5]).toBe("hidden");
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
