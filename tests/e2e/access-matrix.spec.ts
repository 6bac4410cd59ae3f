// The access matrix over real HTTP: role × page × own team / other team / other
// organisation. Expected statuses are the product's rules (docs/product.md "Roles"); the server
// decides them in the data layer, whatever the navigation shows.
import { expect, test, type BrowserContext } from "@playwright/test";
import pg from "pg";
import { formFields } from "./support/action-form";
import { createForeignOrganisation } from "./support/foreign-org";
import { signIn } from "./support/session";

type Role = "admin" | "rh" | "cx" | "manager" | "employe";
type Target = "ownTeam" | "siblingTeam" | "otherDirection" | "managerService" | "foreignTeam";

let ids: Record<Target, string>;

test.beforeAll(async () => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const byExternalId = async (externalId: string) =>
      (
        await client.query<{ id: string }>(
          `SELECT t.id FROM "Team" t JOIN "Organisation" o ON o.id = t."organisationId" WHERE o.slug = 'demo' AND t."externalId" = $1`,
          [externalId],
        )
      ).rows[0]!.id;
    ids = {
      ownTeam: await byExternalId("T-REL-01"), // Conseil Lyon A: the demo employee's team
      siblingTeam: await byExternalId("T-REL-02"), // Conseil Lyon B: same service
      managerService: await byExternalId("S-REL-LYON"), // the demo manager's service
      otherDirection: await byExternalId("T-MAG-01"), // Paris Opéra: another direction
      foreignTeam: (await createForeignOrganisation()).teamId,
    };
  } finally {
    await client.end();
  }
});

// Status of GET /fr/teams/<target> per role.
const teamPage: Record<Role, Record<Target, number>> = {
  admin: { ownTeam: 200, siblingTeam: 200, managerService: 200, otherDirection: 200, foreignTeam: 404 },
  rh: { ownTeam: 200, siblingTeam: 200, managerService: 200, otherDirection: 200, foreignTeam: 404 },
  cx: { ownTeam: 200, siblingTeam: 200, managerService: 200, otherDirection: 200, foreignTeam: 404 },
  manager: { ownTeam: 200, siblingTeam: 200, managerService: 200, otherDirection: 404, foreignTeam: 404 },
  employe: { ownTeam: 200, siblingTeam: 404, managerService: 404, otherDirection: 404, foreignTeam: 404 },
};

// Status of organisation-level pages per role.
const pages: Record<string, Record<Role, number>> = {
  "/fr/dashboard": { admin: 200, rh: 200, cx: 200, manager: 200, employe: 200 },
  "/fr/reports/2026-10": { admin: 200, rh: 200, cx: 200, manager: 200, employe: 200 },
  "/fr/account": { admin: 200, rh: 200, cx: 200, manager: 200, employe: 200 },
  "/fr/organisation/teams": { admin: 200, rh: 200, cx: 200, manager: 403, employe: 403 },
  "/fr/organisation/people": { admin: 200, rh: 200, cx: 403, manager: 403, employe: 403 },
  "/fr/organisation/sync": { admin: 200, rh: 200, cx: 403, manager: 403, employe: 403 },
  "/fr/pulses": { admin: 200, rh: 200, cx: 200, manager: 200, employe: 200 },
  "/fr/settings": { admin: 200, rh: 403, cx: 403, manager: 403, employe: 403 },
  "/fr/settings/api-keys": { admin: 200, rh: 403, cx: 403, manager: 403, employe: 403 },
  "/fr/settings/scim": { admin: 200, rh: 403, cx: 403, manager: 403, employe: 403 },
  "/fr/settings/sso": { admin: 200, rh: 403, cx: 403, manager: 403, employe: 403 },
  "/fr/pulses/manage": { admin: 200, rh: 200, cx: 403, manager: 403, employe: 403 },
  "/fr/contacts/import": { admin: 200, rh: 403, cx: 200, manager: 403, employe: 403 },
  "/fr/follow-ups": { admin: 200, rh: 200, cx: 200, manager: 200, employe: 403 },
  "/fr/catalogue/moments": { admin: 200, rh: 200, cx: 200, manager: 403, employe: 403 },
  "/fr/catalogue": { admin: 200, rh: 200, cx: 200, manager: 403, employe: 403 },
  "/fr/catalogue/irritants": { admin: 200, rh: 200, cx: 200, manager: 403, employe: 403 },
  "/fr/settings/wording": { admin: 200, rh: 200, cx: 200, manager: 403, employe: 403 },
  "/fr/actions": { admin: 200, rh: 200, cx: 200, manager: 200, employe: 200 },
  "/fr/actions/new": { admin: 200, rh: 200, cx: 200, manager: 200, employe: 403 },
  "/fr/actions/budget": { admin: 200, rh: 200, cx: 200, manager: 403, employe: 403 },
};

for (const role of Object.keys(teamPage) as Role[]) {
  test(`${role}: team pages and organisation pages`, async ({ page }) => {
    test.setTimeout(90_000); // twenty-six server renders, the monthly reports included
    await signIn(page, `${role}@demo.symetrie.fr`);
    // The status is the server's answer to the session's request: fetched with the page's cookies,
    // without drawing each page in the browser (what a page shows is the other specs' business).
    for (const target of Object.keys(teamPage[role]) as Target[]) {
      const response = await page.request.get(`/fr/teams/${ids[target]}`);
      expect(response.status(), `${role} → ${target}`).toBe(teamPage[role][target]);
      // A team's monthly report follows the team page's rule (issue 15 §3).
      const report = await page.request.get(`/fr/reports/2026-10/teams/${ids[target]}`);
      expect(report.status(), `${role} → report of ${target}`).toBe(teamPage[role][target]);
    }
    for (const [path, expected] of Object.entries(pages)) {
      const response = await page.request.get(path);
      expect(response.status(), `${role} → ${path}`).toBe(expected[role]);
    }
  });
}

// Status of the settings form's server action per role, posted by the real form (JavaScript
// on: React's fetch to the action): the action itself refuses, whatever the page showed.
const settingsAction: Record<Role, number> = { admin: 200, rh: 403, cx: 403, manager: 403, employe: 403 };

test("the settings form's action: 403 for every role but ADMIN, with or without JavaScript, and nothing written", async ({
  page,
  browser,
  baseURL,
}) => {
  test.slow(); // five sign-ins and ten posts
  await signIn(page, "admin@demo.symetrie.fr");
  const adminSession = await page.context().cookies();
  const noScriptFields = await formFields(page, "/fr/settings", "organisation-settings-form");
  const sessionAs = async (cookies: Parameters<BrowserContext["addCookies"]>[0]) => {
    await page.context().clearCookies();
    await page.context().addCookies(cookies);
  };
  for (const role of Object.keys(settingsAction) as Role[]) {
    let session = adminSession;
    if (role !== "admin") {
      const other = await browser.newContext({ baseURL });
      await signIn(await other.newPage(), `${role}@demo.symetrie.fr`);
      session = await other.cookies();
      await other.close();
    }
    // The form is drawn for the ADMIN, then posted under the role's session.
    await sessionAs(adminSession);
    await page.goto("/fr/settings");
    await sessionAs(session);
    if (role !== "admin") {
      await page.getByRole("textbox", { name: "Nom", exact: true }).fill(`Pris par ${role}`);
      await page.getByRole("spinbutton", { name: "Taille minimale d'un groupe (anonymat)" }).fill("3");
    }
    const [response] = await Promise.all([
      page.waitForResponse((answer) => answer.request().method() === "POST" && new URL(answer.url()).pathname === "/fr/settings"),
      page.getByRole("button", { name: "Enregistrer", exact: true }).click(),
    ]);
    expect(response.status(), `${role} → settings action`).toBe(settingsAction[role]);
    if (role !== "admin") {
      // Without JavaScript (a plain form post): refused too; Next draws its not-found page (404)
      // for forbidden() in a no-JS action post, and 403 when the post reaches the page itself.
      const post = await page.request.post("/fr/settings", {
        multipart: { ...noScriptFields, name: `Pris par ${role}`, minGroupSize: "3" },
        headers: { origin: baseURL! },
      });
      expect([403, 404], `${role} → settings form without JavaScript`).toContain(post.status());
    }
  }
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT name, "minGroupSize" FROM "Organisation" WHERE slug = 'demo'`);
    expect(rows[0]).toEqual({ name: noScriptFields.name, minGroupSize: Number(noScriptFields.minGroupSize) });
  } finally {
    await client.end();
  }
});

test("signed out: every signed-in page redirects to sign-in", async ({ page }) => {
  test.slow(); // twenty-one redirects, the monthly report's included: more than 30 s on a busy machine
  for (const path of [...Object.keys(pages), `/fr/teams/${ids.ownTeam}`]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/fr\/sign-in\?callbackUrl=/);
  }
});

// The team tree editor's page of one team: ADMIN only; another organisation's team or garbage is a 404.
const teamEditor: Record<Role, Partial<Record<Target | "garbage", number>>> = {
  admin: { ownTeam: 200, otherDirection: 200, foreignTeam: 404, garbage: 404 },
  rh: { ownTeam: 403, foreignTeam: 403 },
  cx: { ownTeam: 403 },
  manager: { ownTeam: 403 },
  employe: { ownTeam: 403 },
};

test("the team editor's pages by role, own and foreign teams", async ({ browser }) => {
  test.setTimeout(90_000);
  for (const role of Object.keys(teamEditor) as Role[]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, `${role}@demo.symetrie.fr`);
    for (const [target, expected] of Object.entries(teamEditor[role])) {
      const id = target === "garbage" ? "not-a-team" : ids[target as Target];
      const response = await page.goto(`/fr/organisation/teams/${id}`);
      expect(response?.status(), `${role} → ${target}`).toBe(expected);
    }
    await context.close();
  }
});
