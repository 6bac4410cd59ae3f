// Results of the personal pulses of employee moments of truth, for HR and ADMIN: per event
// type, from the released months, for the organisation or a chosen subtree — counts read in SQL
// per (type, team, month), each month judged on its own and suppressed below k (for ADMIN
// too) by lib/pulses/event-results.ts.
import type { Actor } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { EVENT_ANSWER_DAYS, eventPeriod, fromEventType } from "@/lib/pulses/event-pulse";
import { eventResults, ORGANISATION, type EventResultRow } from "@/lib/pulses/event-results";
import { db } from "../client";
import { releaseEndedMonths } from "../rollup/release-employee-months";
import type { EmployeeEventType } from "../generated/client";
import { withOrganisation } from "../tenant-context";

export interface EventResultsDto {
  k: number;
  /** Answers of months before this one only: months whose every answer window has closed. */
  closedBefore: Date;
  rows: EventResultRow[];
}

/**
 * Why released months only, each judged alone: a released month never changes again, and a new
 * one adds either nothing or a group of at least k, so comparing the section from one day to the
 * next cannot isolate one new answer (differencing over time).
 */
export async function getEventResults(actor: Actor, teamId: string | null = null): Promise<EventResultsDto> {
  return withOrganisation(actor.organisationId, async () => {
    if (!can(actor, "pulses:manage")) throw new ForbiddenError();
    const client = db();
    await releaseEndedMonths(actor.organisationId);
    const teams = await client.team.findMany({ where: { organisationId: actor.organisationId }, select: { id: true, parentId: true } });
    if (teamId !== null && !teams.some((t) => t.id === teamId)) throw new NotFoundError("team");
    const closedBefore = eventPeriod(new Date(Date.now() - EVENT_ANSWER_DAYS * 86_400_000));
    const counts = await client.$queryRaw<
      Array<{ type: EmployeeEventType; teamId: string; period: string; promoters: number; passives: number; detractors: number }>
    >`
    SELECT "eventType"::text AS type, "teamId"::text AS "teamId", to_char(period, 'YYYY-MM') AS period,
      count(*) FILTER (WHERE score >= 9)::int AS promoters,
      count(*) FILTER (WHERE score BETWEEN 7 AND 8)::int AS passives,
      count(*) FILTER (WHERE score <= 6)::int AS detractors
    FROM "EmployeeResponse"
    WHERE "organisationId" = ${actor.organisationId}::uuid AND "eventType" IS NOT NULL AND period < ${closedBefore}::date
    GROUP BY 1, 2, 3`;
    const rows = eventResults(
      teams,
      counts.map((c) => ({ ...c, type: fromEventType(c.type) })),
      actor.minGroupSize,
      teamId ?? ORGANISATION,
    );
    return { k: actor.minGroupSize, closedBefore, rows };
  });
}
