// The employee moments of truth a directory sync sees (issue 12 §4), created only when the
// organisation opted in (Organisation.syncCreatesEvents): a new person is an onboarding, a person
// changing team a job change, a team moved in the tree a reorganisation for its active people.
// Each schedules the short personal pulse of issue 4, like an event pushed through the API, after
// the delay of its moment in the organisation's catalogue; a moment retired, missing or that does
// not trigger creates no event (the sync goes on without it).
import type { EmployeeEventType, Prisma } from "../../generated/client";
import { eventMoment } from "../moments/event-moment";

export async function syncCreatesEvents(tx: Prisma.TransactionClient, organisationId: string): Promise<boolean> {
  const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { syncCreatesEvents: true } });
  return organisation.syncCreatesEvents;
}

async function delayDays(tx: Prisma.TransactionClient, organisationId: string, type: EmployeeEventType): Promise<number | null> {
  const moment = await eventMoment(tx, organisationId, type);
  return moment.ok ? moment.delayDays : null;
}

/** Events for the given memberships, all of one type, happening now. */
export async function createSyncEvents(
  tx: Prisma.TransactionClient,
  organisationId: string,
  type: "ONBOARDING" | "JOB_CHANGE",
  membershipIds: readonly string[],
): Promise<number> {
  if (membershipIds.length === 0) return 0;
  const days = await delayDays(tx, organisationId, type);
  if (days === null) return 0;
  return tx.$executeRaw`
    INSERT INTO "EmployeeEvent" (id, "organisationId", "membershipId", type, "occurredAt", "surveyDueAt")
    SELECT gen_random_uuid(), ${organisationId}::uuid, m, ${type}::"EmployeeEventType", now(), now() + make_interval(days => ${days})
    FROM unnest(${membershipIds}::uuid[]) AS m`;
}

/** A reorganisation for every active person of the moved teams' subtrees (paths already rewritten). */
export async function createReorganisationEvents(tx: Prisma.TransactionClient, organisationId: string, movedTeamIds: readonly string[]) {
  if (movedTeamIds.length === 0) return 0;
  const days = await delayDays(tx, organisationId, "REORGANISATION");
  if (days === null) return 0;
  return tx.$executeRaw`
    INSERT INTO "EmployeeEvent" (id, "organisationId", "membershipId", type, "occurredAt", "surveyDueAt")
    SELECT gen_random_uuid(), ${organisationId}::uuid, m.id, 'REORGANISATION'::"EmployeeEventType", now(), now() + make_interval(days => ${days})
    FROM "Membership" m JOIN "Team" t ON t.id = m."teamId"
    WHERE m."organisationId" = ${organisationId}::uuid AND m.active
      AND EXISTS (SELECT 1 FROM "Team" moved WHERE moved.id = ANY(${movedTeamIds}::uuid[]) AND left(t.path, length(moved.path)) = moved.path)`;
}
