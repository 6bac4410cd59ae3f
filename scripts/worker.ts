// `npm run worker`: the background jobs (survey link emails, webhooks) in a process of their
// own, for deployments that set JOBS_IN_PROCESS=false on the web servers. Needs DATABASE_URL.
// Several workers may run at once: every job claims its rows with FOR UPDATE SKIP LOCKED.
import "./db/dev-database-url";
import { env, EnvError } from "../lib/env";
import { startPulseWorkerOnce } from "../lib/jobs/pulse-worker-process";
import { DEFAULT_JOB_INTERVAL_MS, startJobRunner } from "../lib/jobs/runner";

try {
  env();
} catch (error) {
  if (!(error instanceof EnvError)) throw error;
  console.error(`\n${error.message}\n`);
  process.exit(1);
}

const stopRunner = startJobRunner({ intervalMs: DEFAULT_JOB_INTERVAL_MS });
const stopPulses = startPulseWorkerOnce(); // employee pulse mails on pg-boss
const stop = async () => {
  await Promise.all([stopRunner(), stopPulses.then((stopQueue) => stopQueue?.())]);
};
console.log(`[worker] running background jobs every ${DEFAULT_JOB_INTERVAL_MS / 1000} s; Ctrl-C stops.`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log("[worker] finishing the current pass…");
    // Finish the pass under way so no claimed row waits for its lease to expire.
    void stop().finally(() => process.exit(0));
  });
}
