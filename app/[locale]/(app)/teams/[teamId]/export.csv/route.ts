// GET /{locale}/teams/{teamId}/export.csv?from&to&channel&mot: a team page as CSV for the
// signed-in person — same URL filters, same getTeamDetail (role scope and suppression) as the page.
import { csvResponse, exportGuard, refusedResponse } from "@/lib/dashboard/csv-response";
import { resolveUrlFilters } from "@/lib/dashboard/resolve-url-filters";
import { teamCsv, teamCsvFilename } from "@/lib/dashboard/team-csv";
import { getTeamDetail } from "@/lib/db/dashboard/get-team-detail";

export async function GET(request: Request, { params }: { params: Promise<{ locale: string; teamId: string }> }): Promise<Response> {
  const { locale, teamId } = await params;
  return exportGuard(request, locale, async ({ actor, locale: language, t, searchParams }) => {
    const { filters, momentLabel } = await resolveUrlFilters(actor, searchParams, false, language);
    const detail = await getTeamDetail(actor, teamId, filters);
    if (detail.status !== "ok") return refusedResponse(actor, filters, t);
    return csvResponse(teamCsv(detail, language, t), teamCsvFilename(detail.header.name, filters, t, momentLabel));
  });
}
