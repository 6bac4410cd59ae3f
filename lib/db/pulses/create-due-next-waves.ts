// Recurring pulses: when a wave has closed, its next wave (same teams and questions, dates
// shifted by the cadence) is created and launched automatically. A lock per series and the
// "no later wave yet" check make it idempotent across workers and restarts.
import { nextWave } from "@/lib/pulses/pulse-status";
import { db } from "../client";
import { inviteMembers } from "./launch-pulse";

/** Creates every due next wave; returns the new pulse ids (to queue their mail jobs). */
export async function createDueNextWaves(now = new Date()): Promise<string[]> {
  const due = await db().pulse.findMany({
    where: { cadence: { not: "ONE_OFF" }, launchedAt: { not: null }, OR: [{ closesAt: { lte: now } }, { closedEarlyAt: { not: null } }] },
    select: { id: true, seriesId: true, opensAt: true },
    orderBy: { opensAt: "desc" },
    distinct: ["seriesId"],
  });
  const created: string[] = [];
  for (const wave of due) {
    const id = await db().$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`pulse-series:${wave.seriesId}`}))`;
      const previous = await tx.pulse.findFirstOrThrow({ where: { id: wave.id }, include: { teams: { select: { teamId: true } } } });
      const later = await tx.pulse.count({ where: { seriesId: wave.seriesId, opensAt: { gt: previous.opensAt } } });
      const dates = nextWave(previous);
      if (later > 0 || !dates) return null;
      const { id: _id, teams, createdAt: _c, closedEarlyAt: _e, launchedAt: _l, ...copy } = previous;
      const next = await tx.pulse.create({ data: { ...copy, ...dates, launchedAt: now }, select: { id: true } });
      await tx.pulseTeam.createMany({
        data: teams.map((t) => ({ organisationId: previous.organisationId, pulseId: next.id, teamId: t.teamId })),
      });
      await inviteMembers(tx, previous.organisationId, next.id);
      return next.id;
    });
    if (id) created.push(id);
  }
  return created;
}
