// Releases the employee answers of months that have ended (docs/anonymity.md "Release" and
// "No link in the database"). Until then an answer waits as a ballot written in the same
// transaction as its participation row, so the two share a transaction id. At release, in ONE
// transaction per (organisation, month): the month's ballots are deleted and inserted as
// EmployeeResponse rows (with their items and irritants) under new random ids in random physical
// order, every participation, event and respondent row of the month is rewritten, and the month
// is marked for the rollup. Then the tables are vacuumed, so no old row version keeps the link.
import { db, pool } from "../client";
import { Prisma } from "../generated/client";
import { rollupLockKeys } from "./period-sql";
import { asSystem, withOrganisation } from "../tenant-context";

/** First day of the month of `now` (the database's clock when null) in Paris: months before it have ended. */
const parisMonthOf = (now: Date | null) =>
  Prisma.sql`date_trunc('month', coalesce(${now}::timestamptz, now()) AT TIME ZONE 'Europe/Paris')::date`;

const VACUUMED = ["EmployeeBallot", "PulseParticipation", "EmployeeEvent", "EmployeeRespondent"];

async function releaseMonth(organisationId: string, period: Date): Promise<number> {
  return db().$transaction(
    async (tx) => {
      // Answer writers hold this lock shared until they commit: none is half-written here.
      await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(${rollupLockKeys(organisationId, Prisma.sql`${period}::date`)})`;
      const [moved] = await tx.$queryRaw<Array<{ n: number }>>`
        WITH ballots AS (
          DELETE FROM "EmployeeBallot" WHERE "organisationId" = ${organisationId}::uuid AND period = ${period}::date RETURNING *
        ), renamed AS MATERIALIZED (
          SELECT gen_random_uuid() AS "newId", b.* FROM ballots b
        ), responses AS (
          INSERT INTO "EmployeeResponse" (id, "organisationId", "pulseId", "eventType", "teamId", period, score, comment, suggestion, "irritantOther")
          SELECT "newId", "organisationId", "pulseId", "eventType", "teamId", period, score, comment, suggestion, "irritantOther"
          FROM renamed ORDER BY random()
        ), items AS (
          INSERT INTO "EmployeeItemAnswer" ("organisationId", "responseId", "itemId", value)
          SELECT r."organisationId", r."newId", i.key::uuid, i.value::text::smallint
          FROM renamed r CROSS JOIN LATERAL jsonb_each(r.items) i ORDER BY random()
        ), irritants AS (
          INSERT INTO "EmployeeResponseIrritant" ("organisationId", "responseId", "irritantId")
          SELECT r."organisationId", r."newId", i.id FROM renamed r CROSS JOIN LATERAL unnest(r."irritantIds") i(id) ORDER BY random()
        )
        SELECT count(*)::int AS n FROM renamed`;
      // Every row of the month's people now carries this transaction's id, answered or not.
      await tx.$executeRaw`
        UPDATE "PulseParticipation" pp SET answered = pp.answered FROM "Pulse" p
        WHERE p.id = pp."pulseId" AND pp."organisationId" = ${organisationId}::uuid
          AND date_trunc('month', p."closesAt" AT TIME ZONE 'Europe/Paris')::date = ${period}::date`;
      // A personal pulse's window closes 14 days after its due date: every event due from a
      // month before this one to its end may have answered into it.
      await tx.$executeRaw`
        UPDATE "EmployeeEvent" SET answered = answered
        WHERE "organisationId" = ${organisationId}::uuid
          AND "surveyDueAt" >= (${period}::date - interval '1 month')::timestamp AT TIME ZONE 'Europe/Paris'
          AND "surveyDueAt" < (${period}::date + interval '1 month')::timestamp AT TIME ZONE 'Europe/Paris'`;
      await tx.$executeRaw`
        UPDATE "EmployeeRespondent" SET "personId" = "personId" WHERE "organisationId" = ${organisationId}::uuid AND period = ${period}::date`;
      await tx.$executeRaw`
        INSERT INTO "RollupDirty" ("organisationId", period) VALUES (${organisationId}::uuid, ${period}::date) ON CONFLICT DO NOTHING`;
      return moved?.n ?? 0;
    },
    { timeout: 120_000 },
  );
}

export interface ReleaseResult {
  /** Months released, "YYYY-MM", and the answers moved in each. */
  released: Array<{ period: string; answers: number }>;
}

/**
 * Releases the organisation's ended months that still hold ballots (all organisations when
 * null). Cheap when there is nothing to do (one indexed query): readers call it before reading.
 * `now` stands for the clock in tests (a month "ended" as of that date).
 */
export async function releaseEndedMonths(organisationId: string | null, now: Date | null = null): Promise<ReleaseResult> {
  const work = async () => {
    const org = organisationId === null ? Prisma.empty : Prisma.sql`AND "organisationId" = ${organisationId}::uuid`;
    const pending = await db().$queryRaw<Array<{ organisationId: string; period: Date }>>`
    SELECT DISTINCT "organisationId"::text AS "organisationId", period FROM "EmployeeBallot"
    WHERE period < ${parisMonthOf(now)} ${org} ORDER BY 1, 2`;
    const released: ReleaseResult["released"] = [];
    for (const { organisationId: id, period } of pending) {
      const answers = await withOrganisation(id, () => releaseMonth(id, period));
      if (answers > 0) released.push({ period: period.toISOString().slice(0, 7), answers });
    }
    if (released.length > 0) for (const table of VACUUMED) await pool().query(`VACUUM "${table}"`);
    return { released };
  };
  // The worker's call (null) looks over every organisation, then releases each in its own.
  return organisationId === null ? asSystem(work) : withOrganisation(organisationId, work);
}
