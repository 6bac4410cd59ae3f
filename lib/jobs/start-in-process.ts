// Imported by instrumentation.ts in the Node.js server: runs the background jobs inside
// the web process unless JOBS_IN_PROCESS=false (then `npm run worker` runs them). Next never
// calls instrumentation while building. Started once per process, even if imported again.
import { env } from "@/lib/env";
import { startPulseWorkerOnce } from "./pulse-worker-process";
import { DEFAULT_JOB_INTERVAL_MS, startJobRunner } from "./runner";

const globalForJobs = globalThis as unknown as { symetrieJobsStarted?: boolean };

if (env().JOBS_IN_PROCESS && !globalForJobs.symetrieJobsStarted) {
  globalForJobs.symetrieJobsStarted = true;
  startJobRunner({ intervalMs: DEFAULT_JOB_INTERVAL_MS });
  void startPulseWorkerOnce(); // employee pulse invitations and reminders (pg-boss)
}
