// Respondents as the reliability scenarios play them: plain form posts to /fr/r/{token} over
// keep-alive connections, `concurrency` clients at once, each answer carrying its submissionId.
// A client whose post fails (connection refused or reset, 5xx) posts the same answer again
// after a short pause, as a person clicking again would, until it is acknowledged (the thank-you
// page) or the deadline passes. What happened is recorded per attempt for the criteria.
import crypto from "node:crypto";
import http from "node:http";
import pg from "pg";

export interface Attempt {
  /** ms since the run started. */
  at: number;
  ms: number;
  /** HTTP status, or 0 when the connection failed. */
  status: number;
  thanks: boolean;
}

export interface Submission {
  token: string;
  submissionId: string;
  /** Acknowledged: a thank-you page came back for it. */
  acknowledged: boolean;
  attempts: Attempt[];
}

export interface RunOptions {
  baseUrl: string;
  tokens: string[];
  concurrency: number;
  /** How many times each answer is sent at once (the duplicate storm: 3). */
  copies?: number;
  /** Give up on an answer after this long (ms since the run started). */
  deadlineMs?: number;
  /** Called after each finished answer, with how many are finished (fault injection at 50 %). */
  onProgress?: (finished: number) => void;
}

const REQUEST_TIMEOUT_MS = 30_000;

/** One POST; resolves with its status (0 when the connection failed) and whether it thanked. */
export function postAnswer(agent: http.Agent, baseUrl: string, token: string, submissionId: string): Promise<Omit<Attempt, "at">> {
  const url = new URL(`/fr/r/${token}`, baseUrl);
  const body = `submissionId=${submissionId}&score=9&comment=Accueil+tr%C3%A8s+aimable`;
  const started = performance.now();
  return new Promise((resolve) => {
    const done = (status: number, thanks: boolean) => resolve({ ms: performance.now() - started, status, thanks });
    const request = http.request(
      url,
      {
        method: "POST",
        agent,
        timeout: REQUEST_TIMEOUT_MS,
        headers: { origin: baseUrl, "content-type": "application/x-www-form-urlencoded", "content-length": Buffer.byteLength(body) },
      },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () => done(response.statusCode ?? 0, response.statusCode === 200 && text.includes('data-state="thanks"')));
        response.on("error", () => done(0, false));
      },
    );
    request.on("timeout", () => request.destroy(new Error("timeout")));
    request.on("error", () => done(0, false));
    request.end(body);
  });
}

/** Runs every answer to the end (acknowledged or past the deadline) with `concurrency` clients. */
export async function runRespondents(options: RunOptions): Promise<{ submissions: Submission[]; seconds: number }> {
  const { baseUrl, tokens, concurrency, copies = 1, deadlineMs = 120_000, onProgress } = options;
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency * copies });
  const submissions: Submission[] = tokens.map((token) => ({
    token,
    submissionId: crypto.randomUUID(),
    acknowledged: false,
    attempts: [],
  }));
  const started = performance.now();
  let next = 0;
  let finished = 0;
  const client = async () => {
    for (let i = next++; i < submissions.length; i = next++) {
      const submission = submissions[i]!;
      while (!submission.acknowledged && performance.now() - started < deadlineMs) {
        const at = performance.now() - started;
        const results = await Promise.all(
          Array.from({ length: copies }, () => postAnswer(agent, baseUrl, submission.token, submission.submissionId)),
        );
        for (const result of results) submission.attempts.push({ at, ...result });
        submission.acknowledged = results.some((result) => result.thanks);
        if (!submission.acknowledged) await new Promise((resolve) => setTimeout(resolve, 250));
      }
      onProgress?.(++finished);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  agent.destroy();
  return { submissions, seconds: (performance.now() - started) / 1000 };
}

/** The p-th percentile (0–100) of the values, nearest rank. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export interface StoredCheck {
  acknowledged: number;
  /** Acknowledged submissionIds with no stored answer. */
  lost: number;
  /** Answers stored more than once (same submissionId or same contact). */
  duplicates: number;
  stored: number;
}

/** What the database holds for these submissions: every acknowledged one stored, none twice. */
export async function checkStored(databaseUrl: string, submissions: Submission[]): Promise<StoredCheck> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const acknowledged = submissions.filter((submission) => submission.acknowledged).map((submission) => submission.submissionId);
    const all = submissions.map((submission) => submission.submissionId);
    const { rows } = await client.query<{ found: number; stored: number; ids: number; contacts: number }>(
      `SELECT (SELECT count(*) FROM "CustomerResponse" WHERE "submissionId" = ANY($1::uuid[]))::int AS found,
              count(*)::int AS stored, count(DISTINCT "submissionId")::int AS ids, count(DISTINCT "contactId")::int AS contacts
         FROM "CustomerResponse" WHERE "submissionId" = ANY($2::uuid[])`,
      [acknowledged, all],
    );
    const row = rows[0]!;
    return {
      acknowledged: acknowledged.length,
      lost: acknowledged.length - row.found,
      duplicates: row.stored - Math.min(row.ids, row.contacts),
      stored: row.stored,
    };
  } finally {
    await client.end();
  }
}

/** One line of figures for the log and docs/reliability.md. */
export function report(name: string, figures: Record<string, string | number>): void {
  const text = Object.entries(figures)
    .map(([key, value]) => `${key} ${typeof value === "number" ? (Number.isInteger(value) ? value : value.toFixed(1)) : value}`)
    .join(", ");
  console.log(`[reliability] ${name}: ${text}`);
}

/** Full scale with RELIABILITY_FULL=1 (`npm run test:reliability`), the short version in `npm test`. */
export const FULL = process.env.RELIABILITY_FULL === "1";

/**
 * A criterion on time (p95, p99, service back within 30 s): enforced in the full run, only
 * printed in the short one that `npm test` runs. Timed assertions do not belong in the everyday
 * suite on noisy shared machines (README "Tests"); what is stored and what failed always count.
 */
export function expectInTime(name: string, value: number, limit: number): void {
  if (!FULL) return;
  if (!(value < limit)) throw new Error(`${name}: ${value.toFixed(0)} ms, the limit is ${limit} ms`);
}
