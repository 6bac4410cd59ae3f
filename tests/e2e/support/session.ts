// Signs a demo account in through the real sign-in form.
//
// A demo account signed in once in a worker is signed in again by its session cookie: the form, the
// password check and the redirect were already proven for it, and a worker runs many tests as the
// same few accounts (the e2e tier spends its time there). Only the demo accounts with the demo
// password are remembered; a cookie that no longer opens the landing page (a session ended by a
// password or role change) is forgotten and the form is used again.
import { expect, type Cookie, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "symetrie-demo";

const LANDING = /\/fr\/(dashboard|home)$/;
const remembered = new Map<string, { cookies: Cookie[]; landing: string }>();

const rememberable = (email: string, password: string) => password === DEMO_PASSWORD && email.endsWith("@demo.symetrie.fr");

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  const known = rememberable(email, password) ? remembered.get(email) : undefined;
  if (known) {
    await page.context().addCookies(known.cookies);
    await page.goto(known.landing);
    if (LANDING.test(new URL(page.url()).pathname)) return;
    remembered.delete(email);
  }
  await page.goto("/fr/sign-in");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  // Every role lands on the dashboard but EMPLOYEE, on their home (lib/auth/landing.ts).
  await expect(page).toHaveURL(LANDING);
  if (rememberable(email, password))
    remembered.set(email, { cookies: await page.context().cookies(), landing: new URL(page.url()).pathname });
}
