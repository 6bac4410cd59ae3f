// Message interpolation, number and date formatting shared by server and client components.
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

/**
 * How a date is written: `day` (3 March 2026), `dateTime` (3 Mar 2026, 14:05), `dateTimeSeconds`,
 * and `month` (March 2026) for a calendar month given as its first day at UTC midnight.
 */
export type DateStyle = "day" | "dateTime" | "dateTimeSeconds" | "month";

// The product's users are in France: one fixed zone keeps server rendering deterministic.
const dateOptions: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  day: { dateStyle: "long", timeZone: "Europe/Paris" },
  dateTime: { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Paris" },
  dateTimeSeconds: { dateStyle: "medium", timeStyle: "medium", timeZone: "Europe/Paris" },
  month: { month: "long", year: "numeric", timeZone: "UTC" },
};

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A date (or an ISO string) in the locale's words; the one date formatter of the app. */
export function formatDate(locale: Locale, value: Date | string, style: DateStyle = "day"): string {
  const key = `${locale}:${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", dateOptions[style]);
    dateFormats.set(key, format);
  }
  return format.format(typeof value === "string" ? new Date(value) : value);
}

/** A calendar month given as "YYYY-MM", in words: « juin 2026 », "June 2026". */
export function formatMonth(locale: Locale, month: string): string {
  return formatDate(locale, `${month}-01T00:00:00.000Z`, "month");
}
