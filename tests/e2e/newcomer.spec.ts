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

interface DevServer {
  child: ChildProcess;
  output(): string;
  ready: Promise<void>;
}

function startDev(port: number): DevServer {
  // As in a newcomer's shell: development, and no NEXTAUTH_URL (spawn drops undefined values).
  const env = {
    ...process.env,
    NODE_ENV: "development" as const,
    NEXTAUTH_URL: undefined,
    PORT: String(port),
    NEXT_TELEMETRY_DISABLED: "1",
  };
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
    const request = http.get(
      { host: "127.0.0.1", port, path: "/_next/static/newcomer-probe.js", headers: { origin, "sec-fetch-mode": "cors" } },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    request.on("error", reject);
  });
}

test("npm run dev: every printed URL may load Next's resources, and the dashboard at 127.0.0.1 draws its charts", async ({ browser }) => {
  // next dev compiles each route on first request: slow on a busy 2-core machine.
  test.setTimeout(300_000);
  const started = Date.now();
  const lap = (step: string) => console.log(`[newcomer] ${step} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const port = await freePort();
  const server = startDev(port);
  try {
    await server.ready;
    lap("npm run dev ready");
    const printed = [...new Set(server.output().match(new RegExp(`http://[^\\s/]+:${port}`, "g")) ?? [])];
    expect(printed).toEqual(expect.arrayContaining([`http://localhost:${port}`, `http://127.0.0.1:${port}`]));
    for (const url of printed) expect(await devResourceStatus(port, url), url).not.toBe(403);

    const base = `http://127.0.0.1:${port}`;
    const context = await browser.newContext({ baseURL: base, locale: "fr-FR" });
    // The sign-in form's own post (the form itself is covered by the other specs): one small
    // route to compile instead of a page.
    const signIn = await context.request.post("/api/session/start", {
      form: { locale: "fr", callbackUrl: "/fr/dashboard", email: "rh@demo.symetrie.fr", password: "symetrie-demo" },
      headers: { origin: base },
      maxRedirects: 0,
      timeout: 150_000,
    });
    expect(signIn.headers().location).toBe("/fr/dashboard");
    lap("signed in");
    const page = await context.newPage();
    await page.goto("/fr/dashboard", { timeout: 150_000 });
    lap("dashboard served");
    // recharts draws its SVG only once React has hydrated the page.
    await expect(page.locator("svg.recharts-surface").first()).toBeVisible({ timeout: 90_000 });
    lap("chart drawn");
    expect(server.output()).not.toContain("Blocked cross-origin request");
    // The guard still holds for other sites: the status check above can fail.
    expect(await devResourceStatus(port, "http://evil.example")).toBe(403);
    await context.close();
  } finally {
    await stopDev(server);
  }
});
