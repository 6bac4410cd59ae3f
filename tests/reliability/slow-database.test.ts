// Issue 16 §1, the slow database: latency, then a complete stall, injected on the network between
// the server and PostgreSQL (tests/reliability/support/delay-proxy.ts). PostgreSQL's
// statement_timeout bounds a statement's execution only; the pool's own bounds on the network
// (lib/db/client.ts: query_timeout, connectionTimeoutMillis) must end every request in time with
// a retryable 503, stop the work of a request whose client went away, and leave no broken
// connection in the pool when the network is back.
import http from "node:http";
import crypto from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FULL, checkStored, expectInTime, report, runRespondents, type Submission } from "./support/respondents";
import { startStack, type Stack } from "./support/stack";

const STATEMENT_TIMEOUT_MS = 2_000;
/** What a request may take with the database unreachable: a connection (statement timeout), a query (statement timeout + 1 s), margin. */
const BOUND_MS = 2 * STATEMENT_TIMEOUT_MS + 1_000 + 2_000;
const STALL_MS = FULL ? 30_000 : 10_000;
const STALLED_REQUESTS = FULL ? 40 : 20;
const ABORT_AFTER_MS = 1_000;
const WORK_AFTER_ABORT_MS = 5_000;

let stack: Stack;

beforeAll(async () => {
  stack = await startStack({ delayProxy: true, serverEnv: { DB_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS) } });
});

afterAll(async () => {
  await stack?.stop();
});

interface Post {
  submissionId: string;
  at: number;
  /** When the reply came or the client aborted (ms on the test's clock). */
  end: number;
  status: number;
  retryAfter?: string;
  thanks: boolean;
  aborted: boolean;
}

/** One answer posted with its own connection; aborted by the client after abortAfterMs when given. */
function post(token: string, clock: () => number, abortAfterMs?: number): Promise<Post> {
  const submissionId = crypto.randomUUID();
  const body = `submissionId=${submissionId}&score=9&comment=Lent`;
  const at = clock();
  const controller = new AbortController();
  return new Promise((resolve) => {
    const done = (result: Omit<Post, "submissionId" | "at" | "end">) => resolve({ submissionId, at, end: clock(), ...result });
    const request = http.request(
      new URL(`/fr/r/${token}`, stack.baseUrl),
      {
        method: "POST",
        signal: controller.signal,
        headers: { origin: stack.baseUrl, "content-type": "application/x-www-form-urlencoded", "content-length": Buffer.byteLength(body) },
      },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () =>
          done({
            status: response.statusCode ?? 0,
            retryAfter: response.headers["retry-after"],
            thanks: text.includes('data-state="thanks"'),
            aborted: false,
          }),
        );
      },
    );
    request.on("error", () => done({ status: 0, thanks: false, aborted: controller.signal.aborted }));
    if (abortAfterMs !== undefined) setTimeout(() => controller.abort(), abortAfterMs);
    request.end(body);
  });
}

/** Backends of the server's connections that are working: running a statement or holding a transaction open. */
async function busyBackends(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ busy: number }>(
    `SELECT count(*)::int AS busy FROM pg_stat_activity
      WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()
        AND state IN ('active', 'idle in transaction', 'idle in transaction (aborted)')`,
  );
  return rows[0]!.busy;
}

/** The first acknowledgement of a run, in ms since the run started. */
function firstSuccess(submissions: Submission[]): number {
  return Math.min(
    ...submissions.flatMap((submission) =>
      submission.attempts.filter((attempt) => attempt.thanks).map((attempt) => attempt.at + attempt.ms),
    ),
  );
}

describe("slow database", () => {
  it("bounds every request during latency and a stall, stops aborted work, back to normal after", async () => {
    const proxy = stack.proxy!;
    const started = performance.now();
    const clock = () => performance.now() - started;
    const wallAt = (ms: number) => Date.now() - (clock() - ms);

    // Warm, then latency: 100 ms on every chunk each way. Slow, but every answer acknowledged in bounds.
    const warm = await runRespondents({ baseUrl: stack.baseUrl, tokens: await stack.freshLinks(50), concurrency: 10 });
    proxy.set({ kind: "delay", ms: 100 });
    const slow = await runRespondents({ baseUrl: stack.baseUrl, tokens: await stack.freshLinks(40), concurrency: 10 });
    const slowMs = Math.max(...slow.submissions.flatMap((submission) => submission.attempts.map((attempt) => attempt.ms)));

    // The stall: nothing goes through. Half the clients give up after a second, the others wait.
    const watcher = new pg.Client({ connectionString: stack.databaseUrl });
    watcher.on("error", () => undefined); // the database stops at the end of the file
    await watcher.connect();
    const tokens = await stack.freshLinks(STALLED_REQUESTS);
    const stallAt = clock();
    proxy.set({ kind: "stall" });
    const samples: Array<{ at: number; busy: number }> = [];
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        samples.push({ at: clock(), busy: await busyBackends(watcher) });
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    })();
    const stallEnds = new Promise<void>((resolve) =>
      setTimeout(() => {
        proxy.set({ kind: "normal" });
        resolve();
      }, STALL_MS),
    );
    const posts = await Promise.all(tokens.map((token, i) => post(token, clock, i % 2 === 0 ? ABORT_AFTER_MS : undefined)));
    await stallEnds;
    const resumedAt = clock();
    // No traffic for a while: whatever the server still does for the stalled requests shows now.
    await new Promise((resolve) => setTimeout(resolve, WORK_AFTER_ABORT_MS + 1_000));
    sampling = false;
    await sampler;

    // Back to normal: fresh answers, retried until acknowledged.
    const afterTokens = await stack.freshLinks(100);
    const afterAt = clock();
    const after = await runRespondents({ baseUrl: stack.baseUrl, tokens: afterTokens, concurrency: 20 });
    const backAt = afterAt + firstSuccess(after.submissions);

    const aborted = posts.filter((p) => p.aborted);
    const waited = posts.filter((p) => !p.aborted);
    const lastAbort = Math.max(...aborted.map((p) => p.end));
    const lastBusy = Math.max(stallAt, ...samples.filter((sample) => sample.busy > 0).map((sample) => sample.at));
    const { rows: late } = await watcher.query<{ submissionId: string }>(
      `SELECT "submissionId" FROM "CustomerResponse" r JOIN unnest($1::uuid[], $2::timestamptz[]) AS a(id, until) ON r."submissionId" = a.id
        WHERE r."submittedAt" > a.until`,
      [aborted.map((p) => p.submissionId), aborted.map((p) => new Date(wallAt(p.end) + WORK_AFTER_ABORT_MS).toISOString())],
    );
    await watcher.end();
    const stored = await checkStored(stack.databaseUrl, [...warm.submissions, ...slow.submissions, ...after.submissions]);
    const answeredIn = waited.map((p) => p.end - p.at);
    report("slow database", {
      "statement timeout ms": STATEMENT_TIMEOUT_MS,
      "latency 100 ms/chunk, slowest answer ms": slowMs,
      "stall s": STALL_MS / 1000,
      "stalled requests": waited.length,
      "answered 503 during the stall": waited.filter((p) => p.status === 503 && p.end < stallAt + STALL_MS).length,
      "slowest stalled reply ms": Math.max(...answeredIn),
      aborted: aborted.length,
      "server work after the last abort s": Math.max(0, lastBusy - lastAbort) / 1000,
      "aborted answers stored > 5 s after abort": late.length,
      "first acknowledged s after the stall (6 s quiet included)": (backAt - resumedAt) / 1000,
      acknowledged: stored.acknowledged,
      lost: stored.lost,
      duplicates: stored.duplicates,
    });
    expect(stack.serverAlive()).toBe(true);
    expect(stack.serverErrors()).not.toMatch(/unhandled|uncaught/i);
    // Every stalled request answered while the stall lasted, retryable: 503 with Retry-After.
    expect(waited.map((p) => ({ status: p.status, retryAfter: p.retryAfter, inStall: p.end < stallAt + STALL_MS }))).toEqual(
      waited.map(() => ({ status: 503, retryAfter: "5", inStall: true })),
    );
    expect(late).toEqual([]);
    expectInTime("slowest answer under latency", slowMs, BOUND_MS);
    expectInTime("slowest stalled reply", Math.max(...answeredIn), BOUND_MS);
    expectInTime("server work after the last abort", lastBusy - lastAbort, WORK_AFTER_ABORT_MS);
    expectInTime("service back after the stall", backAt - resumedAt, 30_000);
    expect(stored).toEqual({ acknowledged: 190, lost: 0, duplicates: 0, stored: 190 });
  });
});
