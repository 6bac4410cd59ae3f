// GET /{locale}/dashboard/export.csv?from&to&team&channel&mot: the dashboard's team table as CSV
// for the signed-in person — same URL filters, same getSymmetry (role scope and suppression) as the page.
import { csvResponse, exportGuard, refusedResponse } from "@/lib/dashboard/csv-response";
import { resolveUrlFilters } from "@/lib/dashboard/resolve-url-filters";
import { symmetryCsv, symmetryCsvFilename } from "@/lib/dashboard/symmetry-csv";
import { getSymmetry } from "@/lib/db/dashboard/get-symmetry";

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  return exportGuard(request, (await params).locale, async ({ actor, locale, t, searchParams }) => {
    // Exactly the page's reading of the URL (malformed values dropped), so the file is what is on screen.
    const { filters, momentLabel } = await resolveUrlFilters(actor, searchParams, true, locale);
    const result = await getSymmetry(actor, filters);
    if (result.status !== "ok") return refusedResponse(actor, filters, t);
    return csvResponse(symmetryCsv(result.teams, locale, t), symmetryCsvFilename(filters, t, momentLabel));
  });
}
