// Participation per team of one pulse, for HR: counts only, computed in SQL, and suppressed
// with the dashboard's anonymity engine — no count under the organisation's k is ever
// returned, nor one that would reveal it by differencing (parent minus visible children).
import type { Actor } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { pulseStatus, type PulseStatus } from "@/lib/pulses/pulse-status";
import { suppressTree } from "@/lib/stats/tree-suppression";
import { db } from "../client";
import { withOrganisation } from "../tenant-context";

export interface ParticipationRowDto {
  teamId: string;
  name: string;
  depth: number;
  /** null: hidden (fewer than k, or would reveal such a group). */
  invited: number | null;
  answered: number | null;
}

export interface PulseDetailDto {
  id: string;
  name: string;
  opensAt: Date;
  closesAt: Date;
  cadence: "ONE_OFF" | "MONTHLY" | "QUARTERLY";
  status: PulseStatus;
  /** Targets the whole organisation (else the subtree of its first row). */
  wholeOrganisation: boolean;
  includeItems: boolean;
  includeIrritants: boolean;
  includeSuggestion: boolean;
  /** The reminder plan: days before closing, 0 to 2 (issue 13 §2). */
  reminderDays: number[];
  k: number;
  rows: ParticipationRowDto[];
}

export async function getPulseDetail(actor: Actor, pulseId: string): Promise<PulseDetailDto> {
  return withOrganisation(actor.organisationId, async () => {
    if (!can(actor, "pulses:manage")) throw new ForbiddenError();
    if (!/^[0-9a-f-]{36}$/i.test(pulseId)) throw new NotFoundError("pulse");
    const pulse = await db().pulse.findFirst({
      where: { id: pulseId, organisationId: actor.organisationId },
      select: {
        id: true,
        name: true,
        opensAt: true,
        closesAt: true,
        cadence: true,
        launchedAt: true,
        closedEarlyAt: true,
        wholeOrganisation: true,
        includeItems: true,
        includeIrritants: true,
        includeSuggestion: true,
        reminderDays: true,
      },
    });
    if (!pulse) throw new NotFoundError("pulse");
    const counts = await db().$queryRaw<
      Array<{ id: string; parentId: string | null; name: string; depth: number; path: string; invited: number; answered: number }>
    >`
    SELECT t.id, t."parentId", t.name, t.depth, t.path,
      (SELECT count(*)::int FROM "PulseParticipation" pp JOIN "Membership" m ON m.id = pp."membershipId" JOIN "Team" s ON s.id = m."teamId"
        WHERE pp."pulseId" = pt."pulseId" AND s."organisationId" = t."organisationId" AND s.path LIKE t.path || '%') AS invited,
      (SELECT count(*)::int FROM "PulseParticipation" pp JOIN "Membership" m ON m.id = pp."membershipId" JOIN "Team" s ON s.id = m."teamId"
        WHERE pp."pulseId" = pt."pulseId" AND pp.answered AND s."organisationId" = t."organisationId" AND s.path LIKE t.path || '%') AS answered
    FROM "PulseTeam" pt JOIN "Team" t ON t.id = pt."teamId"
    WHERE pt."organisationId" = ${actor.organisationId}::uuid AND pt."pulseId" = ${pulse.id}::uuid
    ORDER BY t.path`;
    const k = actor.minGroupSize;
    const inPulse = new Set(counts.map((c) => c.id));
    const tree = (n: (c: (typeof counts)[number]) => number) =>
      suppressTree(
        counts.map((c) => ({ id: c.id, parentId: c.parentId && inPulse.has(c.parentId) ? c.parentId : null, n: n(c) })),
        k,
      );
    const hiddenAnswered = tree((c) => c.answered);
    const hiddenInvited = tree((c) => c.invited);
    const { launchedAt, closedEarlyAt, ...rest } = pulse;
    return {
      ...rest,
      status: pulseStatus(pulse),
      k,
      rows: counts.map((c) => ({
        teamId: c.id,
        name: c.name,
        depth: c.depth,
        // The engine treats 0 as "no group"; here 0 is a count too, and no count under k is shown.
        invited: hiddenInvited.has(c.id) || c.invited < k ? null : c.invited,
        answered: hiddenAnswered.has(c.id) || c.answered < k ? null : c.answered,
      })),
    };
  });
}
