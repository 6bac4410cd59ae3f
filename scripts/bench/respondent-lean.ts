// `npm run bench:respondent-lean`: what issue 3's (c) would be if the respondent route were
// served by a plain node:http handler in front of Next instead of Next's router. Same lib code
// (findSurveyLink, submitCustomerResponse, the cached React pages), same pg pool size, same
// database; measured side by side with Next's health GET (the ceiling) and Next's own
// respondent route, fresh links for every GET + POST pair. A probe for the decision to add a
// custom server, not the product's serving path: it skips the route's same-origin check,
// rate limiting and redraw-with-errors, which the real handler would keep.
import crypto from "node:crypto";
import http from "node:http";
import pg from "pg";
import type autocannon from "autocannon";
import { renderSurveyForm, renderSurveyMessage } from "@/components/survey/render-survey-page";
import { findSurveyLink } from "@/lib/db/survey-links/find-survey-link";
import { submitCustomerResponse } from "@/lib/db/survey-links/submit-customer-response";
import { linkTokenFor } from "@/lib/surveys/tokens";
import { parseResponseDraft, readResponseForm } from "@/lib/surveys/response-schema";
import { buildApp, load, printLoad, startBenchDatabase, startServer } from "./harness";
import { prepareOrganisation } from "./ingest-setup";

const LINKS = 40_000;
const PATH = /^\/(fr|en)\/r\/([A-Za-z0-9_-]+)$/;

async function send(res: http.ServerResponse, pending: Response | Promise<Response>): Promise<void> {
  const response = await pending;
  const body = Buffer.from(await response.arrayBuffer());
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(body);
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

async function respond(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const match = PATH.exec(req.url ?? "");
  if (!match) return void res.writeHead(404).end();
  const locale = match[1] === "en" ? "en" : "fr";
  const token = match[2] ?? "";
  if (req.method === "GET") {
    const link = await findSurveyLink(token, locale);
    if (link.status !== "open") return send(res, renderSurveyMessage({ locale, kind: "notFound", status: 404 }));
    const draft = { submissionId: crypto.randomUUID(), score: "", comment: "", items: {}, irritantIds: [], irritantOther: "" };
    return send(res, renderSurveyForm({ locale, form: link, action: req.url ?? "", draft, errors: [] }));
  }
  const parsed = parseResponseDraft(readResponseForm(new URLSearchParams(await readBody(req))));
  if (!parsed.ok) return send(res, renderSurveyMessage({ locale, kind: "notFound", status: 422 }));
  const result = await submitCustomerResponse(token, parsed.input);
  const thanked = result.status === "stored" || result.status === "duplicate";
  return send(res, renderSurveyMessage({ locale, kind: "thanks", status: thanked ? 200 : 409, organisationName: "Bench SA", brandColor: "#1d4ed8" }));
}

/** Fresh links: every GET + POST pair of a connection answers a link nobody used yet. */
function respondentMix(baseUrl: string, tokens: string[]): autocannon.Options {
  let next = 0;
  type Context = { token?: string };
  return {
    url: baseUrl,
    requests: [
      {
        method: "GET",
        setupRequest: (request, context) => {
          const token = tokens[next++];
          if (!token) return null as never; // out of fresh links: autocannon resets the pipeline
          (context as Context).token = token;
          return { ...request, path: `/fr/r/${token}` };
        },
      },
      {
        method: "POST",
        setupRequest: (request, context) => ({
          ...request,
          path: `/fr/r/${(context as Context).token}`,
          headers: { origin: baseUrl, "content-type": "application/x-www-form-urlencoded" },
          body: `submissionId=${crypto.randomUUID()}&score=9&comment=Tr%C3%A8s+bien`,
        }),
      },
    ],
  };
}

async function main() {
  buildApp();
  const env = await startBenchDatabase();
  const next = await startServer(env);
  // The in-process lean server reads the same database and secret as the Next server.
  Object.assign(process.env, { DATABASE_URL: env.database.url, NEXTAUTH_SECRET: env.secret, DB_POOL_MAX: "20", NODE_ENV: "production" });
  const lean = http.createServer((req, res) => {
    respond(req, res).catch((error: Error) => {
      console.error(`[lean] ${error.name}: ${error.message}`);
      res.writeHead(503).end();
    });
  });
  await new Promise<void>((resolve) => lean.listen(0, "127.0.0.1", resolve));
  const address = lean.address();
  const leanUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  try {
    const { key } = await prepareOrganisation(env.database.url);
    for (let made = 0; made < LINKS; made += 10_000) {
      const rows = Array.from({ length: 10_000 }, (_, i) => ({ teamExternalId: "BENCH-T1", channel: "phone", momentOfTruth: "reclamation", locale: "fr", externalId: `lean-${made + i}` }));
      const response = await fetch(`${next.baseUrl}/api/v1/contacts/bulk`, { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: JSON.stringify(rows) });
      if (!response.ok) throw new Error(`could not create contacts: ${response.status}`);
    }
    const client = new pg.Client({ connectionString: env.database.url });
    await client.connect();
    const ids = (await client.query<{ id: string }>(`SELECT id::text AS id FROM "Contact" ORDER BY id`)).rows.map((row) => row.id);
    await client.end();
    const tokens = ids.map((id) => linkTokenFor(env.secret, id).token);
    const half = Math.floor(tokens.length / 2);
    await load("warm-up", { url: `${next.baseUrl}/api/health`, duration: 3 });
    const results = [
      await load("(a) Next: GET /api/health (ceiling)", { url: `${next.baseUrl}/api/health` }),
      await load("(c) Next: respondent GET + POST", respondentMix(next.baseUrl, tokens.slice(0, half))),
      await load("(c') node:http in front: respondent GET + POST", respondentMix(leanUrl, tokens.slice(half))),
    ];
    printLoad(results);
    const [a, c, lean2] = results;
    const ratio = (x: typeof a) => (x!.requestsPerSecond / a!.requestsPerSecond).toFixed(2);
    console.log(`\n(c)/(a) = ${ratio(c)}; (c')/(a) = ${ratio(lean2)} (issue 3's target for (c): ≥ 0.8). The lean server shares this process with autocannon.`);
  } finally {
    await new Promise((resolve) => setTimeout(resolve, 1_000)); // requests in flight when the load stopped
    lean.close();
    next.stop();
    await env.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
