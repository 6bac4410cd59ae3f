// What the minute sweep finds due: open pulses with people not yet invited, and open pulses
// past their reminder time with people not yet reminded. The safety net behind the per-pulse
// queue jobs (a job lost, a launch that crashed before queuing, members added later).
import { db } from "../client";
import type { PulseMailKind } from "./send-pulse-mails";

export async function listDuePulseMails(): Promise<Array<{ pulseId: string; kind: PulseMailKind }>> {
  const rows = await db().$queryRaw<Array<{ pulseId: string; kind: PulseMailKind }>>`
    SELECT DISTINCT p.id AS "pulseId", CASE WHEN pp."invitedAt" IS NULL THEN 'invite' ELSE 'remind' END AS kind
    FROM "Pulse" p JOIN "PulseParticipation" pp ON pp."pulseId" = p.id
    WHERE p."launchedAt" IS NOT NULL AND p."closedEarlyAt" IS NULL AND p."opensAt" <= now() AND p."closesAt" > now()
      AND (pp."invitedAt" IS NULL
        OR (pp."remindedAt" IS NULL AND NOT pp.answered AND now() >= greatest(p."opensAt", p."closesAt" - interval '3 days')))`;
  return rows;
}
