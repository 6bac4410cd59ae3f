// Starts the job worker inside a long-lived process (the Next server unless
// JOBS_IN_PROCESS=false, and `npm run worker`), once per process. A worker that cannot start
// is logged, never fatal: the web app still serves, and a restart picks the jobs up.
import { env } from "@/lib/env";
import { startJobWorker } from "./worker";

const globalForJobs = globalThis as unknown as { symetrieJobWorker?: Promise<(() => Promise<void>) | null> };

export function startJobWorkerOnce(): Promise<(() => Promise<void>) | null> {
  globalForJobs.symetrieJobWorker ??= startJobWorker(env().DATABASE_URL)
    .then(({ stop }) => stop)
    .catch((error: unknown) => {
      console.error(`[jobs] could not start: ${error instanceof Error ? error.message.split("\n")[0] : "unknown"}`);
      return null;
    });
  return globalForJobs.symetrieJobWorker;
}
