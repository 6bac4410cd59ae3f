// Issue 16 §1, load and duplicate storm: respondents posting answers at 200 concurrent clients
// (full) never lose an acknowledged answer, never store one twice, and get their page in time.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import http from "node:http";
import { FULL, checkStored, expectInTime, percentile, postAnswer, report, runRespondents } from "./support/respondents";
import { startStack, type Stack } from "./support/stack";

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.stop();
});

describe("respondents under load", () => {
  it(`stores every acknowledged answer once: ${FULL ? "10 000 answers at 200 concurrent clients, p95 < 2 s, p99 < 5 s" : "2 000 answers at 100 concurrent clients"}`, async () => {
    // A warm server first, as in production: 200 answers through it, not measured.
    await runRespondents({ baseUrl: stack.baseUrl, tokens: await stack.freshLinks(200), concurrency: 20 });
    const tokens = await stack.freshLinks(FULL ? 10_000 : 2_000);
    const { submissions, seconds } = await runRespondents({ baseUrl: stack.baseUrl, tokens, concurrency: FULL ? 200 : 100 });
    const attempts = submissions.flatMap((submission) => submission.attempts);
    const latencies = attempts.map((attempt) => attempt.ms);
    const failed = attempts.filter((attempt) => !attempt.thanks).length;
    const stored = await checkStored(stack.databaseUrl, submissions);
    const p95 = percentile(latencies, 95);
    const p99 = percentile(latencies, 99);
    report("load", {
      answers: tokens.length,
      seconds,
      "answers/s": tokens.length / seconds,
      "p50 ms": percentile(latencies, 50),
      "p95 ms": p95,
      "p99 ms": p99,
      "failed attempts": failed,
      acknowledged: stored.acknowledged,
      lost: stored.lost,
      duplicates: stored.duplicates,
    });
    expect(stored).toEqual({ acknowledged: tokens.length, lost: 0, duplicates: 0, stored: tokens.length });
    expect(failed / attempts.length).toBeLessThan(0.01);
    expectInTime("p95", p95, 2_000);
    expectInTime("p99", p99, 5_000);
  });

  it("answers a duplicate storm with one row each and a thank-you every time", async () => {
    const tokens = await stack.freshLinks(FULL ? 2_000 : 300);
    // Every answer three times at once, as a double-clicking respondent behind a retrying proxy.
    const { submissions } = await runRespondents({ baseUrl: stack.baseUrl, tokens, concurrency: FULL ? 100 : 50, copies: 3 });
    const first = submissions.flatMap((submission) => submission.attempts);
    // Then once more, ten seconds later: the back button and a resubmitted form.
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    const agent = new http.Agent({ keepAlive: true, maxSockets: 50 });
    const later: Array<{ thanks: boolean; status: number }> = [];
    for (let i = 0; i < submissions.length; i += 50) {
      const batch = submissions.slice(i, i + 50);
      later.push(
        ...(await Promise.all(batch.map((submission) => postAnswer(agent, stack.baseUrl, submission.token, submission.submissionId)))),
      );
    }
    agent.destroy();
    const stored = await checkStored(stack.databaseUrl, submissions);
    report("duplicate storm", {
      answers: tokens.length,
      "posts at once": first.length,
      "thank-you at once": first.filter((attempt) => attempt.thanks).length,
      "posts 10 s later": later.length,
      "thank-you later": later.filter((attempt) => attempt.thanks).length,
      stored: stored.stored,
      duplicates: stored.duplicates,
    });
    expect(first).toHaveLength(tokens.length * 3);
    expect(first.filter((attempt) => !attempt.thanks)).toEqual([]);
    expect(later.filter((attempt) => !attempt.thanks)).toEqual([]);
    expect(stored).toEqual({ acknowledged: tokens.length, lost: 0, duplicates: 0, stored: tokens.length });
  });
});
