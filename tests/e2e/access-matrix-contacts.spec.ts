// The access matrix of the contacts list over real HTTP: role × page / CSV export / "retry now"
// action × own / other organisation. ADMIN and CX only (`contacts:manage`); the server decides,
// whatever the navigation shows; the action writes nothing for anyone else.
import { expect, test } from "@playwright/test";
import { formFields } from "./support/action-form";
import { createFailedDemoContact, createFailedForeignContact, emailStateOf } from "./support/failed-contact";
import { createForeignOrganisation } from "./support/foreign-org";
import { signIn } from "./support/session";

type Role = "admin" | "rh" | "cx" | "manager" | "employe";

const allowed: Record<Role, boolean> = { admin: true, rh: false, cx: true, manager: false, employe: false };
const paths = ["/fr/contacts", "/fr/contacts?status=FAILED&cursor=abc", "/en/contacts"];
const exports = ["/fr/contacts/export.csv", "/fr/contacts/export.csv?link=expired&channel=CHAT"];

for (const role of Object.keys(allowed) as Role[]) {
  test(`${role}: the contacts page, its export and its menu entry`, async ({ page }) => {
    await signIn(page, `${role}@demo.symetrie.fr`);
    const menu = page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Contacts" });
    await expect(menu).toHaveCount(allowed[role] ? 1 : 0);
    for (const path of paths) {
      const response = await page.goto(path);
      expect(response?.status(), `${role} → ${path}`).toBe(allowed[role] ? 200 : 403);
    }
    if (!allowed[role]) await expect(page.getByRole("heading", { name: "Access denied" })).toBeVisible();
    for (const path of exports) {
      const response = await page.request.get(path);
      expect(response.status(), `${role} → ${path}`).toBe(allowed[role] ? 200 : 403);
      expect(response.headers()["content-type"]).toBe(allowed[role] ? "text/csv; charset=utf-8" : "text/plain; charset=utf-8");
    }
  });
}

test("signed out: the page and the export redirect to sign-in", async ({ page }) => {
  for (const path of [paths[0]!, exports[0]!]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/fr\/sign-in\?callbackUrl=/);
  }
});

test("retry now: refused for roles without contacts:manage, a foreign contact and a cross-site post; nothing written", async ({
  page,
  browser,
  baseURL,
}) => {
  test.slow(); // four sign-ins and a dozen posts
  const own = await createFailedDemoContact("E2E-MATRIX");
  const foreignOrg = await createForeignOrganisation();
  const foreign = await createFailedForeignContact(foreignOrg.organisationId, foreignOrg.teamId);
  await signIn(page, "cx@demo.symetrie.fr");
  const fields = await formFields(page, `/fr/contacts?q=${own.externalId}`, `retry-${own.id}`);
  expect(fields.contactId).toBe(own.id);
  const post = (request: typeof page.request, contactId: string, origin: string | null = baseURL!) =>
    request.post("/fr/contacts", { multipart: { ...fields, contactId }, headers: origin ? { origin } : {} });

  for (const role of ["rh", "manager", "employe"] as const) {
    const other = await browser.newContext({ baseURL });
    await signIn(await other.newPage(), `${role}@demo.symetrie.fr`);
    // Next draws its not-found page (404) for forbidden() in a no-JS action post, 403 when the post reaches the page.
    expect([403, 404], role).toContain((await post(other.request, own.id)).status());
    await other.close();
  }
  // Another organisation's contact: "not found" for the CX lead of the demo, and untouched.
  const foreignAnswer = await post(page.request, foreign.id);
  expect(new URL(foreignAnswer.url()).searchParams.get("result")).toBe("notFound");
  expect(await emailStateOf(foreign.id)).toEqual({ emailStatus: "FAILED", emailAttempts: 6, due: false, audits: 0 });
  // A post that does not say it comes from the app (no Origin, no Sec-Fetch-Site).
  const crossSite = await post(page.request, own.id, null);
  expect(new URL(crossSite.url()).searchParams.get("result")).toBe("invalid");
  expect(await emailStateOf(own.id)).toEqual({ emailStatus: "FAILED", emailAttempts: 6, due: false, audits: 0 });

  // The same post, from the app, by the CX lead: done once, then refused as no longer failed.
  const done = await post(page.request, own.id);
  expect(done.status()).toBe(200);
  expect(new URL(done.url()).searchParams.get("result")).toBe("retried");
  expect(new URL(done.url()).searchParams.get("q")).toBe(own.externalId);
  expect(await emailStateOf(own.id)).toEqual({ emailStatus: "PENDING", emailAttempts: 6, due: true, audits: 1 });
  const again = await post(page.request, own.id);
  expect(new URL(again.url()).searchParams.get("result")).toBe("notFailed");
  expect((await emailStateOf(own.id)).audits).toBe(1);
});
