// Sends the monthly email (issue 15 §3): the data layer claims who is owed it
// (lib/db/accounts/claim-monthly-reports.ts, stamped before the mail goes); the figures are read
// as that person, through the dashboard's own function (getSymmetry), so the email shows exactly
// what their dashboard shows — scope, group-size rule, hidden months, customer minimum included.
// A refused mail is released for a later run.
import { claimMonthlyReports, MONTHLY_REPORT_BATCH, releaseMonthlyReport } from "@/lib/db/accounts/claim-monthly-reports";
import { getSymmetry } from "@/lib/db/dashboard/get-symmetry";
import { findMembershipActor } from "@/lib/db/users/find-actor";
import type { Actor } from "@/lib/auth/actor-types";
import { shiftMonth } from "@/lib/surveys/release-calendar";
import { appBaseUrl, DEV_APP_URL, scrubMailError } from "./base";
import { renderMonthlyReportEmail, type MonthlyReportFigures } from "./templates/monthly-report";
import { mailTransport, sendMail } from "./transport";

/** The month's figures of the person's own view (their team, or the organisation), as their dashboard shows them. */
export async function monthFigures(
  actor: Actor,
  month: string,
): Promise<{ teamId: string | null; teamName: string | null; figures: MonthlyReportFigures | null }> {
  const result = await getSymmetry(actor, { from: shiftMonth(month, -1), to: month });
  if (result.status !== "ok") return { teamId: actor.role === "MANAGER" ? actor.teamId : null, teamName: null, figures: null };
  const team = result.teams.find((row) => row.teamId === result.trendTeamId) ?? null;
  const point = result.trend.find((row) => row.period === month);
  const figures = point ? { nps: point.nps, enps: point.enps, npsChange: point.npsChange, enpsChange: point.enpsChange } : null;
  return { teamId: result.trendTeamId, teamName: team?.name ?? null, figures };
}

export async function sendMonthlyReports(
  now = new Date(),
  batch = MONTHLY_REPORT_BATCH,
): Promise<{ sent: number; failed: number; more: boolean }> {
  const result = { sent: 0, failed: 0, more: false };
  const transport = mailTransport();
  if (!transport) return result;
  const base = appBaseUrl() ?? DEV_APP_URL;
  const claims = await claimMonthlyReports(now, batch);
  for (const claim of claims) {
    const actor = await findMembershipActor(claim.membershipId);
    if (!actor) continue;
    const { teamId, teamName, figures } = await monthFigures(actor, claim.month);
    const locale = actor.locale;
    const email = renderMonthlyReportEmail({
      locale,
      organisationName: actor.organisationName,
      brandColor: claim.brandColor,
      teamName,
      month: claim.month,
      figures,
      reportUrl: teamId ? `${base}/${locale}/reports/${claim.month}/teams/${teamId}` : `${base}/${locale}/reports/${claim.month}`,
      accountUrl: `${base}/${locale}/account`,
    });
    try {
      await sendMail(transport, { to: actor.email, ...email, language: locale });
      result.sent++;
    } catch (error) {
      result.failed++;
      await releaseMonthlyReport(claim);
      console.error(`[reports] monthly email failed: ${scrubMailError(error, [actor.email])}`);
    }
  }
  result.more = claims.length >= batch;
  return result;
}
