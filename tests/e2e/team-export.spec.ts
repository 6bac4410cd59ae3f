// A team page's CSV export against the screen: the scores, sub-teams, mirrored items, irritants,
// breakdowns and headcount the page shows, with its filters; a manager's small team hidden on the
// page and in the file alike; a refused filter explained, no file; nothing for the signed out or
// for another organisation's team.
import { randomUUID } from "node:crypto";
import { expect, test, type Locator, type Page } from "@playwright/test";
import pg from "pg";
import { cellFigures, csvLines, download, normal, teamRowCells } from "./support/csv";
import { signIn } from "./support/session";
import { createSmallTeamOrg } from "./support/small-team-org";

const HIDDEN = "Masqué pour l'anonymat";
const HIDDEN_WORD = "masqué pour l'anonymat";
/** What a hidden team's cell says, true for a small team and for the neighbour hidden to protect it. */
const HIDDEN_CELL = "Masqué pour l'anonymat (moins de 5 personnes ici ou dans une équipe proche)";

/** The file as a map "section|element|measure" → [value, n, low, high, mirror, mirror value]. */
async function teamFile(page: Page, expectedName: RegExp) {
  const { href, response } = await download(page, "Exporter (CSV)");
  expect(response.headers()["content-disposition"]).toMatch(expectedName);
  const [header = [], ...lines] = await csvLines(response, ";");
  expect(header).toEqual([
    "Rubrique",
    "Élément",
    "Mesure",
    "Valeur",
    "Réponses",
    "IC 95 % bas",
    "IC 95 % haut",
    "Miroir",
    "Citations du miroir",
  ]);
  const rows = new Map(
    lines.map(([section = "", element = "", measure = "", ...cells]) => [`${section}|${element}|${measure}`, cells.map(normal)]),
  );
  const get = (key: string) => {
    expect(rows.has(key), key).toBe(true);
    return rows.get(key)!;
  };
  /** The dashboard table's columns (name, NPS ×4, eNPS ×4, gap ×3) from the file's three score rows. */
  const scoreRow = (section: string, name: string) => {
    const [gap = "", , low = "", high = ""] = get(`${section}|${name}|Écart (eNPS − NPS)`);
    return [
      name,
      ...get(`${section}|${name}|NPS client`).slice(0, 4),
      ...get(`${section}|${name}|eNPS collaborateur`).slice(0, 4),
      gap,
      low,
      high,
    ];
  };
  return { href, get, scoreRow };
}

const section = (page: Page, heading: string) =>
  page.locator("section").filter({ has: page.getByRole("heading", { name: heading, exact: true }) });

async function rowsOf(table: Locator): Promise<Array<{ label: string; cells: string[] }>> {
  const out = [];
  for (const row of await table.locator("tbody tr").all()) {
    out.push({ label: (await row.getByRole("rowheader").innerText()).trim(), cells: await row.locator("td").allInnerTexts() });
  }
  return out;
}

test("HR: the team export holds the figures of the page, with its channel filter", async ({ page }) => {
  await signIn(page, "rh@demo.symetrie.fr");
  await page.getByTestId("team-row").getByRole("link", { name: "Centre de relation client Lyon", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Équipe Centre de relation client Lyon" })).toBeVisible();
  const filters = page.getByRole("search", { name: "Filtres" });
  await filters.getByLabel("Canal").selectOption({ label: "Téléphone" });
  await filters.getByRole("button", { name: "Appliquer" }).click();
  await expect(page).toHaveURL(/\/fr\/teams\/[0-9a-f-]{36}\?from=&to=&channel=PHONE&mot=$/);
  // The survey specs running alongside answer (then remove) phone contacts of Conseil Lyon A, under
  // this service: a page and a file read back to back must agree; read both again if an answer
  // landed or left between the two reads.
  let first = true;
  await expect(async () => {
    if (!first) await page.reload();
    first = false;
    await pageMatchesFile(page);
  }).toPass({ intervals: [1_000, 2_000, 5_000], timeout: 60_000 });
});

async function pageMatchesFile(page: Page) {
  const file = await teamFile(
    page,
    /^attachment; filename="symetrie-equipe-centre-de-relation-client-lyon-toutes-periodes-telephone\.csv"$/,
  );
  expect(file.href).toMatch(/^\/fr\/teams\/[0-9a-f-]{36}\/export\.csv\?channel=PHONE$/);

  const name = "Centre de relation client Lyon";
  expect(file.scoreRow("Scores", name)).toEqual(await teamRowCells(section(page, "Scores").getByTestId("team-row"), HIDDEN));
  const subteams = section(page, "Sous-équipes").getByTestId("team-row");
  await expect(subteams).toHaveCount(3);
  for (const row of await subteams.all()) {
    const screen = await teamRowCells(row, HIDDEN);
    expect(file.scoreRow("Sous-équipes", screen[0]!)).toEqual(screen);
  }
  await expect(page.getByTestId("butterfly-table").locator("tbody tr")).toHaveCount(5);
  for (const {
    label,
    cells: [customer = "", employee = ""],
  } of await rowsOf(page.getByTestId("butterfly-table"))) {
    expect(file.get(`Affirmations miroirs|${label}|Clients`).slice(0, 4)).toEqual(cellFigures(customer, 4, HIDDEN));
    expect(file.get(`Affirmations miroirs|${label}|Collaborateurs`).slice(0, 4)).toEqual(cellFigures(employee, 4, HIDDEN));
  }
  for (const [caption, rubric] of [
    ["Par canal", "Par canal"],
    ["Par moment de vérité", "Par moment de vérité"],
  ]) {
    const rows = await rowsOf(page.getByRole("table", { name: caption }));
    expect(rows.length).toBeGreaterThan(0);
    for (const {
      label,
      cells: [nps = ""],
    } of rows)
      expect(file.get(`${rubric}|${label}|NPS client`).slice(0, 4)).toEqual(cellFigures(nps, 4, HIDDEN));
  }
  // The channel filter narrows the breakdown to the phone.
  expect((await rowsOf(page.getByRole("table", { name: "Par canal" }))).map((row) => row.label)).toEqual(["Téléphone"]);
  const irritants = await rowsOf(page.getByRole("table", { name: "Côté clients" }));
  expect(irritants.length).toBeGreaterThan(0);
  for (const {
    label,
    cells: [count = "", mirror = "", mirrorCount = ""],
  } of irritants) {
    const [value = "", , , , mirrorName = "", mirrorValue = ""] = file.get(`Irritants miroirs|${label}|Côté clients`);
    const plain = (text: string) => (text === "—" ? "" : text.replace(/\s/g, ""));
    expect([value, mirrorName, mirrorValue]).toEqual([plain(count), mirror === "—" ? "" : mirror, plain(mirrorCount)]);
  }
  const members = (await page.getByTestId("member-count").innerText()).match(/^[\d\s\u202f]+/)?.[0].replace(/\D/g, "");
  expect(file.get(`Effectif|${name}|Personnes (équipe et sous-équipes)`)[0]).toBe(members);
}

/** Six September answers in team A, and the organisation hidden that month by an earlier read (EmployeeHiddenNode). */
async function addSeptemberWithOrganisationHidden(org: { organisationId: string; teams: { a: string } }) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    for (const score of [10, 9, 9, 8, 6, 3]) {
      await client.query(
        `INSERT INTO "EmployeeResponse" (id, "organisationId", "teamId", period, score) VALUES ($1, $2, $3, '2026-09-01', $4)`,
        [randomUUID(), org.organisationId, org.teams.a, score],
      );
      await client.query(
        `INSERT INTO "EmployeeRespondent" ("organisationId", "teamId", period, "personId") VALUES ($1, $2, '2026-09-01', $3)`,
        [org.organisationId, org.teams.a, randomUUID()],
      );
    }
    await client.query(`INSERT INTO "EmployeeHiddenNode" ("organisationId", period, node) VALUES ($1, '2026-09-01', '@organisation')`, [
      org.organisationId,
    ]);
    await client.query(`INSERT INTO "RollupDirty" ("organisationId", period) VALUES ($1, '2026-09-01') ON CONFLICT DO NOTHING`, [
      org.organisationId,
    ]);
  } finally {
    await client.end();
  }
}

test.describe("a manager's small team", () => {
  let org: Awaited<ReturnType<typeof createSmallTeamOrg>>;
  test.beforeAll(async () => {
    org = await createSmallTeamOrg();
  });

  test("is suppressed on its page and in its export, with its next-smallest sibling", async ({ page }) => {
    await signIn(page, org.manager);
    const small = page.getByTestId("team-row").filter({ hasText: "Équipe B" });
    await expect(small).toContainText(HIDDEN_CELL);
    await small.getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1, name: /Équipe Équipe B/ })).toBeVisible();
    const row = section(page, "Scores").getByTestId("team-row");
    await expect(row).toContainText(HIDDEN_CELL);
    await expect(page.getByTestId("butterfly-table").getByText(HIDDEN, { exact: true })).toHaveCount(1);
    await expect(page.getByTestId("member-count")).toHaveText(
      "Effectif masqué pour l'anonymat (moins de 5 personnes ici ou dans une équipe proche)",
    );
    const file = await teamFile(page, /filename="symetrie-equipe-equipe-b-[0-9a-f]{8}-toutes-periodes\.csv"/);
    const screen = await teamRowCells(row, HIDDEN);
    expect(file.scoreRow("Scores", screen[0]!)).toEqual(screen);
    expect(screen.slice(5)).toEqual(Array(7).fill(HIDDEN_WORD));
    expect(file.get(`Effectif|${screen[0]}|Personnes (équipe et sous-équipes)`)[0]).toBe(HIDDEN_WORD);
    expect(file.get(`Affirmations miroirs|Écoute|Collaborateurs`).slice(0, 4)).toEqual(Array(4).fill(HIDDEN_WORD));

    // On the service's page both sub-teams are hidden (S − A would give B away), the service is not.
    await page.getByRole("link", { name: `Rattachée à ${org.serviceName}` }).click();
    await expect(page.getByTestId("member-count")).toHaveText("10 collaborateurs dans l'équipe et ses sous-équipes");
    const children = section(page, "Sous-équipes").getByTestId("team-row");
    await expect(children).toHaveCount(2);
    // B (under 5) and A (5 or more, hidden to protect B) read the same: telling them apart would give the counts away.
    for (const child of await children.all()) await expect(child).toContainText(HIDDEN_CELL);
    const service = await teamFile(page, /filename="symetrie-equipe-service-/);
    for (const child of await children.all()) {
      const cells = await teamRowCells(child, HIDDEN);
      expect(service.scoreRow("Sous-équipes", cells[0]!)).toEqual(cells);
    }
    await expect(section(page, "Scores").getByTestId("team-row")).toContainText(/8 réponses · IC 95 % \[/);
    await page.goto(page.url().replace("/fr/", "/en/"));
    const english = section(page, "Sub-teams").getByTestId("team-row");
    await expect(english).toHaveCount(2);
    for (const child of await english.all())
      await expect(child).toContainText("Hidden for anonymity (fewer than 5 people here or in a nearby team)");
  });

  test("a refused team filter is explained, channel included, and gives no file", async ({ page }) => {
    // Month by month, a filter's remainder is whole groups unless an earlier read's stored decision
    // hid the organisation in a month its team still shows in: here September, when A alone answered.
    const refusing = await createSmallTeamOrg();
    await addSeptemberWithOrganisationHidden(refusing);
    await signIn(page, refusing.manager);
    const teamA = await page.getByTestId("team-row").filter({ hasText: "Équipe A" }).getByRole("link").getAttribute("href");
    await page.goto(`${teamA}?channel=PHONE`);
    const refused = page.getByTestId("filter-refused");
    await expect(refused).toContainText("Ce filtre ne peut pas être affiché");
    await expect(refused).toContainText("Le canal et le moment de vérité choisis n'y sont pour rien");
    const exported = await page.request.get(`${teamA}/export.csv?channel=PHONE`);
    expect(exported.status()).toBe(422);
    expect(await exported.text()).toContain("moins de 5 personnes");
    await page.goto(`${teamA!.replace("/fr/", "/en/")}?channel=PHONE`);
    await expect(page.getByTestId("filter-refused")).toContainText("The channel and moment of truth you chose are not the cause");
  });

  test("no file when signed out, nor for another organisation's team", async ({ page }) => {
    const path = `/fr/teams/${org.teams.b}/export.csv`;
    const signedOut = await page.request.get(path, { maxRedirects: 0 });
    expect(signedOut.status()).toBe(303);
    expect(signedOut.headers().location).toBe(`/fr/sign-in?callbackUrl=${encodeURIComponent(path)}`);
    await signIn(page, "admin@demo.symetrie.fr");
    const foreign = await page.request.get(path);
    expect(foreign.status()).toBe(404);
    expect(await foreign.text()).not.toContain("Équipe B");
  });
});
