// The one background-job mechanism: pg-boss 10.4.2 (PostgreSQL-backed, so jobs survive
// restarts; the last release that declares Node 20, our engines floor — 12.x needs Node 22).
// This names every queue, builds clients and creates the queues (schedule() needs them).
import "server-only";
import PgBoss from "pg-boss";

export const QUEUES = {
  /** Drains (drain.ts): each run empties a work table, then queues the next run seconds later. */
  linkEmails: "link-emails",
  webhooks: "webhooks",
  /** New detractors to their managers, daily digests, overdue reminders (lib/mail/follow-up-alerts.ts). */
  followUpAlerts: "follow-up-alerts",
  /** The monthly email of headline figures, from each 1st at 08:00 Paris (lib/mail/monthly-reports.ts). */
  monthlyReports: "monthly-reports",
  /** Per-pulse jobs queued at launch (pulse-queue.ts). */
  pulseMail: "pulse-mail",
  nextWave: "pulse-next-wave",
  eventMail: "employee-event-mail",
  /** Cron: the minute safety net (worker.ts) and the hourly rate-limit prune. */
  sweep: "sweep",
  prune: "rate-limit-prune",
} as const;

type Queue = (typeof QUEUES)[keyof typeof QUEUES];

/**
 * "short": at most one queued (created) job per queue, so re-arming a drain or a cron firing
 * while one waits adds nothing; no retries (the next run is the retry). The per-pulse queues
 * retry with backoff: their jobs carry which pulse to mail.
 */
const OPTIONS: Record<Queue, Omit<PgBoss.Queue, "name">> = {
  [QUEUES.linkEmails]: { policy: "short", retryLimit: 0, expireInSeconds: 15 * 60 },
  [QUEUES.webhooks]: { policy: "short", retryLimit: 0, expireInSeconds: 5 * 60 },
  [QUEUES.followUpAlerts]: { policy: "short", retryLimit: 0, expireInSeconds: 15 * 60 },
  [QUEUES.monthlyReports]: { policy: "short", retryLimit: 0, expireInSeconds: 15 * 60 },
  [QUEUES.pulseMail]: { retryLimit: 5, retryDelay: 30, retryBackoff: true },
  [QUEUES.nextWave]: { retryLimit: 5, retryDelay: 30, retryBackoff: true },
  [QUEUES.eventMail]: { retryLimit: 5, retryDelay: 30, retryBackoff: true },
  [QUEUES.sweep]: { policy: "short", retryLimit: 0 },
  [QUEUES.prune]: { policy: "short", retryLimit: 0 },
};

/** A client; `worker` ones also run maintenance and, with `cron`, fire the schedules. */
export function newBoss(connectionString: string, { worker, cron }: { worker: boolean; cron: boolean }): PgBoss {
  const boss = new PgBoss({
    connectionString,
    max: worker ? 4 : 2,
    schema: "pgboss",
    supervise: worker,
    schedule: worker && cron,
    // Drains queue a job every few seconds: keep finished jobs an hour, archived ones two days.
    archiveCompletedAfterSeconds: 3600,
    deleteAfterDays: 2,
  });
  // pg-boss emits errors (lost connection…) instead of throwing: log one line, never crash.
  boss.on("error", (error) => console.error(`[jobs] ${error.message.split("\n")[0]}`));
  return boss;
}

/** PostgreSQL's "deadlock detected": the statement was rolled back and can simply run again. */
const DEADLOCK = "40P01";

/**
 * Creates the queues (idempotent). Two workers starting at once can deadlock inside pg-boss's
 * createQueue (both lock its queue table); PostgreSQL aborts one of them, which tries again.
 */
export async function ensureQueues(boss: PgBoss): Promise<void> {
  for (const name of Object.values(QUEUES)) {
    for (let attempt = 1; ; attempt++) {
      try {
        await boss.createQueue(name, { name, ...OPTIONS[name] });
        break;
      } catch (error) {
        if ((error as { code?: string }).code !== DEADLOCK || attempt >= 5) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100));
      }
    }
  }
}

/** Logs a failed run in one line (Prisma's messages span several), so a down database stays readable. */
export function logJobError(queue: string, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`[jobs] ${queue} failed: ${message.replace(/\s+/g, " ").trim()}`);
}

const globalForQueue = globalThis as unknown as { symetrieJobSender?: Promise<PgBoss> };

/** A send-only client for a web process (no worker, no maintenance); started once per process. */
export function jobSender(connectionString: string): Promise<PgBoss> {
  globalForQueue.symetrieJobSender ??= (async () => {
    const boss = newBoss(connectionString, { worker: false, cron: false });
    await boss.start();
    await ensureQueues(boss);
    return boss;
  })().catch((error: unknown) => {
    delete globalForQueue.symetrieJobSender;
    throw error;
  });
  return globalForQueue.symetrieJobSender;
}
