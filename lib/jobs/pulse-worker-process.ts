// Starts the pulse queue worker inside a long-lived process (the Next server unless
// JOBS_IN_PROCESS=false, and `npm run worker`), once per process. A queue that cannot start
// is logged, never fatal: the web app still serves, and a restart picks the jobs up.
import { env } from "@/lib/env";
import { startPulseWorker } from "./pulse-queue";

const globalForPulses = globalThis as unknown as { symetriePulseWorker?: Promise<(() => Promise<void>) | null> };

export function startPulseWorkerOnce(): Promise<(() => Promise<void>) | null> {
  globalForPulses.symetriePulseWorker ??= startPulseWorker(env().DATABASE_URL)
    .then(({ stop }) => stop)
    .catch((error: unknown) => {
      console.error(`[pulse-queue] could not start: ${error instanceof Error ? error.message.split("\n")[0] : "unknown"}`);
      return null;
    });
  return globalForPulses.symetriePulseWorker;
}
