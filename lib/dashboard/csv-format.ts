// Pure: the CSV conventions every dashboard export shares — UTF-8 BOM, `;` and decimal comma
// for French Excel, the page's rounding, quoting, defused formulas, figures written as cells,
// and file names made of the filters.
import type { GapDto, NpsDto } from "@/lib/symmetry/symmetry-types";
import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/messages";
import { fmt } from "@/lib/i18n/format";
import { channelLabel } from "./labels";

/** Excel opens a BOM-prefixed file as UTF-8; without it accents break. */
export const BOM = "\uFEFF";

export const csvSeparator = (locale: Locale) => (locale === "fr" ? ";" : ",");

const plain = [0, 1, 2].map(
  (digits) =>
    new Intl.NumberFormat("en-US", {
      useGrouping: false,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      signDisplay: "negative",
    }),
);

/**
 * The page's rounding (scores and bounds whole, gaps to one decimal, item means to two) by the
 * same Intl engine — half away from zero, -42.5 → -43, which Math.round would not give —
 * without grouping and never "-0".
 */
export function csvNumber(locale: Locale, value: number, digits: 0 | 1 | 2): string {
  const text = plain[digits]!.format(value);
  return locale === "fr" ? text.replace(".", ",") : text;
}

/** Quote when needed; text starting like a formula is defused (CSV injection, OWASP). */
export function csvCell(value: string, separator: string, text = false): string {
  const safe = text && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /["\r\n]/.test(safe) || safe.includes(separator) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A header and rows of already-written cells, CRLF lines, BOM first. */
export function csvDocument(header: readonly string[], rows: ReadonlyArray<readonly string[]>, locale: Locale): string {
  const separator = csvSeparator(locale);
  const lines = [header.map((h) => csvCell(h, separator)), ...rows].map((cells) => cells.join(separator));
  return `${BOM}${lines.join("\r\n")}\r\n`;
}

/** Score, n, low, high as the page rounds them; every cell says `hidden` when suppressed, all empty when there is no answer. */
export function scoreCells(locale: Locale, score: NpsDto | null, hidden: string | null): string[] {
  if (hidden !== null) return [hidden, hidden, hidden, hidden];
  if (!score) return ["", "", "", ""];
  return [csvNumber(locale, score.score, 0), String(score.n), csvNumber(locale, score.low, 0), csvNumber(locale, score.high, 0)];
}

/**
 * A customer NPS as scoreCells writes it, except below the organisation's minimum n (`tooFew`):
 * the page's words "too few answers (n = …)" instead of the score, the count kept, no interval.
 */
export function customerScoreCells(locale: Locale, score: NpsDto | null, t: Messages): string[] {
  if (!score?.tooFew) return scoreCells(locale, score, null);
  return [fmt(t.symmetry.table.tooFew, { n: score.n }), String(score.n), "", ""];
}

/** The word for a gap not computed because the customer side has too few answers; null otherwise. */
export const gapTooFewMark = (score: NpsDto | null, t: Messages): string | null => (score?.tooFew ? t.symmetry.table.gapTooFew : null);

/** Gap, low, high to one decimal, like the page. */
export function gapCells(locale: Locale, gap: GapDto | null, hidden: string | null): string[] {
  if (hidden !== null) return [hidden, hidden, hidden];
  if (!gap) return ["", "", ""];
  return [csvNumber(locale, gap.value, 1), csvNumber(locale, gap.low, 1), csvNumber(locale, gap.high, 1)];
}

/** "Intervention sur site" → "intervention-sur-site": safe in a Content-Disposition filename. */
export function fileSlug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * "2026-09_2026-10", then the channel and moment of truth when filtered: two exports of
 * different filters never share a name. An open end of the period is named in words.
 */
export function filtersFileStem(
  filters: { from?: string; to?: string; channel?: string },
  momentLabel: string | null,
  t: Messages,
): string {
  const m = t.symmetry.export;
  const period = filters.from || filters.to ? `${filters.from ?? m.start}_${filters.to ?? m.end}` : m.allPeriods;
  const parts = [period, filters.channel ? fileSlug(channelLabel(filters.channel, t)) : "", momentLabel ? fileSlug(momentLabel) : ""];
  return parts.filter(Boolean).join("-");
}
