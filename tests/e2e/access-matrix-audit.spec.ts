// The access matrix of the audit log viewer over real HTTP (issue 12 §7): role × page / CSV
// export / menu entry, ADMIN only (`audit:read`); and bad input — a garbage date, a person of
// another organisation, a forged cursor — is a clear message on the page and a 4xx on the export.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { createMember } from "./support/extra-member";
import { createForeignOrganisation } from "./support/foreign-org";
import { signIn } from "./support/session";

type Role = "admin" | "rh" | "cx" | "manager" | "employe";

const allowed: Record<Role, boolean> = { admin: true, rh: false, cx: false, manager: false, employe: false };
const paths = ["/fr/organisation/audit", "/en/organisation/audit?action=team.create&from=2026-01-01"];
const exports = ["/fr/organisation/audit/export.csv", "/fr/organisation/audit/export.csv?to=2026-12-31"];

for (const role of Object.keys(allowed) as Role[]) {
  test(`${role}: the audit log, its export and its menu entry`, async ({ page }) => {
    await signIn(page, `${role}@demo.symetrie.fr`);
    const menu = page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Journal d'audit" });
    await expect(menu).toHaveCount(allowed[role] ? 1 : 0);
    for (const path of paths) {
      const response = await page.goto(path);
      expect(response?.status(), `${role} → ${path}`).toBe(allowed[role] ? 200 : 403);
    }
    for (const path of exports) {
      const response = await page.request.get(path);
      expect(response.status(), `${role} → ${path}`).toBe(allowed[role] ? 200 : 403);
    }
  });
}

test("signed out: the page and the export redirect to sign-in", async ({ page }) => {
  for (const path of [paths[0]!, exports[0]!]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/fr\/sign-in\?callbackUrl=/);
  }
});

test("admin: an audited change is listed, filtered and exported; bad input is explained, never a 500", async ({ page }) => {
  const marker = `e2e.probe.${randomUUID().slice(0, 8)}`;
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "AuditLog" ("organisationId", "actorId", action, "targetType", "targetId", metadata)
       SELECT o.id, m.id, $1, 'Probe', 'p1', '{"name": "=1+1", "changes": {"role": "MANAGER"}}'::jsonb
         FROM "Organisation" o JOIN "Membership" m ON m."organisationId" = o.id JOIN "User" u ON u.id = m."userId"
        WHERE o.slug = 'demo' AND u.email = 'admin@demo.symetrie.fr'`,
      [marker],
    );
  } finally {
    await client.end();
  }
  await signIn(page, "admin@demo.symetrie.fr");
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Journal d'audit" }).click();
  await expect(page.getByRole("heading", { name: "Journal d'audit" })).toBeVisible();
  await page.getByLabel("Action").selectOption(marker);
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(new RegExp(`action=${marker.replace(/\./g, "\\.")}`));
  const rows = page.getByTestId("audit-row");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("changes.role: MANAGER");
  await expect(rows.first()).toContainText("admin@demo.symetrie.fr");

  const csv = await page.request.get(`/fr/organisation/audit/export.csv?action=${marker}`);
  expect(csv.status()).toBe(200);
  const bytes = await csv.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString("utf8")).toContain(marker);
  expect(bytes.toString("utf8")).toContain("name: =1+1"); // inside a quoted multi-line cell, not at its start

  const foreign = await createForeignOrganisation();
  const stranger = await createMember({ organisationId: foreign.organisationId, email: `x-${randomUUID().slice(0, 8)}@other.test` });
  const bad: Array<[string, RegExp, number]> = [
    ["from=hier", /Ce filtre n'est pas valable : Du/, 400],
    ["from=2026-12-01&to=2026-01-01", /Ce filtre n'est pas valable : Au/, 400],
    [`person=${stranger.membershipId}`, /Cette personne n'existe pas dans votre organisation/, 404],
    ["cursor=forged", /Cette page du journal n'existe pas/, 400],
  ];
  for (const [query, message, exportStatus] of bad) {
    const response = await page.goto(`/fr/organisation/audit?${query}`);
    expect(response?.status(), query).toBe(200);
    await expect(page.getByTestId("audit-problem"), query).toHaveText(message);
    await expect(page.getByTestId("audit-row")).toHaveCount(0);
    if (!query.startsWith("cursor"))
      expect((await page.request.get(`/fr/organisation/audit/export.csv?${query}`)).status(), query).toBe(exportStatus);
  }
});
