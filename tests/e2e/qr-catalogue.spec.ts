// Issue 13 §3–4 over real HTTP on the demo: an integrator reads GET /api/v1/catalogue and builds a
// contact from it alone (no moment: "non_precise" applies), fetches its QR codes, and a CX lead
// opens the printable QR sheet from the contacts page. The contacts made here are deleted afterwards.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createKey, demoTeam, query } from "./support/api-keys";
import { forgetDemoContactsByExternalId } from "./support/demo-restore";
import { signIn } from "./support/session";

const created: string[] = [];
test.afterAll(() => forgetDemoContactsByExternalId(created.splice(0)));
// Keys are minted through the real CLI (a process each): slow on a busy machine.
test.describe.configure({ timeout: 120_000 });

let key: string;
let narrow: string;
test.beforeAll(() => {
  key = createKey("e2e qr-catalogue", "demo", "contacts:write,catalogue:read").key;
  narrow = createKey("e2e qr-catalogue narrow", "demo", "contacts:write").key;
});

type Catalogue = {
  channels: Array<{ key: string }>;
  customer: { defaultMomentOfTruth: string | null; momentsOfTruth: Array<{ key: string; labelFr: string }> };
};

async function contactFromCatalogue(request: import("@playwright/test").APIRequestContext) {
  const headers = { authorization: `Bearer ${key}` };
  const catalogue = await request.get("/api/v1/catalogue", { headers });
  expect(catalogue.status()).toBe(200);
  const body = (await catalogue.json()) as Catalogue;
  expect(body.customer.defaultMomentOfTruth).toBe("non_precise");
  const team = await demoTeam();
  const externalId = `e2e-qr-${randomUUID()}`;
  created.push(externalId);
  const response = await request.post("/api/v1/contacts", {
    headers,
    data: { externalId, teamId: team.id, channel: body.channels[0]!.key, locale: "fr" },
  });
  expect(response.status()).toBe(201);
  return { ...((await response.json()) as { id: string; url: string }), externalId, catalogue: body };
}

test("an integrator builds a contact from the catalogue alone and gets its QR codes", async ({ request }) => {
  const contact = await contactFromCatalogue(request);
  const [stored] = await query<{ key: string }>(
    `SELECT m.key FROM "Contact" c JOIN "MomentOfTruth" m ON m.id = c."momentOfTruthId" WHERE c.id = $1::uuid`,
    [contact.id],
  );
  expect(stored?.key).toBe("non_precise");
  const headers = { authorization: `Bearer ${key}` };
  const svg = await request.get(`/api/v1/contacts/${contact.id}/qr.svg`, { headers });
  expect(svg.status()).toBe(200);
  expect(svg.headers()["content-type"]).toBe("image/svg+xml");
  const png = await request.get(`/api/v1/contacts/${contact.id}/qr.png`, { headers });
  expect(png.headers()["content-type"]).toBe("image/png");
  expect((await request.get(`/api/v1/contacts/${randomUUID()}/qr.svg`, { headers })).status()).toBe(404);

  // A key without catalogue:read is refused, with the scope named.
  const refused = await request.get("/api/v1/catalogue", { headers: { authorization: `Bearer ${narrow}` } });
  expect(refused.status()).toBe(403);
  expect(await refused.text()).toContain("catalogue:read");
});

test("a CX lead opens the printable QR sheet of a contact from the contacts page", async ({ page, request }) => {
  const contact = await contactFromCatalogue(request);
  await signIn(page, "cx@demo.symetrie.fr");
  await page.goto(`/fr/contacts?q=${contact.externalId}`);
  await expect(page.getByTestId("contact-row")).toHaveCount(1);
  await page.getByTestId("contact-qr-link").click();
  await expect(page).toHaveURL(new RegExp(`/fr/contacts/${contact.id}/qr$`));
  await expect(page.getByTestId("qr-organisation")).toHaveText("Maison Lumière");
  await expect(page.getByRole("img", { name: "QR code menant au questionnaire de satisfaction" })).toBeVisible();
  await expect(page.getByText("Votre avis compte")).toBeVisible();
  await expect(page.getByText(contact.url)).toBeVisible();
  // On paper: the app's header and the buttons are gone, the sheet stays.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByTestId("qr-print")).toBeHidden();
  await expect(page.getByTestId("qr-sheet")).toBeVisible();
});
