// `npm run worker`: the background jobs (survey link emails, webhooks, pulse mails, next waves,
// rate-limit prune: lib/jobs/worker.ts, on pg-boss) in a process of their own, for deployments
// that set JOBS_IN_PROCESS=false on the web servers. Needs DATABASE_URL (pg-boss) and
// DATABASE_APP_URL (the data layer, under row-level security: docs/security.md). Several workers
// (and web processes running jobs) may run at once: pg-boss gives each job to one of them, and the
// rows are claimed with FOR UPDATE SKIP LOCKED.
import "./db/dev-database-url";
import { env, EnvError } from "../lib/env";
import { startJobWorkerOnce } from "../lib/jobs/worker-process";

try {
  env();
} catch (error) {
  if (!(error instanceof EnvError)) throw error;
  console.error(`\n${error.message}\n`);
  process.exit(1);
}

const started = startJobWorkerOnce();
void started.then((stop) =>
  console.log(stop ? "[worker] running background jobs (pg-boss); Ctrl-C stops." : "[worker] could not start; see above."),
);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log("[worker] finishing the jobs under way…");
    // Finish the jobs under way so no claimed row waits for its lease to expire.
    void started.then((stop) => stop?.()).finally(() => process.exit(0));
  });
}
