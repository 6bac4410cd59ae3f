// Pulse dates as a French HR reader expects them (Paris calendar, long form). Pure.
import type { Locale } from "@/lib/i18n/config";

export function formatPulseDate(locale: Locale, date: Date): string {
  return new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { dateStyle: "long", timeZone: "Europe/Paris" }).format(date);
}
