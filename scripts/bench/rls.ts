// `npm run bench:rls`: what row-level security costs the hot paths, side by side in one run (issue 16
// §3, docs/benchmarks.md). One database, two production servers: one whose data layer connects as
// the application role (policies apply), one as the owner (a superuser: policies ignored). Rounds
// alternate between them: POST /api/v1/contacts, the respondent page GET and POST, and
// GET /api/v1/symmetry on a scale organisation; then the overview in process, both ways alternated.
import os from "node:os";
import type autocannon from "autocannon";
import crypto from "node:crypto";
import type pg from "pg";
import { apiScopes } from "@/lib/auth/api-scopes";
import { createApiKeyForOrganisation } from "@/lib/db/api-keys/create-api-key";
import { setApiKeyLimitForOrganisation } from "@/lib/db/api-keys/set-api-key-limit";
import { createDb, type Db } from "@/lib/db/client";
import { getSymmetry } from "@/lib/db/dashboard/get-symmetry";
import { markAllRollupsDirty, refreshRollups } from "@/lib/db/rollup/refresh";
import { findActor } from "@/lib/db/users/find-actor";
import { timeRuns, type Timing } from "./dashboard-measure";
import { benchScale, SLUG, seedScaleOrganisation } from "./dashboard-seed";
import { buildApp, load, startBenchDatabase, startServer, type LoadResult } from "./harness";
import { baseContact, prepareOrganisation, respondentTokens } from "./ingest-setup";

const ROUNDS = 3;
const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" / ");

type Sides<T> = { on: T[]; off: T[] };

function respondentRuns(baseUrl: string, tokens: string[], readOnly: string[]) {
  let read = 0;
  const get = () =>
    load("respondent GET", {
      url: baseUrl,
      requests: [{ method: "GET", setupRequest: (request) => ({ ...request, path: `/fr/r/${readOnly[read++ % readOnly.length]}` }) }],
    });
  const post = () =>
    load("respondent POST", {
      url: baseUrl,
      requests: [
        {
          method: "POST",
          setupRequest: (request: autocannon.Request) => {
            const token = tokens.pop();
            if (!token) return null as never; // out of fresh tokens
            return {
              ...request,
              path: `/fr/r/${token}`,
              headers: { origin: baseUrl, "content-type": "application/x-www-form-urlencoded" },
              body: `submissionId=${crypto.randomUUID()}&score=9&comment=Tr%C3%A8s+bien`,
            };
          },
        },
      ],
    });
  return { get, post };
}

/** The overview in process through one data-layer client, then the other, alternated. */
async function overviewInProcess(actorUserId: string, urls: { on: string; off: string }): Promise<Sides<Timing>> {
  const holder = globalThis as unknown as { symetrieDb?: { db: Db; pool: pg.Pool } };
  const clients = { on: createDb(urls.on), off: createDb(urls.off) };
  const result: Sides<Timing> = { on: [], off: [] };
  holder.symetrieDb = clients.off;
  const actor = await findActor(actorUserId);
  if (!actor) throw new Error("HR actor not found");
  for (let round = 0; round < ROUNDS; round++) {
    for (const side of ["on", "off"] as const) {
      holder.symetrieDb = clients[side];
      result[side].push(await timeRuns(`overview in process, RLS ${side}`, () => getSymmetry(actor, {}), 15, 2));
    }
  }
  for (const client of Object.values(clients)) await client.pool.end();
  delete holder.symetrieDb;
  return result;
}

function summary(label: string, sides: Sides<LoadResult>) {
  const total = (xs: LoadResult[]) => xs.reduce((sum, x) => sum + x.requestsPerSecond, 0);
  const list = (xs: LoadResult[]) => xs.map((x) => x.requestsPerSecond.toFixed(0)).join(", ");
  const failed = [...sides.on, ...sides.off].reduce((sum, x) => sum + x.errors + x.non2xx, 0);
  return `| ${label} | ${list(sides.on)} | ${list(sides.off)} | ${(total(sides.on) / total(sides.off)).toFixed(2)} | ${failed} |`;
}

async function main() {
  console.log(`▸ load average at start: ${loadAverage()}`);
  buildApp();
  const env = await startBenchDatabase();
  process.env.DATABASE_URL = env.database.url; // the bench's own setup runs as the owner
  const servers: Array<{ stop(): void }> = [];
  try {
    const { key } = await prepareOrganisation(env.database.url);
    const scale = benchScale();
    console.log(`▸ seeding the scale organisation (${scale.customers} customer, ${scale.employees} employee answers)…`);
    const { organisationId, hrUserId } = await seedScaleOrganisation(env.database.url, scale);
    await markAllRollupsDirty(organisationId);
    await refreshRollups(organisationId);
    const { key: scaleKey, id: scaleKeyId } = await createApiKeyForOrganisation(SLUG, "bench-rls", apiScopes);
    await setApiKeyLimitForOrganisation(SLUG, scaleKeyId, "none"); // the runs measure reads, not the per-key limit
    const on = await startServer(env);
    const off = await startServer(env, env.database.url);
    servers.push(on, off);
    const tokens = await respondentTokens(env, 70_000, on.baseUrl, key);
    const readOnly = tokens.splice(-2_000);
    const respondents = { on: respondentRuns(on.baseUrl, tokens, readOnly), off: respondentRuns(off.baseUrl, tokens, readOnly) };
    const runs = {
      contacts: { on: [], off: [] } as Sides<LoadResult>,
      get: { on: [], off: [] } as Sides<LoadResult>,
      post: { on: [], off: [] } as Sides<LoadResult>,
      symmetry: { on: [], off: [] } as Sides<LoadResult>,
    };
    const servedBy = { on, off };
    // Each server's first overview compiles its queries and warms its caches: not what is compared.
    for (const server of [on, off])
      for (let i = 0; i < 3; i++) await fetch(`${server.baseUrl}/api/v1/symmetry`, { headers: { authorization: `Bearer ${scaleKey}` } });
    for (let round = 0; round < ROUNDS; round++) {
      for (const side of ["on", "off"] as const) {
        const { baseUrl } = servedBy[side];
        runs.contacts[side].push(
          await load("contacts", {
            url: `${baseUrl}/api/v1/contacts`,
            method: "POST",
            headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
            body: JSON.stringify(baseContact),
          }),
        );
        runs.get[side].push(await respondents[side].get());
        runs.post[side].push(await respondents[side].post());
        runs.symmetry[side].push(
          await load("symmetry", { url: `${baseUrl}/api/v1/symmetry`, headers: { authorization: `Bearer ${scaleKey}` }, connections: 4 }),
        );
      }
      console.log(`  round ${round + 1}/${ROUNDS} done (load average ${loadAverage()})`);
    }
    for (const server of servers.splice(0)) server.stop();
    const overview = await overviewInProcess(hrUserId, { on: env.database.appUrl, off: env.database.url });

    console.log(
      `\nMachine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "?"}, Node ${process.version}, load average now ${loadAverage()}`,
    );
    console.log(
      "\n| path (50 connections; symmetry 4) | req/s RLS on | req/s RLS off | on/off | errors + non-2xx |\n|---|---|---|---:|---:|",
    );
    console.log(summary("POST /api/v1/contacts", runs.contacts));
    console.log(summary("respondent GET /fr/r/…", runs.get));
    console.log(summary("respondent POST /fr/r/…", runs.post));
    console.log(summary(`GET /api/v1/symmetry (${scale.customers} answers)`, runs.symmetry));
    const p50 = (xs: Timing[]) => xs.map((x) => x.p50.toFixed(1)).join(", ");
    const mean = (xs: Timing[]) => xs.reduce((sum, x) => sum + x.p50, 0) / xs.length;
    console.log(
      `| getSymmetry in process, p50 ms | ${p50(overview.on)} | ${p50(overview.off)} | ${(mean(overview.on) / mean(overview.off)).toFixed(2)} (time) | — |`,
    );
  } finally {
    for (const server of servers) server.stop();
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
