// GET /{locale}/organisation/audit/export.csv?person&action&from&to: every entry of the audit log
// viewer's filter (all pages, streamed in keyset batches) — ADMIN only (`audit:read`); others get
// 403 from the data layer, a person of another organisation 404, a bad filter 400 with its reason.
import { auditCsvFilename, auditCsvStream } from "@/lib/dashboard/audit-csv";
import { csvResponse, exportGuard } from "@/lib/dashboard/csv-response";
import { exportAuditLog } from "@/lib/db/audit/export-audit-log";
import { ExpectedError } from "@/lib/errors";
import { readAuditFilters, ZAuditFilters } from "@/lib/organisations/audit-log";

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  return exportGuard(request, (await params).locale, async ({ actor, locale, t, searchParams }) => {
    const raw = readAuditFilters(searchParams);
    try {
      const batches = await exportAuditLog(actor, raw);
      return csvResponse(auditCsvStream(batches, locale, t), auditCsvFilename(ZAuditFilters.parse(raw), t));
    } catch (error) {
      if (error instanceof ExpectedError && error.code === "INVALID_INPUT") {
        return new Response(error.message, {
          status: 400,
          headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
        });
      }
      throw error;
    }
  });
}
