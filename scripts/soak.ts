// The soak (issue 16 §1, `npm run soak [-- --minutes N]`, not in CI): respondents at a constant
// rate against the production server (tests/reliability/support/stack.ts: embedded PostgreSQL,
// scripts/server.ts on the `.next` build, which must exist: `npm run build` or a test run), the
// server's resident memory sampled from /proc. After the warm-up (the first 20 % of the time) the
// resident memory may grow by 10 % at most; every acknowledged answer stored, none twice.
// Exit code 1 when a criterion fails.
import fs from "node:fs";
import { checkStored, runRespondents, type Submission } from "../tests/reliability/support/respondents";
import { startStack } from "../tests/reliability/support/stack";

const minutesAt = process.argv.indexOf("--minutes");
const MINUTES = minutesAt >= 0 ? Number(process.argv[minutesAt + 1]) : 30;
const RATE_PER_SECOND = Number(process.env.SOAK_RATE ?? 50);
const WARM_UP = 0.2;
const MAX_GROWTH = 0.1;

function rssKiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
}

const mib = (kib: number) => (kib / 1024).toFixed(1);

async function main() {
  if (!(MINUTES > 0)) throw new Error("--minutes takes a positive number");
  const stack = await startStack();
  const submissions: Submission[] = [];
  const samples: Array<{ at: number; rss: number }> = [];
  try {
    const pid = stack.serverPid();
    if (!pid) throw new Error("no server pid");
    const durationMs = MINUTES * 60_000;
    const started = performance.now();
    const elapsed = () => performance.now() - started;
    console.log(`[soak] ${MINUTES} min at ${RATE_PER_SECOND} answers/s, server pid ${pid}, RSS ${mib(rssKiB(pid))} MiB at start`);
    let lastPrint = 0;
    // One second at a time: RATE_PER_SECOND answers, then wait for the rest of the second.
    for (let second = 0; elapsed() < durationMs; second++) {
      const tokens = await stack.freshLinks(RATE_PER_SECOND);
      const run = await runRespondents({ baseUrl: stack.baseUrl, tokens, concurrency: Math.min(RATE_PER_SECOND, 20) });
      submissions.push(...run.submissions);
      const wait = (second + 1) * 1000 - elapsed();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      samples.push({ at: elapsed(), rss: rssKiB(pid) });
      if (elapsed() - lastPrint >= 30_000) {
        lastPrint = elapsed();
        const failed = submissions.filter((submission) => !submission.acknowledged).length;
        console.log(
          `[soak] ${(elapsed() / 60_000).toFixed(1)} min: ${submissions.length} answers (${(submissions.length / (elapsed() / 1000)).toFixed(0)}/s), ${failed} not acknowledged, RSS ${mib(samples.at(-1)!.rss)} MiB`,
        );
      }
    }
    const afterWarmUp = samples.filter((sample) => sample.at >= durationMs * WARM_UP);
    const base = Math.min(...afterWarmUp.slice(0, Math.max(1, Math.ceil(afterWarmUp.length * 0.05))).map((sample) => sample.rss));
    const tail = afterWarmUp.slice(-Math.max(1, Math.ceil(afterWarmUp.length * 0.05)));
    const end = tail.reduce((sum, sample) => sum + sample.rss, 0) / tail.length;
    const peak = Math.max(...afterWarmUp.map((sample) => sample.rss));
    const growth = (end - base) / base;
    const stored = await checkStored(stack.databaseUrl, submissions);
    const seconds = elapsed() / 1000;
    console.log(
      `[soak] ${MINUTES} min: ${submissions.length} answers (${(submissions.length / seconds).toFixed(1)}/s), RSS after warm-up ${mib(base)} MiB → ${mib(end)} MiB at the end (peak ${mib(peak)} MiB), growth ${(growth * 100).toFixed(1)} % (limit ${MAX_GROWTH * 100} %), acknowledged ${stored.acknowledged}, lost ${stored.lost}, duplicates ${stored.duplicates}`,
    );
    const failures = [
      growth > MAX_GROWTH ? `memory grew by ${(growth * 100).toFixed(1)} % after the warm-up` : "",
      stored.acknowledged !== submissions.length ? `${submissions.length - stored.acknowledged} answers not acknowledged` : "",
      stored.lost > 0 ? `${stored.lost} lost` : "",
      stored.duplicates > 0 ? `${stored.duplicates} duplicates` : "",
      stack.serverAlive() ? "" : "the server died",
    ].filter(Boolean);
    if (failures.length > 0) {
      console.error(`[soak] FAILED: ${failures.join("; ")}`);
      process.exitCode = 1;
    } else console.log("[soak] passed");
  } finally {
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
