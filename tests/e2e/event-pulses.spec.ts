// Personal pulses of employee moments of truth end to end: an employee with a due event sees
// it on their home page, answers it with JavaScript off on the script-free page (same
// anonymity statement), and a second try is refused with 409 and nothing stored.
import { expect, test } from "@playwright/test";
import { query } from "./support/api-keys";
import { createPulseOrg, type PulseOrg } from "./support/pulse-org";
import { signIn } from "./support/session";

let org: PulseOrg;
let eventId: string;

test.beforeAll(async () => {
  org = await createPulseOrg();
  // As POST /api/v1/employee-events stores it, due yesterday (30 days after an onboarding).
  const [row] = await query<{ id: string }>(
    `INSERT INTO "EmployeeEvent" (id, "organisationId", "membershipId", type, "occurredAt", "surveyDueAt")
     SELECT gen_random_uuid(), m."organisationId", m.id, 'ONBOARDING', now() - interval '31 days', now() - interval '1 day'
     FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE u.email = $1 RETURNING id::text`,
    [org.teamA[0]],
  );
  eventId = row!.id;
});

const answers = async () =>
  (
    await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "EmployeeBallot" WHERE "eventType" IS NOT NULL AND "teamId" IN
  (SELECT m."teamId" FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE u.email = $1)`,
      [org.teamA[0]],
    )
  )[0]!.n;

test("an employee answers a due personal pulse with JavaScript off; a second try is refused", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, org.teamA[0]!);
  await page.goto("/fr/pulses");
  const card = page.getByTestId("due-event");
  await expect(card).toContainText("Votre expérience : votre intégration");
  await card.getByRole("link", { name: "Répondre" }).click();
  expect(new URL(page.url()).pathname).toBe(`/fr/e/${eventId}`);
  await expect(page.getByTestId("anonymity")).toContainText("sans votre nom");
  await expect(page.getByTestId("anonymity")).toContainText("au moins 5 personnes");
  await expect(page.locator("script[src]")).toHaveCount(0); // no framework JavaScript
  await page.getByRole("button", { name: "Envoyer ma réponse" }).click();
  await expect(page.getByText("Choisissez une note de 0 à 10.").first()).toBeVisible(); // 422: nothing stored
  expect(await answers()).toBe(0);
  await page.getByRole("radio", { name: /^9( –|$)/ }).check();
  await page.getByLabel("Pourquoi ? (facultatif)").fill("Un accueil soigné");
  await page.getByRole("button", { name: "Envoyer ma réponse" }).click();
  await expect(page.getByRole("heading", { name: "Merci pour votre réponse" })).toBeVisible();
  expect(await answers()).toBe(1);

  const again = await page.request.post(`/fr/e/${eventId}`, { form: { score: "3" }, headers: { Origin: new URL(page.url()).origin } });
  expect(again.status()).toBe(409);
  expect(await again.text()).toContain("Vous avez déjà répondu");
  expect(await answers()).toBe(1);
  await page.goto("/fr/pulses");
  await expect(page.getByTestId("due-event")).toContainText("Merci, vous avez répondu");
  // Someone else's event is not found.
  await context.close();
  const otherContext = await browser.newContext({ javaScriptEnabled: false });
  const other = await otherContext.newPage();
  await signIn(other, org.teamA[1]!);
  expect((await other.goto(`/fr/e/${eventId}`))?.status()).toBe(404);
  await otherContext.close();
});
