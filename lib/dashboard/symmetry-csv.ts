// Pure: the dashboard's team table as CSV for spreadsheets — the figures as the page rounds
// them, suppressed cells as a word (no number, no count), `;` and decimal comma for French Excel.
import type { GapDto, NpsDto, SymmetryTeamDto } from "@/lib/db/dashboard/symmetry-types";
import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/messages";

/** Excel opens a BOM-prefixed file as UTF-8; without it accents break. */
const BOM = "\uFEFF";

export const csvSeparator = (locale: Locale) => (locale === "fr" ? ";" : ",");

const plain = [0, 1].map((digits) => new Intl.NumberFormat("en-US", { useGrouping: false, minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: "negative" }));

/**
 * The page's rounding (scores and bounds whole, gaps to one decimal) by the same Intl engine —
 * half away from zero, -42.5 → -43, which Math.round would not give — without grouping.
 */
function number(locale: Locale, value: number, digits: 0 | 1): string {
  const text = plain[digits]!.format(value);
  return locale === "fr" ? text.replace(".", ",") : text;
}

/** Quote when needed; text starting like a formula is defused (CSV injection, OWASP). */
function cell(value: string, separator: string, text = false): string {
  const safe = text && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /["\r\n]/.test(safe) || safe.includes(separator) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function scoreCells(locale: Locale, score: NpsDto | null, hidden: string | null): string[] {
  if (hidden !== null) return [hidden, hidden, hidden, hidden];
  if (!score) return ["", "", "", ""];
  return [number(locale, score.score, 0), String(score.n), number(locale, score.low, 0), number(locale, score.high, 0)];
}

function gapCells(locale: Locale, gap: GapDto | null, hidden: string | null): string[] {
  if (hidden !== null) return [hidden, hidden, hidden];
  if (!gap) return ["", "", ""];
  return [number(locale, gap.value, 1), number(locale, gap.low, 1), number(locale, gap.high, 1)];
}

export function symmetryCsv(teams: SymmetryTeamDto[], locale: Locale, t: Messages): string {
  const separator = csvSeparator(locale);
  const m = t.dashboardV2.export;
  const header = [m.team, m.externalId, m.nps, m.npsN, m.npsLow, m.npsHigh, m.enps, m.enpsN, m.enpsLow, m.enpsHigh, m.gap, m.gapLow, m.gapHigh];
  const hidden = t.dashboard.suppressedShort;
  const rows = teams.map((team) => {
    // A hidden eNPS hides the gap too: NPS plus the gap would give the eNPS back.
    const suppressed = team.enpsSuppressed ? hidden : null;
    return [
      cell(team.name, separator, true),
      cell(team.externalId ?? "", separator, true),
      ...scoreCells(locale, team.nps, null),
      ...scoreCells(locale, team.enps, suppressed),
      ...gapCells(locale, team.gap, suppressed),
    ].join(separator);
  });
  return `${BOM}${[header.map((h) => cell(h, separator)).join(separator), ...rows].join("\r\n")}\r\n`;
}

/** "symetrie-2026-09_2026-10.csv"; an open end is named in words. */
export function symmetryCsvFilename(filters: { from?: string; to?: string }, t: Messages): string {
  const m = t.dashboardV2.export;
  const period = filters.from || filters.to ? `${filters.from ?? m.start}_${filters.to ?? m.end}` : m.allPeriods;
  return `${m.filePrefix}-${period}.csv`;
}

/** The export of the page's current filters, with the page's own parameter names. */
export function symmetryExportHref(locale: Locale, filters: { from?: string; to?: string; teamId?: string }): string {
  const query = new URLSearchParams();
  if (filters.from) query.set("from", filters.from);
  if (filters.to) query.set("to", filters.to);
  if (filters.teamId) query.set("team", filters.teamId);
  const text = query.toString();
  return `/${locale}/dashboard/export.csv${text ? `?${text}` : ""}`;
}
