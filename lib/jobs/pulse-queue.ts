// The employee-pulse jobs on pg-boss. Per pulse, launch queues an invitation job at opening,
// a reminder job at each reminder of its plan (0 to 2, days before closing) and, for recurring cadences, a next-wave job at
// closing; the minute sweep (worker.ts) catches anything lost. Handlers send through lib/mail,
// which claims rows in lib/db, so a job run twice never mails anyone twice.
import { createHash } from "node:crypto";
import type PgBoss from "pg-boss";
import type { PulseMailKind } from "@/lib/db/pulses/claim-pulse-mails";
import { createDueNextWaves } from "@/lib/db/pulses/create-due-next-waves";
import { findPulseSchedule, type PulseScheduleDto } from "@/lib/db/pulses/due-pulse-work";
import { sendEventInvitations } from "@/lib/mail/event-invitations";
import { sendPulseMails } from "@/lib/mail/pulse-mails";
import { nextWave } from "@/lib/pulses/pulse-status";
import { reminderTimes } from "@/lib/pulses/reminders";
import { jobSender, QUEUES } from "./boss";

export type PulseMailJob = { pulseId: string; kind: PulseMailKind };

/** A stable job id per (pulse, kind): queuing the same launch twice inserts one job. */
function jobId(pulseId: string, kind: string): string {
  const hex = createHash("sha256").update(`${pulseId}:${kind}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export async function schedulePulseJobs(boss: PgBoss, pulse: PulseScheduleDto): Promise<void> {
  await boss.send(QUEUES.pulseMail, { pulseId: pulse.id, kind: "invite" } satisfies PulseMailJob, {
    id: jobId(pulse.id, "invite"),
    startAfter: pulse.opensAt,
  });
  for (const [index, at] of reminderTimes(pulse).entries())
    await boss.send(QUEUES.pulseMail, { pulseId: pulse.id, kind: "remind" } satisfies PulseMailJob, {
      // The first keeps the id it had when a pulse had one reminder.
      id: jobId(pulse.id, index === 0 ? "remind" : `remind:${index}`),
      startAfter: at,
    });
  if (nextWave(pulse)) await boss.send(QUEUES.nextWave, {}, { id: jobId(pulse.id, "next"), startAfter: pulse.closesAt });
}

async function scheduleCreated(boss: PgBoss, pulseId: string): Promise<void> {
  const pulse = await findPulseSchedule(pulseId);
  if (pulse) await schedulePulseJobs(boss, pulse);
}

/** One batch, then the continuation as a new job, so a stopping worker never waits long. */
export async function runPulseMailJob(boss: PgBoss, job: PulseMailJob): Promise<void> {
  const { more } = await sendPulseMails(job.pulseId, job.kind, 1);
  if (more) await boss.send(QUEUES.pulseMail, job);
}

export async function runEventMailJob(boss: PgBoss): Promise<void> {
  const { more } = await sendEventInvitations(1);
  if (more) await boss.send(QUEUES.eventMail, {}); // the continuation, as for pulse mails
}

/** Creates the due next waves of recurring pulses and queues their mail jobs. */
export async function runNextWaves(boss: PgBoss): Promise<void> {
  for (const id of await createDueNextWaves()) await scheduleCreated(boss, id);
}

/**
 * Queues a just-launched pulse's jobs from the web process. A failure is logged, not thrown:
 * the launch is committed and the minute sweep will send its mails anyway.
 */
export async function queueLaunchedPulse(connectionString: string, pulseId: string): Promise<void> {
  try {
    await scheduleCreated(await jobSender(connectionString), pulseId);
  } catch (error) {
    console.error(`[jobs] could not queue a launched pulse: ${error instanceof Error ? error.message.split("\n")[0] : "unknown"}`);
  }
}
