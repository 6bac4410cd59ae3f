// What the pulse jobs read outside the mails themselves: the dates a pulse's jobs are queued
// at, and what the minute sweep finds due — open pulses with people not yet invited, and open
// pulses with people who have not answered and were sent fewer reminders than are due now. The sweep is the safety net
// behind the per-pulse queue jobs (a job lost, a launch that crashed before queuing, members
// added later).
import { db } from "../client";
import { DUE_REMINDERS_OF_P, type PulseMailKind } from "./claim-pulse-mails";
import { asSystem } from "../tenant-context";

export interface PulseScheduleDto {
  id: string;
  opensAt: Date;
  closesAt: Date;
  cadence: "ONE_OFF" | "MONTHLY" | "QUARTERLY";
  reminderDays: number[];
}

/** The dates a launched (or next-wave) pulse's jobs are queued at; null for an unknown id. */
export async function findPulseSchedule(pulseId: string): Promise<PulseScheduleDto | null> {
  return asSystem(async () => {
    return db().pulse.findUnique({
      where: { id: pulseId },
      select: { id: true, opensAt: true, closesAt: true, cadence: true, reminderDays: true },
    });
  });
}

export async function listDuePulseMails(): Promise<Array<{ pulseId: string; kind: PulseMailKind }>> {
  return asSystem(async () => {
    const rows = await db().$queryRaw<Array<{ pulseId: string; kind: PulseMailKind }>>`
    SELECT DISTINCT p.id AS "pulseId", CASE WHEN pp."invitedAt" IS NULL THEN 'invite' ELSE 'remind' END AS kind
    FROM "Pulse" p JOIN "PulseParticipation" pp ON pp."pulseId" = p.id
    WHERE p."launchedAt" IS NOT NULL AND p."closedEarlyAt" IS NULL AND p."opensAt" <= now() AND p."closesAt" > now()
      AND (pp."invitedAt" IS NULL
        OR (NOT pp.answered AND pp."remindersSent" < ${DUE_REMINDERS_OF_P}))`;
    return rows;
  });
}
