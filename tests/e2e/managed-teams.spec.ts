// Issue 12 §3 in Chromium: a manager of several subtrees. On an organisation of its own (raw SQL),
// the ADMIN adds a second team to a manager's page; the manager, who got a 404 on that team's
// page, now reads it; a team already inside what they manage is refused with the reason.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import bcrypt from "bcryptjs";
import { withClient } from "./survey-support";
import { DEMO_PASSWORD, signIn } from "./support/session";

test("the ADMIN gives a manager a further team, which the manager then sees", async ({ page, browser }) => {
  const tag = randomUUID().slice(0, 8);
  const [organisationId, direction, teamA, teamB, adminId, managerId, managerMembership] = Array.from({ length: 7 }, () => randomUUID());
  const admin = `admin-${tag}@managed.test`;
  const manager = `manager-${tag}@managed.test`;
  const hash = await bcrypt.hash(DEMO_PASSWORD, 4);
  await withClient(async (client) => {
    await client.query(`INSERT INTO "Organisation" (id, slug, name) VALUES ($1, $2, $3)`, [
      organisationId,
      `managed-${tag}`,
      `Managée ${tag}`,
    ]);
    for (const [id, name, parent, path, depth] of [
      [direction, "Direction Est", null, `/${direction}/`, 0],
      [teamA, "Conseil Metz", direction, `/${direction}/${teamA}/`, 1],
      [teamB, "Conseil Nancy", direction, `/${direction}/${teamB}/`, 1],
    ] as const)
      await client.query(
        `INSERT INTO "Team" (id, "organisationId", name, kind, "parentId", path, depth) VALUES ($1, $2, $3, 'TEAM', $4, $5, $6)`,
        [id, organisationId, name, parent, path, depth],
      );
    for (const [id, email, name] of [
      [adminId, admin, "Admin"],
      [managerId, manager, "Maëlle Manager"],
    ])
      await client.query(`INSERT INTO "User" (id, email, name, "passwordHash") VALUES ($1, $2, $3, $4)`, [id, email, name, hash]);
    await client.query(`INSERT INTO "Membership" (id, "organisationId", "userId", role, "teamId") VALUES ($1, $2, $3, 'ADMIN', $4)`, [
      randomUUID(),
      organisationId,
      adminId,
      direction,
    ]);
    await client.query(`INSERT INTO "Membership" (id, "organisationId", "userId", role, "teamId") VALUES ($1, $2, $3, 'MANAGER', $4)`, [
      managerMembership,
      organisationId,
      managerId,
      teamA,
    ]);
  });

  const managerContext = await browser.newContext();
  const managerPage = await managerContext.newPage();
  await signIn(managerPage, manager);
  expect((await managerPage.goto(`/fr/teams/${teamB}`))!.status()).toBe(404);

  await signIn(page, admin);
  await page.goto(`/fr/organisation/people/${managerMembership}`);
  const section = page.getByTestId("managed-teams");
  await expect(section.getByRole("heading", { name: "Équipes managées en plus" })).toBeVisible();
  await expect(section).toContainText("Sa propre équipe : Conseil Metz");
  await expect(section).toContainText("Aucune autre équipe.");

  await section.getByLabel("Équipe ou service").selectOption({ label: "Conseil Metz" });
  await section.getByRole("button", { name: "Ajouter" }).click();
  await expect(page.getByTestId("managed-teams").getByRole("alert")).toHaveText(
    "Cette équipe fait déjà partie de ce que la personne manage.",
  );

  await page.getByTestId("managed-teams").getByLabel("Équipe ou service").selectOption({ label: "Conseil Nancy" });
  await page.getByTestId("managed-teams").getByRole("button", { name: "Ajouter" }).click();
  await expect(page.getByTestId("person-notice")).toHaveText("Équipe ajoutée à ce que la personne manage.");
  await expect(page.getByTestId("managed-teams").getByRole("listitem")).toHaveText(/Conseil Nancy/);

  expect((await managerPage.goto(`/fr/teams/${teamB}`))!.status()).toBe(200);
  await expect(managerPage.getByRole("heading", { name: "Conseil Nancy", level: 1 })).toBeVisible();
  expect((await managerPage.goto(`/fr/teams/${direction}`))!.status()).toBe(404);

  await page.getByTestId("managed-teams").getByRole("button", { name: "Retirer Conseil Nancy" }).click();
  await expect(page.getByTestId("person-notice")).toHaveText("Équipe retirée.");
  expect((await managerPage.goto(`/fr/teams/${teamB}`))!.status()).toBe(404);
  await managerContext.close();
});
