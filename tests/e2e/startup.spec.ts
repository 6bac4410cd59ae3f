// The production server refuses to start on a bad environment and names the variable.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { withClient } from "./survey-support";
import { insertOrgRows } from "./support/org-rows";

const nextBin = path.join(__dirname, "..", "..", "node_modules", "next", "dist", "bin", "next");

function startServer(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [nextBin, "start", "-H", "127.0.0.1", "-p", "0"], {
      cwd: path.join(__dirname, "..", ".."),
      env: { PATH: process.env.PATH ?? "", NODE_ENV: "production", ...env },
      detached: true,
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    // A server that does not refuse keeps running: stop it so the test fails instead of hanging.
    const timer = setTimeout(() => child.pid && process.kill(-child.pid, "SIGTERM"), 20_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

const secret = "s".repeat(40);

test("missing DATABASE_URL", async () => {
  const { code, output } = await startServer({ NEXTAUTH_SECRET: secret });
  expect(code).toBe(1);
  expect(output).toContain("DATABASE_URL");
});

test("invalid DATABASE_URL and a short NEXTAUTH_SECRET are both named", async () => {
  const { code, output } = await startServer({ DATABASE_URL: "mysql://nope", NEXTAUTH_SECRET: "short" });
  expect(code).toBe(1);
  expect(output).toContain("DATABASE_URL: must be a postgresql:// connection string");
  expect(output).toContain("NEXTAUTH_SECRET");
});

test("an OpenID Connect client secret stored and no SSO_SECRET_KEY: refuses to start, and says which key", async () => {
  let organisationId = "";
  await withClient(async (client) => {
    ({ organisationId } = await insertOrgRows(client, "sso-start", "sso-start.test"));
    await client.query(
      `INSERT INTO "OrganisationSso" (id, "organisationId", "displayName", issuer, "clientId", "clientSecretSealed", "allowedDomains", "breakGlassUserIds", "updatedAt")
       VALUES ($1, $2, 'IdP', 'https://idp.example', 'client', 'v1.sealed.with.a-key', ARRAY[$3], ARRAY[]::uuid[], now())`,
      [randomUUID(), organisationId, `sso-start-${organisationId.slice(0, 8)}.test`],
    );
  });
  try {
    const { code, output } = await startServer({
      DATABASE_URL: process.env.DATABASE_URL ?? "",
      DATABASE_APP_URL: process.env.DATABASE_APP_URL ?? "",
      NEXTAUTH_SECRET: secret,
    });
    expect(code).toBe(1);
    expect(output).toContain("SSO_SECRET_KEY is not set");
  } finally {
    await withClient((client) => client.query(`DELETE FROM "OrganisationSso" WHERE "organisationId" = $1`, [organisationId]));
  }
});
