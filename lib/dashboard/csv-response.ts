// The HTTP side every dashboard CSV export shares: a valid locale, a signed-in person (else to
// the sign-in page and back), "not found"/"forbidden" from the data layer as 404/403 with no
// detail, a refused filter as 422 with the page's explanation, and the file's headers.
import type { Actor } from "@/lib/auth/actor-types";
import { getActor } from "@/lib/auth/get-actor";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { fmt } from "@/lib/i18n/format";
import { getMessages, type Messages } from "@/lib/i18n/messages";
import { effectiveMinGroupSize } from "@/lib/stats/suppression";
import { hasCustomerFilter, type SearchParams, type UrlFilters } from "./url-filters";

const text = (status: number, body: string) =>
  new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

interface ExportContext {
  actor: Actor;
  locale: Locale;
  t: Messages;
  searchParams: SearchParams;
}

export async function exportGuard(
  request: Request,
  locale: string,
  work: (context: ExportContext) => Promise<Response>,
): Promise<Response> {
  if (!isLocale(locale)) return text(404, "Not found");
  const url = new URL(request.url);
  const actor = await getActor();
  if (!actor) {
    const from = `${url.pathname}${url.search}`;
    return new Response(null, { status: 303, headers: { location: `/${locale}/sign-in?callbackUrl=${encodeURIComponent(from)}` } });
  }
  try {
    return await work({ actor, locale, t: getMessages(locale), searchParams: Object.fromEntries(url.searchParams) });
  } catch (error) {
    if (error instanceof NotFoundError) return text(404, "Not found");
    if (error instanceof ForbiddenError) return text(403, "Forbidden");
    throw error;
  }
}

/** The remainder rule refused the filter: no file, the page's explanation instead. */
export function refusedResponse(actor: Actor, filters: UrlFilters, t: Messages): Response {
  const m = t.symmetry.filters;
  const body = fmt(m.refusedBody, { k: effectiveMinGroupSize(actor.minGroupSize) });
  return text(422, hasCustomerFilter(filters) ? `${body} ${m.refusedCustomerOnly}` : body);
}

/** `body` is the whole file, or a stream of it (the contacts export writes batch by batch). */
export function csvResponse(body: string | ReadableStream<Uint8Array>, filename: string): Response {
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      // Figures of one person's scope: never stored by a shared cache.
      "cache-control": "private, no-store",
    },
  });
}
