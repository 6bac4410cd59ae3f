// Server-side locale helpers: parse the [locale] route param (unknown → 404) and read the
// locale the proxy stamped on the request (for not-found pages, which get no params).
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { defaultLocale, isLocale, type Locale } from "./config";
import { getMessages, type Messages } from "./messages";
import { LOCALE_HEADER } from "./locale-header";

export async function localeFromParams(params: Promise<{ locale: string }>): Promise<{ locale: Locale; t: Messages }> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return { locale, t: getMessages(locale) };
}

export async function localeFromRequest(): Promise<{ locale: Locale; t: Messages }> {
  const value = (await headers()).get(LOCALE_HEADER);
  const locale = isLocale(value) ? value : defaultLocale;
  return { locale, t: getMessages(locale) };
}

/** `export const generateMetadata = pageTitle((t) => t.x.title)`: a localised <title>. */
export function pageTitle(pick: (t: Messages) => string) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<{ title: string }> => {
    const { t } = await localeFromParams(params);
    return { title: pick(t) };
  };
}
