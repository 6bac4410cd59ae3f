// The background job loop: every interval, runs each registered job in turn, never
// overlapping itself, logging (not propagating) a job's error. It holds no state of its
// own: the work lives in PostgreSQL, so several processes may run it at once.
import { registeredJobs, type Job } from "./registry";

export const DEFAULT_JOB_INTERVAL_MS = 5_000;

export interface JobRunnerOptions {
  intervalMs: number;
  jobs?: readonly Job[];
}

/** One pass over the jobs; a failing job is logged and the next one still runs. */
export async function runJobsOnce(jobs: readonly Job[] = registeredJobs): Promise<void> {
  for (const job of jobs) {
    try {
      await job.run();
    } catch (error) {
      // One line per failure (Prisma's messages span several), so a down database stays readable.
      const message = error instanceof Error ? error.message : String(error);
      console.error(`[jobs] ${job.name} failed: ${message.replace(/\s+/g, " ").trim()}`);
    }
  }
}

/**
 * Starts the loop; the returned stop() ends it and resolves once the pass under way (if any)
 * has finished. The next pass is scheduled only after the previous one ends (setTimeout,
 * not setInterval), so a slow pass delays the next instead of overlapping it.
 */
export function startJobRunner({ intervalMs, jobs = registeredJobs }: JobRunnerOptions): () => Promise<void> {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();
  const tick = () => {
    current = runJobsOnce(jobs).finally(() => {
      if (!stopped) timer = setTimeout(tick, intervalMs);
    });
  };
  timer = setTimeout(tick, 0);
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await current;
  };
}
