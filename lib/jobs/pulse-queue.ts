// The employee-pulse job queue on pg-boss 10.4.2 (PostgreSQL-backed: jobs survive restarts;
// the last release that declares Node 20, our engines floor — 12.x needs Node 22). Per pulse,
// launch queues an invitation job at opening, a reminder job 3 days before closing and, for
// recurring cadences, a next-wave job at closing; a cron sweep every minute catches anything
// lost; the sweep also queues the invitations to personal pulses of employee moments of truth
// once due. Handlers claim rows (lib/db), so a job run twice never mails anyone twice.
import { createHash } from "node:crypto";
import PgBoss from "pg-boss";
import { db } from "@/lib/db/client";
import { hasDueEventInvitations, sendEventInvitations } from "@/lib/db/employee-events/send-event-invitations";
import { createDueNextWaves } from "@/lib/db/pulses/create-due-next-waves";
import { listDuePulseMails } from "@/lib/db/pulses/due-pulse-work";
import { sendPulseMails, type PulseMailKind } from "@/lib/db/pulses/send-pulse-mails";
import { nextWave, reminderAt } from "@/lib/pulses/pulse-status";

export const PULSE_QUEUES = { mail: "pulse-mail", nextWave: "pulse-next-wave", sweep: "pulse-sweep", eventMail: "employee-event-mail" } as const;

type MailJob = { pulseId: string; kind: PulseMailKind };

export interface PulseSchedule {
  id: string;
  opensAt: Date;
  closesAt: Date;
  cadence: "ONE_OFF" | "MONTHLY" | "QUARTERLY";
}

function newBoss(connectionString: string, worker: boolean): PgBoss {
  const boss = new PgBoss({ connectionString, max: worker ? 4 : 2, schema: "pgboss", supervise: worker, schedule: worker });
  // pg-boss emits errors (lost connection…) instead of throwing: log one line, never crash.
  boss.on("error", (error) => console.error(`[pulse-queue] ${error.message.split("\n")[0]}`));
  return boss;
}

async function ensureQueues(boss: PgBoss): Promise<void> {
  for (const name of Object.values(PULSE_QUEUES)) await boss.createQueue(name, { name, retryLimit: 5, retryDelay: 30, retryBackoff: true });
}

/** A stable job id per (pulse, kind): queuing the same launch twice inserts one job. */
function jobId(pulseId: string, kind: string): string {
  const hex = createHash("sha256").update(`${pulseId}:${kind}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export async function schedulePulseJobs(boss: PgBoss, pulse: PulseSchedule): Promise<void> {
  await boss.send(PULSE_QUEUES.mail, { pulseId: pulse.id, kind: "invite" } satisfies MailJob, { id: jobId(pulse.id, "invite"), startAfter: pulse.opensAt });
  await boss.send(PULSE_QUEUES.mail, { pulseId: pulse.id, kind: "remind" } satisfies MailJob, { id: jobId(pulse.id, "remind"), startAfter: reminderAt(pulse) });
  if (nextWave(pulse)) await boss.send(PULSE_QUEUES.nextWave, {}, { id: jobId(pulse.id, "next"), startAfter: pulse.closesAt });
}

async function runMailJob(boss: PgBoss, job: MailJob): Promise<void> {
  const { more } = await sendPulseMails(job.pulseId, job.kind, 1);
  if (more) await boss.send(PULSE_QUEUES.mail, job); // the continuation, so stopping never waits long
}

/** Starts a queue worker; `stop()` lets the job under way finish (graceful). */
export async function startPulseWorker(connectionString: string, pollingIntervalSeconds = 2): Promise<{ boss: PgBoss; stop: () => Promise<void> }> {
  const boss = newBoss(connectionString, true);
  await boss.start();
  await ensureQueues(boss);
  await boss.schedule(PULSE_QUEUES.sweep, "* * * * *", {}, { singletonKey: "sweep" });
  await boss.work<MailJob>(PULSE_QUEUES.mail, { pollingIntervalSeconds }, async ([job]) => runMailJob(boss, job!.data));
  await boss.work(PULSE_QUEUES.nextWave, { pollingIntervalSeconds }, async () => {
    for (const id of await createDueNextWaves()) await scheduleCreated(boss, id);
  });
  await boss.work(PULSE_QUEUES.eventMail, { pollingIntervalSeconds }, async () => {
    const { more } = await sendEventInvitations(1);
    if (more) await boss.send(PULSE_QUEUES.eventMail, {}); // the continuation, as for pulse mails
  });
  await boss.work(PULSE_QUEUES.sweep, { pollingIntervalSeconds }, async () => {
    for (const due of await listDuePulseMails()) await boss.send(PULSE_QUEUES.mail, due);
    if (await hasDueEventInvitations()) await boss.send(PULSE_QUEUES.eventMail, {});
    for (const id of await createDueNextWaves()) await scheduleCreated(boss, id);
  });
  return { boss, stop: () => boss.stop({ graceful: true, wait: true, timeout: 30_000 }) };
}

async function scheduleCreated(boss: PgBoss, pulseId: string): Promise<void> {
  const pulse = await db().pulse.findUniqueOrThrow({ where: { id: pulseId }, select: { id: true, opensAt: true, closesAt: true, cadence: true } });
  await schedulePulseJobs(boss, pulse);
}

const globalForQueue = globalThis as unknown as { symetriePulseSender?: Promise<PgBoss> };

/** A send-only client for the web process (launch); started once per process. */
export function pulseQueueSender(connectionString: string): Promise<PgBoss> {
  globalForQueue.symetriePulseSender ??= (async () => {
    const boss = newBoss(connectionString, false);
    await boss.start();
    await ensureQueues(boss);
    return boss;
  })().catch((error: unknown) => {
    delete globalForQueue.symetriePulseSender;
    throw error;
  });
  return globalForQueue.symetriePulseSender;
}

/**
 * Queues a just-launched pulse's jobs from the web process. A failure is logged, not thrown:
 * the launch is committed and the minute sweep will send its mails anyway.
 */
export async function queueLaunchedPulse(connectionString: string, pulseId: string): Promise<void> {
  try {
    await scheduleCreated(await pulseQueueSender(connectionString), pulseId);
  } catch (error) {
    console.error(`[pulse-queue] could not queue a launched pulse: ${error instanceof Error ? error.message.split("\n")[0] : "unknown"}`);
  }
}
