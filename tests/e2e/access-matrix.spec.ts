// The access matrix over real HTTP: role × page × own team / other team / other
// organisation. Expected statuses are the product's rules (PRODUCT.md §6); the server
// decides them in the data layer, whatever the navigation shows.
import { expect, test } from "@playwright/test";
import pg from "pg";
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
      (await client.query<{ id: string }>(`SELECT t.id FROM "Team" t JOIN "Organisation" o ON o.id = t."organisationId" WHERE o.slug = 'demo' AND t."externalId" = $1`, [externalId])).rows[0]!.id;
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
  "/fr/pulses": { admin: 200, rh: 200, cx: 200, manager: 200, employe: 200 },
  "/fr/settings": { admin: 200, rh: 403, cx: 403, manager: 403, employe: 403 },
  "/fr/settings/api-keys": { admin: 200, rh: 403, cx: 403, manager: 403, employe: 403 },
  "/fr/pulses/manage": { admin: 200, rh: 200, cx: 403, manager: 403, employe: 403 },
  "/fr/contacts/import": { admin: 200, rh: 403, cx: 200, manager: 403, employe: 403 },
  "/fr/follow-ups": { admin: 200, rh: 200, cx: 200, manager: 200, employe: 403 },
};

for (const role of Object.keys(teamPage) as Role[]) {
  test(`${role}: team pages and organisation pages`, async ({ page }) => {
    await signIn(page, `${role}@demo.symetrie.fr`);
    for (const target of Object.keys(teamPage[role]) as Target[]) {
      const response = await page.goto(`/fr/teams/${ids[target]}`);
      expect(response?.status(), `${role} → ${target}`).toBe(teamPage[role][target]);
    }
    for (const [path, expected] of Object.entries(pages)) {
      const response = await page.goto(path);
      expect(response?.status(), `${role} → ${path}`).toBe(expected[role]);
    }
  });
}

test("signed out: every signed-in page redirects to sign-in", async ({ page }) => {
  for (const path of [...Object.keys(pages), `/fr/teams/${ids.ownTeam}`]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/fr\/sign-in\?callbackUrl=/);
  }
});
