// GET /{locale}/dashboard/export.csv?from&to&team: the dashboard's team table as CSV for the
// signed-in person — same URL filters, same getSymmetry (role scope and suppression) as the page.
import { readUrlFilters } from "@/components/dashboard/url-filters";
import { symmetryCsv, symmetryCsvFilename } from "@/lib/dashboard/symmetry-csv";
import { getActor } from "@/lib/auth/get-actor";
import { getSymmetry } from "@/lib/db/dashboard/get-symmetry";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/config";
import { fmt } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/messages";
import { effectiveMinGroupSize } from "@/lib/stats/suppression";

const text = (status: number, body: string) => new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  const { locale } = await params;
  if (!isLocale(locale)) return text(404, "Not found");
  const url = new URL(request.url);
  const actor = await getActor();
  if (!actor) {
    const from = `${url.pathname}${url.search}`;
    return new Response(null, { status: 303, headers: { location: `/${locale}/sign-in?callbackUrl=${encodeURIComponent(from)}` } });
  }
  const t = getMessages(locale);
  // Exactly the page's reading of the URL (malformed values dropped), so the file is what is on screen.
  const filters = readUrlFilters(Object.fromEntries(url.searchParams), true);
  let result;
  try {
    result = await getSymmetry(actor, filters);
  } catch (error) {
    if (error instanceof NotFoundError) return text(404, "Not found");
    if (error instanceof ForbiddenError) return text(403, "Forbidden");
    throw error;
  }
  if (result.status !== "ok") {
    return text(422, fmt(t.dashboardV2.filters.refusedBody, { k: effectiveMinGroupSize(actor.minGroupSize) }));
  }
  return new Response(symmetryCsv(result.teams, locale, t), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${symmetryCsvFilename(filters, t)}"`,
      // Figures of one person's scope: never stored by a shared cache.
      "cache-control": "private, no-store",
    },
  });
}
