// Recurring pulses: when a wave has closed, its next wave (same teams and questions, dates
// shifted by the cadence) is created and launched automatically, named for its own month
// (issue 19 §4: the wave after « … octobre 2026 » is « … novembre 2026 », not a copy). A
// whole-organisation series covers the organisation's active teams of the day. A lock per
// series and the "no later wave yet" check make it idempotent across workers and restarts.
import { nextWave, pulsePeriod } from "@/lib/pulses/pulse-status";
import { waveName } from "@/lib/pulses/wave-name";
import { db } from "../client";
import { refreshWholeOrganisation } from "../internal/pulses/pulse-target";
import { inviteMembers } from "./launch-pulse";
import { asSystem } from "../tenant-context";

/** Creates every due next wave; returns the new pulse ids (to queue their mail jobs). */
export async function createDueNextWaves(now = new Date()): Promise<string[]> {
  return asSystem(async () => {
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
        const previous = await tx.pulse.findFirstOrThrow({
          where: { id: wave.id },
          include: { teams: { select: { teamId: true } }, organisation: { select: { defaultLocale: true } } },
        });
        const later = await tx.pulse.count({ where: { seriesId: wave.seriesId, opensAt: { gt: previous.opensAt } } });
        const dates = nextWave(previous);
        if (later > 0 || !dates) return null;
        const { id: _id, teams, organisation, createdAt: _c, closedEarlyAt: _e, launchedAt: _l, ...copy } = previous;
        const name = waveName(previous.name, pulsePeriod(dates.closesAt), organisation.defaultLocale);
        const next = await tx.pulse.create({ data: { ...copy, ...dates, name, launchedAt: now }, select: { id: true } });
        await tx.pulseTeam.createMany({
          data: teams.map((t) => ({ organisationId: previous.organisationId, pulseId: next.id, teamId: t.teamId })),
        });
        await refreshWholeOrganisation(tx, previous.organisationId, next.id);
        await inviteMembers(tx, previous.organisationId, next.id);
        return next.id;
      });
      if (id) created.push(id);
    }
    return created;
  });
}
