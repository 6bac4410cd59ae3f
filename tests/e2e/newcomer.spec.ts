// Issue 10 §1, as a newcomer does it: `npm run dev`, then a URL it prints. Next dev serves
// its own resources (/_next, HMR) only to the origins it allows; a page opened elsewhere
// than localhost never hydrated, so the charts stayed blank. Uses the e2e tier's seeded
// database (DATABASE_URL), so the dev script only checks migrations and the demo seed.
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { freePort } from "../../scripts/db/postgres";

const ROOT = path.join(__dirname, "..", "..");

interface DevServer { child: ChildProcess; output(): string; ready: Promise<void> }

function startDev(port: number): DevServer {
  // As in a newcomer's shell: development, and no NEXTAUTH_URL (spawn drops undefined values).
  const env = { ...process.env, NODE_ENV: "development" as const, NEXTAUTH_URL: undefined, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" };
  const child = spawn("npm", ["run", "dev"], { cwd: ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const ready = new Promise<void>((resolve, reject) => {
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (/Ready in/.test(output)) resolve();
    };
    child.stdout?.on("data", collect);
    child.stderr?.on("data", collect);
    child.on("exit", (code) => reject(new Error(`npm run dev exited (${code}):\n${output}`)));
  });
  return { child, output: () => output, ready };
}

async function stopDev(server: DevServer) {
  const { pid } = server.child;
  if (!pid || server.child.exitCode !== null) return;
  const exited = new Promise((resolve) => server.child.on("exit", resolve));
  process.kill(-pid, "SIGTERM"); // the dev script stops Next's own process group and PostgreSQL
  await exited;
}

/** What Next dev answers a request for one of its resources made from `origin`. */
function devResourceStatus(port: number, origin: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: "127.0.0.1", port, path: "/_next/static/newcomer-probe.js", headers: { origin, "sec-fetch-mode": "cors" } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on("error", reject);
  });
}

test("npm run dev: every printed URL may load Next's resources, and the dashboard at 127.0.0.1 draws its charts", async ({ browser }) => {
  test.setTimeout(240_000);
  const port = await freePort();
  const server = startDev(port);
  try {
    const started = Date.now();
    await server.ready;
    const printed = [...new Set(server.output().match(new RegExp(`http://[^\\s/]+:${port}`, "g")) ?? [])];
    expect(printed).toEqual(expect.arrayContaining([`http://localhost:${port}`, `http://127.0.0.1:${port}`]));
    for (const url of printed) expect(await devResourceStatus(port, url), url).not.toBe(403);

    const context = await browser.newContext({ baseURL: `http://127.0.0.1:${port}`, locale: "fr-FR" });
    const page = await context.newPage();
    await page.goto("/fr/sign-in", { timeout: 120_000 });
    await page.getByLabel("Adresse e-mail").fill("rh@demo.symetrie.fr");
    await page.getByLabel("Mot de passe").fill("symetrie-demo");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page).toHaveURL(/\/fr\/dashboard$/, { timeout: 120_000 });
    // recharts draws its SVG only once React has hydrated the page.
    await expect(page.locator("svg.recharts-surface").first()).toBeVisible({ timeout: 60_000 });
    expect(server.output()).not.toContain("Blocked cross-origin request");
    // The guard still holds for other sites: the status check above can fail.
    expect(await devResourceStatus(port, "http://evil.example")).toBe(403);
    console.log(`[newcomer] npm run dev ready and dashboard hydrated in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await context.close();
  } finally {
    await stopDev(server);
  }
});
