// Issue 16 §1, faults under load: the database restarted at 50 % of the answers, the server
// killed with SIGKILL at 50 % and started again. Clients post an answer again (same
// submissionId) when it failed; at the end every acknowledged answer is stored exactly once.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FULL, checkStored, expectInTime, report, runRespondents, type Submission } from "./support/respondents";
import { startStack, type Stack } from "./support/stack";

let stack: Stack;

beforeEach(async () => {
  stack = await startStack();
});

afterEach(async () => {
  await stack?.stop();
});

const ANSWERS = FULL ? 10_000 : 2_000;
const CONCURRENCY = FULL ? 200 : 100;

/** Failed attempts: a connection error or any status but the thank-you. */
const failures = (submissions: Submission[]) =>
  submissions.flatMap((submission) => submission.attempts).filter((attempt) => !attempt.thanks);

/** The first moment (ms since the run started) an attempt that started at or after `from` was acknowledged. */
function firstSuccessAfter(submissions: Submission[], from: number): number {
  const times = submissions.flatMap((submission) =>
    submission.attempts.filter((attempt) => attempt.thanks && attempt.at >= from).map((attempt) => attempt.at + attempt.ms),
  );
  return Math.min(...times);
}

/**
 * ANSWERS fresh answers at CONCURRENCY clients, with `fault` started once half of them are
 * finished; `clock()` is the run's time in ms, the scale of every attempt's `at`.
 */
async function answersWithFaultAtHalf(fault: (clock: () => number) => Promise<void>) {
  const tokens = await stack.freshLinks(ANSWERS);
  let running: Promise<void> | undefined;
  const started = performance.now();
  const clock = () => performance.now() - started;
  const run = await runRespondents({
    baseUrl: stack.baseUrl,
    tokens,
    concurrency: CONCURRENCY,
    onProgress: (finished) => {
      if (!running && finished >= ANSWERS / 2) running = fault(clock);
    },
  });
  await running;
  return { ...run, faulted: running !== undefined };
}

describe("faults under load", () => {
  it("survives a database restart at 50 %: errors only during the outage, back within 30 s, nothing lost or doubled", async () => {
    const times = { down: 0, databaseBack: 0 };
    const { submissions, seconds, faulted } = await answersWithFaultAtHalf(async (clock) => {
      times.down = clock();
      await stack.stopDatabase();
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      await stack.startDatabase();
      times.databaseBack = clock();
    });
    const serviceBack = firstSuccessAfter(submissions, times.databaseBack);
    const failed = failures(submissions);
    // An attempt failed because of the outage if it was still running when the database went down
    // and started before the service was back.
    const outsideOutage = failed.filter((attempt) => attempt.at + attempt.ms < times.down || attempt.at > serviceBack);
    const stored = await checkStored(stack.databaseUrl, submissions);
    report("database restart at 50 %", {
      answers: ANSWERS,
      seconds,
      "database down at s": times.down / 1000,
      "database back after s": (times.databaseBack - times.down) / 1000,
      "service back s after the database": (serviceBack - times.databaseBack) / 1000,
      "failed attempts": failed.length,
      "failed outside the outage": outsideOutage.length,
      acknowledged: stored.acknowledged,
      lost: stored.lost,
      duplicates: stored.duplicates,
    });
    expect(faulted).toBe(true);
    expect(stack.serverAlive()).toBe(true);
    expect(stack.serverErrors()).not.toMatch(/unhandled|uncaught/i);
    expect(outsideOutage).toEqual([]);
    expectInTime("service back after the database", serviceBack - times.databaseBack, 30_000);
    expect(stored).toEqual({ acknowledged: ANSWERS, lost: 0, duplicates: 0, stored: ANSWERS });
  });

  it("keeps every acknowledged answer through a kill -9 of the server at 50 %", async () => {
    const times = { killed: 0, back: 0 };
    const { submissions, seconds, faulted } = await answersWithFaultAtHalf(async (clock) => {
      times.killed = clock();
      stack.killServer();
      await stack.startServer();
      times.back = clock();
    });
    const stored = await checkStored(stack.databaseUrl, submissions);
    report("kill -9 at 50 %", {
      answers: ANSWERS,
      seconds,
      "killed at s": times.killed / 1000,
      "server back after s": (times.back - times.killed) / 1000,
      "failed attempts": failures(submissions).length,
      acknowledged: stored.acknowledged,
      lost: stored.lost,
      duplicates: stored.duplicates,
    });
    expect(faulted).toBe(true);
    expect(stored).toEqual({ acknowledged: ANSWERS, lost: 0, duplicates: 0, stored: ANSWERS });
  });
});
