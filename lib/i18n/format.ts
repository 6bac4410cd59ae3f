// Message interpolation and number formatting shared by server and client components.
import type { Locale } from "./config";

/** Replaces {name} placeholders; a missing value leaves the placeholder visible (easy to spot). */
export function fmt(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A score or count in the locale's style; signed adds "+" to positive values (gaps). */
export function formatNumber(locale: Locale, value: number, options: { digits?: number; signed?: boolean } = {}): string {
  const key = `${locale}:${options.digits ?? 0}:${options.signed ? 1 : 0}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB", {
      maximumFractionDigits: options.digits ?? 0,
      minimumFractionDigits: options.digits ?? 0,
      signDisplay: options.signed ? "exceptZero" : "auto",
    });
    numberFormats.set(key, format);
  }
  return format.format(value);
}
