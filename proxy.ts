// Locale routing only (never the security boundary: pages, routes and the data layer
// check access themselves). Paths without a locale are redirected to the visitor's best
// locale; the locale is stamped on the request for pages that get no params (404s).
import { NextResponse, type NextRequest } from "next/server";
import { isLocale, negotiateLocale } from "@/lib/i18n/config";
import { LOCALE_HEADER } from "@/lib/i18n/locale-header";

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const first = pathname.split("/")[1];
  if (isLocale(first)) {
    const headers = new Headers(request.headers);
    headers.set(LOCALE_HEADER, first);
    return NextResponse.next({ request: { headers } });
  }
  const locale = negotiateLocale(request.headers.get("accept-language"));
  const target = request.nextUrl.clone();
  target.pathname = `/${locale}${pathname === "/" ? "" : pathname}`;
  target.search = search;
  return NextResponse.redirect(target);
}

export const config = {
  // Everything but API routes, Next's own assets, files with an extension, and the
  // respondent pages (/fr/r/…, /fr/p/…, /fr/e/…): route handlers that read their locale from
  // params, where the proxy cost ~10 % of the CPU per request for nothing.
  matcher: ["/((?!api|scim|_next|(?:fr|en)/[rpe]/|.*\\..*).*)"],
};
