// Reading the dashboard's CSV exports against the screen: the figures of a cell as the CSV
// writes them, and a downloaded file checked (status, type, BOM) and split into cells.
import { expect, type APIResponse, type Locator, type Page } from "@playwright/test";

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

export const normal = (value: string) => (/^-0([,.]0+)?$/.test(value) ? value.slice(1) : value);

/** Numbers of a table cell as the CSV writes them: no "+", ASCII minus, no grouping, "IC 95 %" and "/ 5" not figures. */
export function figures(text: string): string[] {
  const cleaned = text.replace(/IC 95 %|95% CI|\/ 5\b/g, "");
  return [...cleaned.matchAll(/[+\-−]?\d[\d\u202f\u00a0]*(?:[,.]\d+)?/g)].map((m) =>
    normal(
      m[0]
        .replace(/[\u202f\u00a0]/g, "")
        .replace("−", "-")
        .replace(/^\+/, ""),
    ),
  );
}

/** The file's lines split on the separator (the demo's names hold no separator or quote, so a plain split is exact). */
export async function csvLines(response: APIResponse, separator: string): Promise<string[][]> {
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const body = await response.body();
  expect(body.subarray(0, 3)).toEqual(BOM);
  return body
    .subarray(3)
    .toString("utf8")
    .split("\r\n")
    .filter((line) => line !== "")
    .map((line) => line.split(separator));
}

/** The href of the page's export link, and the file it gives. */
export async function download(page: Page, name: string) {
  const href = await page.getByRole("link", { name, exact: true }).getAttribute("href");
  expect(href).toBeTruthy();
  return { href: href!, response: await page.request.get(href!) };
}

/**
 * One row of a SymmetryTable on screen, in the dashboard CSV's columns (name, NPS ×4, eNPS ×4,
 * gap ×3); innerText keeps the score and its n apart. The page shows "—" for the gap of a
 * suppressed team; the file says why.
 */
export async function teamRowCells(row: Locator, hidden: string): Promise<string[]> {
  const name = (await row.getByRole("link").textContent())?.trim() ?? "";
  const [nps = "", withExcluded = "", gap = ""] = await row.locator("td").allInnerTexts();
  // The months an eNPS leaves out for anonymity are said under it (the CSV's last column): not figures.
  const excluded = await row.getByTestId("excluded-months").allInnerTexts();
  const enps = excluded.reduce((text, line) => text.replace(line, ""), withExcluded);
  const gapCells = enps.includes(hidden) ? Array<string>(3).fill(hidden.toLowerCase()) : cellFigures(gap, 3, hidden);
  return [name, ...cellFigures(nps, 4, hidden), ...cellFigures(enps, 4, hidden), ...gapCells];
}

/** A customer NPS under the organisation's minimum n, and the gap not computed from it (issue 19 §2). */
const TOO_FEW = /(?:trop peu de réponses|too few answers) \(n = (\d+)\)/;
const GAP_TOO_FEW = /non calculé : trop peu de réponses clients|not computed: too few customer answers/;

/**
 * A screen cell as `size` CSV cells: the hidden word in each, « trop peu de réponses (n = …) » then
 * its count and empty interval cells, its figures, or empty cells when it has none ("no answers", "—").
 */
export function cellFigures(text: string, size: number, hidden: string): string[] {
  if (text.includes(hidden)) return Array<string>(size).fill(hidden.toLowerCase());
  const few = TOO_FEW.exec(text);
  if (few) return [few[0], few[1]!, ...Array<string>(size - 2).fill("")];
  const gapFew = GAP_TOO_FEW.exec(text);
  if (gapFew) return Array<string>(size).fill(gapFew[0]);
  const found = figures(text);
  return found.length ? found : Array<string>(size).fill("");
}
