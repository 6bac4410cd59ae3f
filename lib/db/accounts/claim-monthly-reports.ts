// The data side of the monthly email (issue 15 §3) for its sender (lib/mail/monthly-reports.ts):
// from the 1st of each month at 08:00 (Paris), every active person who opted in is owed the email
// of the month just ended, once. Claimed with FOR UPDATE SKIP LOCKED and stamped (the month sent)
// before the mail goes, so any number of workers send it at most once; a refused mail is released.
import { db } from "../client";
import { Prisma } from "../generated/client";
import { asSystem } from "../tenant-context";

export const MONTHLY_REPORT_BATCH = 20;

export interface MonthlyReportClaimDto {
  membershipId: string;
  /** "YYYY-MM": the month the email reports. */
  month: string;
  brandColor: string;
}

/** The month owed at `now` (its first day): the one before the current Paris month, once its 1st 08:00 has come. */
export const reportMonthSql = (now: Date) =>
  Prisma.sql`(date_trunc('month', (${now}::timestamptz AT TIME ZONE 'Europe/Paris') - interval '8 hours') - interval '1 month')::date`;
const REPORT_MONTH = (now: Date) => db().$queryRaw<Array<{ month: Date }>>`SELECT ${reportMonthSql(now)} AS month`;

/** Claims up to `batch` people owed the email at `now`; fewer means none left. */
export async function claimMonthlyReports(now = new Date(), batch = MONTHLY_REPORT_BATCH): Promise<MonthlyReportClaimDto[]> {
  return asSystem(async () => {
    const [{ month } = { month: null }] = await REPORT_MONTH(now);
    if (!month) return [];
    const rows = await db().$queryRaw<Array<{ membershipId: string; brandColor: string }>>`
    WITH due AS (
      SELECT id FROM "Membership"
      WHERE active AND "monthlyReport" AND role <> 'EMPLOYEE' AND ("monthlyReportMonth" IS NULL OR "monthlyReportMonth" < ${month}::date)
      LIMIT ${batch} FOR UPDATE SKIP LOCKED)
    UPDATE "Membership" m SET "monthlyReportMonth" = ${month}::date FROM due, "Organisation" o
    WHERE m.id = due.id AND o.id = m."organisationId"
    RETURNING m.id AS "membershipId", o."brandColor"`;
    const label = month.toISOString().slice(0, 7);
    return rows.map((row) => ({ ...row, month: label }));
  });
}

/** A mail that did not go: owed again, to a later run (the month before it counts as sent, as it was). */
export async function releaseMonthlyReport(claim: MonthlyReportClaimDto): Promise<void> {
  return asSystem(async () => {
    await db().$executeRaw`UPDATE "Membership" SET "monthlyReportMonth" = ${`${claim.month}-01`}::date - interval '1 month'
    WHERE id = ${claim.membershipId}::uuid AND "monthlyReportMonth" = ${`${claim.month}-01`}::date`;
  });
}
