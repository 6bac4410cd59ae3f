// GET /{locale}/contacts/export.csv?status&link&team&channel&from&to&q: every contact of the
// contacts page's filtered list (all pages, streamed in keyset batches, no row cap) with full
// email addresses — ADMIN and CX only (`contacts:manage`); others get 403 from the data layer.
import { contactsCsvFilename, contactsCsvStream } from "@/lib/dashboard/contacts-csv";
import { readContactFilters, withKnownTeam } from "@/lib/contacts/list-filters";
import { csvResponse, exportGuard } from "@/lib/dashboard/csv-response";
import { exportContacts } from "@/lib/db/contacts/export-contacts";
import { listContactTeamOptions } from "@/lib/db/contacts/list-contact-team-options";

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  return exportGuard(request, (await params).locale, async ({ actor, locale, t, searchParams }) => {
    // Exactly the page's reading of the URL (malformed values and unknown teams dropped).
    const teams = await listContactTeamOptions(actor);
    const filters = withKnownTeam(readContactFilters(searchParams), teams);
    const batches = await exportContacts(actor, filters);
    const teamName = teams.find((team) => team.id === filters.teamId)?.name ?? null;
    return csvResponse(contactsCsvStream(batches, locale, t), contactsCsvFilename(filters, teamName, t));
  });
}
