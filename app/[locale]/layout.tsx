// Root layout: the <html> of one locale. Draws, decides nothing.
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { locales } from "@/lib/i18n/config";
import { localeFromParams } from "@/lib/i18n/server";
import "../globals.css";

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { t } = await localeFromParams(params);
  return {
    title: { default: t.meta.title, template: `%s · ${t.meta.title}` },
    description: t.meta.tagline,
    // Static files in public/: the proxy lets paths with an extension through untouched.
    icons: { icon: [{ url: "/favicon.svg", type: "image/svg+xml" }] },
    manifest: "/manifest.webmanifest",
  };
}

/** The brand colour of app/globals.css (--color-brand), also the manifest's theme_color. */
export const viewport: Viewport = { themeColor: "#1d4ed8" };

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale, t } = await localeFromParams(params);
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {t.common.skipToContent}
        </a>
        {children}
      </body>
    </html>
  );
}
