// Another organisation's ids give every demo role the 404 page, with nothing of it shown.
import { expect, test } from "@playwright/test";
import { createForeignOrganisation } from "./support/foreign-org";
import { signIn } from "./support/session";

const accounts = ["admin", "rh", "cx", "manager", "employe"].map((name) => `${name}@demo.symetrie.fr`);

test("every role gets 404 for a team of another organisation", async ({ page }) => {
  test.setTimeout(90_000); // five sign-ins in a row: 18 s on an idle CI machine, over 30 s on a loaded one
  const foreign = await createForeignOrganisation();
  for (const email of accounts) {
    await page.context().clearCookies();
    await signIn(page, email);
    for (const locale of ["fr", "en"]) {
      const response = await page.goto(`/${locale}/teams/${foreign.teamId}`);
      expect(response?.status(), `${email} ${locale}`).toBe(404);
      await expect(page.getByText("Équipe secrète")).toHaveCount(0);
    }
    await page.goto("/fr/dashboard");
    await expect(page.getByText("Équipe secrète")).toHaveCount(0);
  }
});
