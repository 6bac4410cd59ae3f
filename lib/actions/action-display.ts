// Pure: how the actions pages write amounts and read a history entry (issue 14 §1). Budgets are
// stored in euro cents; the pages show euros in the locale's style and the forms take euros back.
import type { Locale } from "@/lib/i18n/config";

const euroFormats = new Map<string, Intl.NumberFormat>();

/** 125050 → « 1 250,50 € » / "€1,250.50"; whole amounts without decimals. */
export function formatEuros(locale: Locale, cents: number): string {
  const whole = cents % 100 === 0;
  const key = `${locale}:${whole ? 0 : 2}`;
  let format = euroFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB", {
      style: "currency",
      currency: "EUR",
      minimumFractionDigits: whole ? 0 : 2,
      maximumFractionDigits: whole ? 0 : 2,
    });
    euroFormats.set(key, format);
  }
  return format.format(cents / 100);
}

/** Cents as a form field shows them back in euros ("" without an amount): 125050 → "1250.5". */
export const eurosField = (cents: number | null): string => (cents === null ? "" : String(cents / 100));

/** The fields a history entry changed, in a stable order, without the status (said on its own). */
export function changedFields(changes: Record<string, unknown> | null): string[] {
  if (!changes) return [];
  return Object.keys(changes)
    .filter((field) => field !== "status")
    .sort();
}
