// Link to the same page in the other language.
import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";

export function LanguageSwitch({ locale, path, label, ariaLabel }: { locale: Locale; path: string; label: string; ariaLabel: string }) {
  const other: Locale = locale === "fr" ? "en" : "fr";
  return (
    <Link href={`/${other}${path}`} hrefLang={other} lang={other} aria-label={`${ariaLabel}: ${label}`} className="text-sm underline">
      {label}
    </Link>
  );
}
