// Sign-in through next-auth's HTTP endpoint: a wrong password and an unknown email get the
// same answer (no account enumeration); a malformed body is refused the same way, not 500.
import { expect, test, type APIRequestContext } from "@playwright/test";

async function attempt(request: APIRequestContext, form: Record<string, string>) {
  const csrf = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { ...form, csrfToken: csrf.csrfToken, json: "true" },
    maxRedirects: 0,
  });
  return { status: response.status(), body: (await response.json()) as { url?: string } };
}

test("wrong password and unknown email are indistinguishable", async ({ playwright, baseURL }) => {
  const answers = [];
  for (const form of [
    { email: "admin@demo.symetrie.fr", password: "not-the-password" },
    { email: "personne@inconnu.test", password: "not-the-password" },
    { email: "not an email", password: "" },
    { email: "x".repeat(5000), password: "y".repeat(5000) },
  ]) {
    const request = await playwright.request.newContext({ baseURL });
    answers.push(await attempt(request, form));
    await request.dispose();
  }
  for (const answer of answers) {
    expect(answer.status).toBe(401);
    expect(answer.body.url).toContain("error=CredentialsSignin");
  }
  expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
});

test("the right password signs in", async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL });
  const answer = await attempt(request, { email: "admin@demo.symetrie.fr", password: "symetrie-demo" });
  expect(answer.status).toBe(200);
  const session = (await (await request.get("/api/auth/session")).json()) as { user?: { email?: string } };
  expect(session.user?.email).toBe("admin@demo.symetrie.fr");
  await request.dispose();
});
