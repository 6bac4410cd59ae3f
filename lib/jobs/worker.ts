// Starts a job worker: every background job of the app runs here, on pg-boss — the link-email,
// webhook, detractor-alert and monthly-email drains (drain.ts), the per-pulse jobs (pulse-queue.ts), the minute sweep (the
// safety net: re-arms the drains, queues pulse mails and event invitations found due, creates
// next waves) and the hourly rate-limit prune. Any number of workers may run at once: pg-boss
// hands each job to one of them, and the work itself is claimed row by row in PostgreSQL.
import type PgBoss from "pg-boss";
import { hasDueEventInvitations } from "@/lib/db/employee-events/claim-event-invitations";
import { listDuePulseMails } from "@/lib/db/pulses/due-pulse-work";
import { pruneRateLimits } from "@/lib/db/rate-limit";
import { sendFollowUpAlerts } from "@/lib/mail/follow-up-alerts";
import { sendDueLinkEmails } from "@/lib/mail/link-emails";
import { sendMonthlyReports } from "@/lib/mail/monthly-reports";
import { deliverWebhookBatch } from "@/lib/webhooks/deliver";
import { ensureQueues, newBoss, QUEUES } from "./boss";
import { armDrain, workDrain, type Drain } from "./drain";
import { runEventMailJob, runNextWaves, runPulseMailJob, type PulseMailJob } from "./pulse-queue";

const LINK_EMAIL_BATCH = 50;
const WEBHOOK_BATCH = 20;

export const DRAINS: readonly Drain[] = [
  { queue: QUEUES.linkEmails, run: async () => sumOf(await sendDueLinkEmails(LINK_EMAIL_BATCH)) >= LINK_EMAIL_BATCH },
  { queue: QUEUES.webhooks, run: async () => (await deliverWebhookBatch(WEBHOOK_BATCH)).claimed >= WEBHOOK_BATCH },
  { queue: QUEUES.followUpAlerts, run: async () => (await sendFollowUpAlerts()).more },
  { queue: QUEUES.monthlyReports, run: async () => (await sendMonthlyReports()).more },
];

/** The sweep's name when it only served pulses: its schedule may still be stored. */
const LEGACY_SWEEP = "pulse-sweep";

const sumOf = ({ sent, failed }: { sent: number; failed: number }) => sent + failed;

async function sweep(boss: PgBoss): Promise<void> {
  for (const drain of DRAINS) await armDrain(boss, drain.queue);
  for (const due of await listDuePulseMails()) await boss.send(QUEUES.pulseMail, due);
  if (await hasDueEventInvitations()) await boss.send(QUEUES.eventMail, {});
  await runNextWaves(boss);
}

export interface JobWorkerOptions {
  pollingIntervalSeconds?: number;
  /** Fire the cron schedules (sweep, prune) from this process; tests turn it off to prove the drains alone. */
  cron?: boolean;
}

/** Starts a worker; `stop()` lets the jobs under way finish (graceful). */
export async function startJobWorker(
  connectionString: string,
  { pollingIntervalSeconds = 2, cron = true }: JobWorkerOptions = {},
): Promise<{ boss: PgBoss; stop: () => Promise<void> }> {
  const boss = newBoss(connectionString, { worker: true, cron });
  await boss.start();
  await ensureQueues(boss);
  await boss.unschedule(LEGACY_SWEEP); // its jobs would pile up in a queue nobody works
  await boss.schedule(QUEUES.sweep, "* * * * *");
  // Counters whose window ended a day ago or more: hourly is plenty.
  await boss.schedule(QUEUES.prune, "17 * * * *");
  const polling = { pollingIntervalSeconds };
  for (const drain of DRAINS) await workDrain(boss, drain, pollingIntervalSeconds);
  await boss.work<PulseMailJob>(QUEUES.pulseMail, polling, async ([job]) => runPulseMailJob(boss, job!.data));
  await boss.work(QUEUES.eventMail, polling, async () => runEventMailJob(boss));
  await boss.work(QUEUES.nextWave, polling, async () => runNextWaves(boss));
  await boss.work(QUEUES.sweep, polling, async () => sweep(boss));
  await boss.work(QUEUES.prune, polling, async () => void (await pruneRateLimits()));
  return { boss, stop: () => boss.stop({ graceful: true, wait: true, timeout: 30_000 }) };
}
