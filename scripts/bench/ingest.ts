// `npm run bench:ingest`: measures ingestion on this machine, side by side in one run:
// (a) a trivial route (the ceiling), (b) POST /api/v1/contacts (then with and without the per-key
// request limiter, alternated three times), (c) full respondent
// submissions (GET page + POST answer, fresh tokens), then the same route's GET alone (open
// links, not consumed) and POST alone (fresh tokens), (d) the bulk endpoint with 10 000
// rows against raw set-based INSERTs of the same rows, (e) the per-key limiter's statement on one
// busy key, sharded against one counter row. Prints figures and ratios.
import crypto from "node:crypto";
import type autocannon from "autocannon";
import pg from "pg";
import { buildApp, load, printLoad, startBenchDatabase, startServer } from "./harness";
import { baseContact, contactBody, prepareOrganisation, rawInsertContacts, respondentTokens } from "./ingest-setup";

const BULK_ROWS = 10_000;
const BULK_ROUNDS = 5;

async function timeBulk(baseUrl: string, key: string): Promise<number[]> {
  const rates: number[] = [];
  for (let round = 0; round < BULK_ROUNDS; round++) {
    const rows = Array.from({ length: BULK_ROWS }, (_, i) => contactBody(round * BULK_ROWS + i));
    const started = performance.now();
    const response = await fetch(`${baseUrl}/api/v1/contacts/bulk`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: JSON.stringify(rows),
    });
    const body = (await response.json()) as { created?: number };
    const seconds = (performance.now() - started) / 1000;
    if (!response.ok || body.created !== BULK_ROWS)
      throw new Error(`bulk round ${round}: ${response.status} ${JSON.stringify(body).slice(0, 200)}`);
    rates.push(BULK_ROWS / seconds);
  }
  return rates;
}

/** Rows stored in total, and how many of the acknowledged submissions are among them. */
async function countResponses(url: string, acknowledged: string[] = []): Promise<{ total: number; found: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const total = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "CustomerResponse"`);
  const found = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "CustomerResponse" WHERE "submissionId" = ANY($1::uuid[])`, [
    acknowledged,
  ]);
  await client.end();
  return { total: Number(total.rows[0]?.n ?? 0), found: Number(found.rows[0]?.n ?? 0) };
}

/** Calls per second of `hit` from 50 concurrent callers of this process (its pool: DB_POOL_MAX connections) for `ms`. */
async function callsPerSecond(hit: () => Promise<unknown>, ms = 5_000): Promise<number> {
  const started = performance.now();
  let calls = 0;
  await Promise.all(
    Array.from({ length: 50 }, async () => {
      while (performance.now() - started < ms) {
        await hit();
        calls++;
      }
    }),
  );
  return calls / ((performance.now() - started) / 1000);
}

/** (e) The limiter's statement alone on one busy key: 8 shards against one counter row (lib/db/rate-limit.ts), alternated. */
async function limiterStatements(): Promise<void> {
  const { hitApiKeyLimit } = await import("@/lib/db/api-keys/api-key-rate-limit");
  const { hitRateLimit } = await import("@/lib/db/rate-limit");
  const id = crypto.randomUUID();
  const sharded: number[] = [];
  const oneRow: number[] = [];
  for (let round = 0; round < 2; round++) {
    sharded.push(await callsPerSecond(() => hitApiKeyLimit(id, 1_000_000_000)));
    oneRow.push(await callsPerSecond(() => hitRateLimit(`bench-one-row-${id}`, 1_000_000_000, 60)));
  }
  const sum = (xs: number[]) => xs.reduce((total, x) => total + x, 0);
  console.log(
    `\n(e) limiter statement on one key, 50 callers: 8 shards ${sharded.map((x) => x.toFixed(0)).join(", ")} calls/s; one row ${oneRow.map((x) => x.toFixed(0)).join(", ")} calls/s → sharded/one row = ${(sum(sharded) / sum(oneRow)).toFixed(2)}`,
  );
}

async function main() {
  buildApp();
  const env = await startBenchDatabase();
  const server = await startServer(env);
  try {
    const { key, limitedKey } = await prepareOrganisation(env.database.url);
    const auth = { authorization: `Bearer ${key}`, "content-type": "application/json" };
    const results = [await load("(a) GET /api/health (ceiling)", { url: `${server.baseUrl}/api/health` })];
    // The respondent route's own serving cost: it answers a cross-site POST with its (cached)
    // 403 page before reading the body or touching the database.
    const frameworkOnly = await load("(a2) respondent route, cross-site POST → 403 (no body read, no database)", {
      url: `${server.baseUrl}/fr/r/AAAAAAAAAAAAAAAAAAAAAA`,
      method: "POST",
      headers: { origin: "https://elsewhere.example", "content-type": "application/x-www-form-urlencoded" },
      body: "submissionId=00000000-0000-4000-8000-000000000000&score=9",
    });
    results.push(
      await load("(b) POST /api/v1/contacts", {
        url: `${server.baseUrl}/api/v1/contacts`,
        method: "POST",
        headers: auth,
        body: JSON.stringify(baseContact),
      }),
    );

    // The per-key limit (issue 16 §4), side by side: the same route with a key that is not limited
    // and one limited at 1 000 000/min (counted on every request, never refused), twice each in turn.
    const contactsWith = (label: string, bearer: string) =>
      load(label, {
        url: `${server.baseUrl}/api/v1/contacts`,
        method: "POST",
        headers: { ...auth, authorization: `Bearer ${bearer}` },
        body: JSON.stringify(baseContact),
      });
    const limiter: Array<Awaited<ReturnType<typeof load>>> = [];
    for (const round of [1, 2, 3]) {
      limiter.push(await contactsWith(`(b1) POST /api/v1/contacts, key not limited, round ${round}`, key));
      limiter.push(await contactsWith(`(b2) POST /api/v1/contacts, key limited (limiter counting), round ${round}`, limitedKey));
    }

    const tokens = await respondentTokens(env, 40_000, server.baseUrl, key);
    console.log(`▸ ${tokens.length} fresh respondent links ready`);
    // The last links are only ever read (the GET-only run cycles over them); the rest are answered.
    const readOnly = tokens.splice(-2_000);
    const before = (await countResponses(env.database.url)).total;
    const acknowledged: string[] = [];
    let next = 0;
    const origin = { origin: server.baseUrl, "content-type": "application/x-www-form-urlencoded" };
    type Context = Record<string, string>;
    /** A promoter's answer to this token, its submissionId kept on the connection's context. */
    const answer = (request: autocannon.Request, context: Context, token: string | undefined) => ({
      ...request,
      path: `/fr/r/${token}`,
      headers: origin,
      body: `submissionId=${(context.submissionId = crypto.randomUUID())}&score=9&comment=Tr%C3%A8s+bien`,
    });
    const acknowledge = (status: number, _body: string, context: Context) => {
      if (status === 200) acknowledged.push(context.submissionId ?? "");
    };
    results.push(
      await load("(c) respondent GET + POST", {
        url: server.baseUrl,
        requests: [
          {
            method: "GET",
            setupRequest: (request, context) => {
              const token = tokens[next++];
              if (!token) return null as never; // out of fresh tokens: autocannon resets the pipeline
              (context as Context).token = token;
              return { ...request, path: `/fr/r/${token}` };
            },
          },
          {
            method: "POST",
            setupRequest: (request, context) => answer(request, context as Context, (context as Context).token),
            onResponse: (status, body, context) => acknowledge(status, body, context as Context),
          },
        ],
      }),
    );
    const submissions = acknowledged.length;
    let read = 0;
    results.push(
      await load("(c1) respondent GET only", {
        url: server.baseUrl,
        requests: [{ method: "GET", setupRequest: (request) => ({ ...request, path: `/fr/r/${readOnly[read++ % readOnly.length]}` }) }],
      }),
    );
    results.push(
      await load("(c2) respondent POST only", {
        url: server.baseUrl,
        requests: [
          {
            method: "POST",
            setupRequest: (request, context) => {
              const token = tokens[next++];
              if (!token) return null as never; // out of fresh tokens
              return answer(request, context as Context, token);
            },
            onResponse: (status, body, context) => acknowledge(status, body, context as Context),
          },
        ],
      }),
    );
    const after = await countResponses(env.database.url, acknowledged);
    const stored = after.total - before;
    printLoad([...results.slice(0, 1), frameworkOnly, ...results.slice(1), ...limiter]);
    const [a, b, c, cGet, cPost] = results;
    const ratio = (x: typeof a) => (x!.requestsPerSecond / a!.requestsPerSecond).toFixed(2);
    console.log(
      `\nRatios: (b)/(a) = ${ratio(b)}, (c)/(a) = ${ratio(c)} (target ≥ 0.8; (c) counts GET and POST, i.e. ${(c!.requestsPerSecond / 2).toFixed(0)} submissions/s); (c1)/(a) = ${ratio(cGet)}, (c2)/(a) = ${ratio(cPost)}`,
    );
    console.log(
      `(a2)/(a) = ${ratio(frameworkOnly)}: the respondent route doing no work (served by scripts/server.ts, not Next's router); (c)/(a2) = ${(c!.requestsPerSecond / frameworkOnly.requestsPerSecond).toFixed(2)}`,
    );
    const off = limiter.filter((_, i) => i % 2 === 0);
    const on = limiter.filter((_, i) => i % 2 === 1);
    const total = (xs: typeof limiter) => xs.reduce((sum, x) => sum + x.requestsPerSecond, 0);
    const list = (xs: typeof limiter) => xs.map((x) => x.requestsPerSecond.toFixed(0)).join(", ");
    console.log(
      `Per-key limiter: with/without = ${(total(on) / total(off)).toFixed(2)} (req/s limited ${list(on)}; not limited ${list(off)}; alternated); limited runs refused ${on.reduce((sum, x) => sum + x.non2xx, 0)}`,
    );
    // Requests still in flight when the run stops may commit after it: stored ≥ acknowledged.
    const lost = acknowledged.length - after.found;
    console.log(
      `Respondent answers ((c) and (c2)): acknowledged ${acknowledged.length} (${submissions} in (c)), all found stored: ${lost === 0 ? "yes" : `NO, ${lost} lost`}; stored ${stored} (${stored - after.found} more were in flight when the load stopped)`,
    );

    await limiterStatements();
    const bulk = await timeBulk(server.baseUrl, key);
    const raw = await rawInsertContacts(env.database.url, BULK_ROWS, BULK_ROUNDS);
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? 0;
    console.log(
      `\n(d) bulk ${BULK_ROWS} rows × ${BULK_ROUNDS}: median ${median(bulk).toFixed(0)} contacts/s (runs: ${bulk.map((r) => r.toFixed(0)).join(", ")})`,
    );
    console.log(
      `    raw set-based INSERT of the same rows: median ${median(raw).toFixed(0)} contacts/s → ratio ${(median(bulk) / median(raw)).toFixed(2)} (targets ≥ 20 000/s and ≥ 0.5 × raw)`,
    );
  } finally {
    server.stop();
    await env.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
